import Foundation
import Model
import Testing
@testable import Extract

/// Choosing the main container: class weights, climbing, cards, headers inside articles. Own fixtures.
@Suite struct MainContentFinderTests {
    let extractor = ArticleExtractor(latestDate: CalendarDate(year: 2030, month: 1, day: 1))

    static func paragraphs(_ sentence: String, count: Int) -> String {
        (1...count).map { "<p>\(sentence) Paragraph \($0) adds a detail, a number and a place.</p>" }.joined()
    }

    @Test func smallTeasersNamedLikeContentDoNotOutscoreTheArticle() {
        let teaser = "<div class=\"post-content\"><p>A short teaser for another story on this site, with a comma.</p></div>"
        let html = """
        <html><body><div class="story">\(MainContentFinderTests.paragraphs("The harbour authority approved the new quay on Monday, after a long debate.", count: 5))</div>
        <div class="more">\(String(repeating: teaser, count: 3))</div></body></html>
        """
        let text = extractor.extract(html: html).text
        #expect(text.contains("harbour authority approved"))
        #expect(!text.contains("short teaser"))
    }

    @Test func aListingOfLinkCardsKeepsEveryCard() {
        let cards = ["Senior Rust Engineer", "Data Analyst", "Support Lead", "Product Designer", "Site Reliability Engineer"]
            .map { "<li class=\"result\"><a href=\"/jobs/1\"><div class=\"job\"><h3>\($0)</h3><p>Acme Robotics, Berlin, Germany. Full-time, remote within Europe, salary band published.</p></div></a></li>" }
        let html = """
        <html><body><header><nav><a href="/">Home</a> <a href="/jobs">Jobs</a></nav></header>
        <div id="main"><h1>Remote jobs</h1><ul class="results">\(cards.joined())<li class="notice">New jobs are added every day.</li></ul></div></body></html>
        """
        let text = extractor.extract(html: html).text
        for title in ["Senior Rust Engineer", "Support Lead", "Site Reliability Engineer"] {
            #expect(text.contains(title), "lost card: \(title)")
        }
    }

    @Test func linkOnlyTilesWithSmallLabelsStillClimbToTheGrid() {
        let tiles = ["Harbour", "Ferry", "Market", "School", "Bridge"].enumerated().map { index, name in
            "<div class=\"tile-\(index)\"><a href=\"/s/\(index)\"><div class=\"t\"><h3>\(name) news</h3><p>The \(name.lowercased()) story of the week, with what changed and why it matters to readers.</p></div></a><span>New</span></div>"
        }
        let html = "<html><body><div id=\"grid\">\(tiles.joined())</div></body></html>"
        let text = extractor.extract(html: html).text
        for name in ["Harbour", "Market", "Bridge"] {
            #expect(text.contains("\(name) news"), "lost tile: \(name)")
        }
    }

    @Test func tabPanelsInsideATablistAreContent() {
        let panel = MainContentFinderTests.paragraphs("Customers must hold an active residential account and submit the claim within 120 days.", count: 5)
        let intro = MainContentFinderTests.paragraphs("A smart thermostat learns your schedule, and a rebate brings its price down further.", count: 6)
        let html = """
        <html><body><div class="page"><h1>Thermostat rebates</h1><p>Save on a certified smart thermostat this year.</p>
        <div class="intro">\(intro)</div><div role="tablist"><button>Eligibility</button><button>FAQs</button><div class="panel">\(panel)</div></div>
        <div role="tablist"><a href="#a">Overview</a> <a href="#b">Details</a></div></div></body></html>
        """
        let text = extractor.extract(html: html).text
        #expect(text.contains("submit the claim within 120 days"))
        #expect(!text.contains("Overview"))
    }

    @Test func pageBuilderSectionsUnderTheBodyAllBelong() {
        let sections = ["Data can solve your business challenges", "Siloed data sets hinder innovation", "Engineering becomes value first"]
            .map { "<div class=\"container\"><div class=\"row\"><div class=\"col\"><h2>\($0)</h2><p>\($0): our teams build pipelines, models and dashboards, then train your analysts to run them.</p><p>Each engagement starts with a short audit of the sources, owners and reports you already rely on every week.</p></div></div></div>" }
        let first = "<div class=\"container\"><div class=\"row\"><div class=\"col\">\(MainContentFinderTests.paragraphs("Turn data into insight with analytics services that keep your data accurate, governed and ready.", count: 4))</div></div></div>"
        let html = "<html><body>\(first)\(sections.joined())<div class=\"links\"><a href=\"/a\">Careers at the company</a> <a href=\"/b\">Investor relations and reports</a></div></body></html>"
        let text = extractor.extract(html: html).text
        for heading in ["Siloed data sets hinder innovation", "Engineering becomes value first"] {
            #expect(text.contains(heading), "lost section: \(heading)")
        }
        #expect(!text.contains("Investor relations"))
    }

    @Test func anArticleDoesNotClimbIntoAParentThatOnlyAddsLinks() {
        let archive = (1...40).map { "<li><a href=\"/a/\($0)\">Archived story number \($0) from the blog</a></li>" }.joined()
        let html = """
        <html><body><div id="wrap"><div class="post">\(MainContentFinderTests.paragraphs("Wine is grouped into still, sparkling and fortified styles, each with its own range.", count: 6))</div>
        <div class="archive"><ul>\(archive)</ul></div></div></body></html>
        """
        let text = extractor.extract(html: html).text
        #expect(text.contains("sparkling and fortified"))
        #expect(!text.contains("Archived story number"))
    }

    @Test func headersInsideArticlesAreContentButThePageHeaderIsNot() {
        let cards = ["Tides rise", "Ferry returns", "Market reopens", "School extends", "Bridge closes"].map {
            "<article class=\"teaser\"><header><h2><a href=\"/s\">\($0)</a></h2><p>\($0) this week, and the town council explains what it means for residents.</p></header></article>"
        }
        let html = """
        <html><body><header class="masthead"><p>The Harbour Times, your local paper since 1902, every weekday morning.</p></header>
        <main><h1>Latest stories</h1>\(cards.joined())</main></body></html>
        """
        let text = extractor.extract(html: html).text
        #expect(text.contains("Ferry returns this week, and the town council explains"))
        #expect(!text.contains("your local paper since 1902"))
    }

    @Test func aResponsiveDescriptionIsKeptOnce() {
        let description = "Make each cup feel special with a wheel thrown mug in a matte speckled finish, glazed inside."
        let html = """
        <html><body><div class="product"><h1>Speckle mug</h1><p class="price">$60.00</p>
        <div class="description hidden-md-down"><p>\(description)</p></div>
        <div class="description hidden-up-md"><p>\(description)</p></div>
        <div class="is-hidden"><p>Secret launch discount code for subscribers only this month.</p></div></div></body></html>
        """
        let article = extractor.extract(html: html)
        #expect(article.text.components(separatedBy: "wheel thrown mug").count == 2)
        #expect(!article.text.contains("Secret launch discount"))
    }

    @Test func hiddenTabPanelsInsideTheContentAreShownButTheirNavigationIsNot() {
        let specs = "The frame is cold-forged aluminium, the fork carries a 120 mm travel, and the brakes are four-piston hydraulic discs."
        let html = """
        <html><body><div class="modal" hidden><p>Sign in to your account to save this bike to your garage, compare it with others and get price alerts.</p></div>
        <div class="product"><h1>Trail bike</h1>\(MainContentFinderTests.paragraphs("A trail bike for long days in the hills, light enough to climb and stable downhill.", count: 4))
        <div class="tab-panel" style="display: none"><h2>Specifications</h2><p>\(specs)</p><nav><a href="/a">Compare bikes</a> <a href="/b">All trail bikes</a></nav></div>
        <span class="tooltip" hidden>Opens in a new window</span></div></body></html>
        """
        let text = extractor.extract(html: html).text
        #expect(text.contains("four-piston hydraulic discs"))
        #expect(!text.contains("Compare bikes"))
        #expect(!text.contains("Opens in a new window"))
        #expect(!text.contains("Sign in to your account"))
    }

    @Test func aHiddenWrapperAroundTheHeadingIsTheContentShownByAScript() {
        let menu = (1...60).map { "<li><a href=\"/c/\($0)\">Category number \($0) of the shop</a></li>" }.joined()
        let html = """
        <html><body><div class="mega-menu"><ul>\(menu)</ul></div>
        <div class="bar"><p>Subscribe and save 40% on canned lattes with a code, this week only, while stocks last, in all our stores.</p></div>
        <main><div class="lock-content" style="display:none"><h1>Dark roast coffee</h1>
        <p>A bold, smooth dark roast: arabica for flavour, robusta for strength, roasted in small batches every week.</p>
        <p>Certified fair trade and organic, ground for drip machines or sold as whole beans, in bags of one pound.</p></div></main>
        <div class="promo" hidden><p>Win a golden ticket with every order placed this month, terms and conditions apply.</p></div></body></html>
        """
        let text = extractor.extract(html: html).text
        #expect(text.contains("roasted in small batches"))
        #expect(!text.contains("canned lattes"))
        #expect(!text.contains("golden ticket"))
    }

    @Test func theClimbStopsAtAnArticleElementHoldingTheText() {
        let related = ["Salvation Army hands out hampers", "Clerk returns from retirement", "Festival opens with a parade"].map {
            "<div class=\"teaser\"><h3><a href=\"/n\">\($0)</a></h3><p>\($0): the full story of what happened on the island this week, with photos, reactions and what comes next for everyone involved.</p></div>"
        }
        let html = """
        <html><head><meta property="og:type" content="article"></head><body><div class="column"><div class="slot">
        <article class="post"><h1>Enrolment opens for Spanish classes</h1>\(MainContentFinderTests.paragraphs("The cultural institute opened enrolment for its Spanish courses on Wednesday, for adults and teenagers.", count: 6))</article></div>
        <h2>Also in the news</h2>\(related.joined())</div></body></html>
        """
        let text = extractor.extract(html: html).text
        #expect(text.contains("opened enrolment for its Spanish courses"))
        #expect(!text.contains("hands out hampers"))
    }

    @Test func commentsHoldingNearlyThePageAreTheContent() {
        let comments = ["I clone reference-counted pointers into every async task, so cheaper clones would help me a lot.",
                        "The goal list is ambitious, but the team shipped most of last year's items, which is encouraging.",
                        "Better error messages for trait bounds would save newcomers a lot of time in the first weeks.",
                        "I hope the async closures land soon; every workaround I tried made the code harder to read."]
            .enumerated().map { "<li class=\"comment\"><div class=\"byline\">user\($0.offset)</div><p>\($0.element) \($0.element)</p></li>" }
        let html = """
        <html><body><div class="story"><a href="https://example.org/goals">Project goals for 2024</a> via someone</div>
        <ol class="comments">\(comments.joined())</ol></body></html>
        """
        let text = extractor.extract(html: html).text
        #expect(text.contains("cheaper clones would help me"))
        #expect(text.contains("async closures land soon"))
    }

    @Test func commentsBelowALongArticleStayOut() {
        let comments = (1...6).map { "<li class=\"comment\"><p>Comment number \($0): I disagree with the second half of this piece, and here is a long reason why, at length.</p></li>" }
        let html = """
        <html><body><div class="post">\(MainContentFinderTests.paragraphs("The council voted to rebuild the old harbour wall before the winter storms arrive this year.", count: 30))</div>
        <ol class="comments">\(comments.joined())</ol></body></html>
        """
        let text = extractor.extract(html: html).text
        #expect(text.contains("rebuild the old harbour wall"))
        #expect(!text.contains("I disagree with the second half"))
    }

    @Test func onADeclaredArticleTheBlocksBesideTheArticleDoNotJoinIt() {
        let box = MainContentFinderTests.paragraphs("Our weekly letter brings you the region's stories, interviews, photos and events, every Friday morning.", count: 3)
        let html = """
        <html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "Harbour wall"}</script></head><body><div class="wrap">
        <article class="story"><h1>Harbour wall</h1>\(MainContentFinderTests.paragraphs("The council voted to rebuild the old harbour wall, at a cost of two million, before winter.", count: 6))</article>
        <div class="box">\(box)</div></div></body></html>
        """
        let text = extractor.extract(html: html).text
        #expect(text.contains("rebuild the old harbour wall"))
        #expect(!text.contains("Our weekly letter"))
    }

    @Test func theClimbStopsAtTheMainLandmark() {
        let promo = "<p>Members get free shipping, early access to sales and a birthday reward every year they stay with us.</p>"
        let html = """
        <html><body><div class="shell"><div class="strip">\(promo)</div>
        <div role="main"><div class="grid">\(MainContentFinderTests.paragraphs("These leather sneakers have a cushioned insole, a rubber cup sole and a lining that breathes.", count: 5))</div></div></div></body></html>
        """
        let text = extractor.extract(html: html).text
        #expect(text.contains("cushioned insole"))
        #expect(!text.contains("birthday reward"))
    }

    @Test func aContainerAroundTheMainLandmarkNarrowsToIt() {
        let html = """
        <html><head><meta property="og:type" content="article"></head><body><div class="shell">
        \(MainContentFinderTests.paragraphs("Shop our winter sale, with coats, boots, scarves and gloves, all at half price, until Sunday.", count: 3))
        <main>\(MainContentFinderTests.paragraphs("The trail climbs through oak forest, crosses two creeks, and ends at a granite overlook.", count: 4))</main>
        </div></body></html>
        """
        let text = extractor.extract(html: html).text
        #expect(text.contains("ends at a granite overlook"))
        #expect(!text.contains("winter sale"))
    }

    @Test func aProductPagesBuyBoxGoesButItsAccordionsStay() {
        let description = MainContentFinderTests.paragraphs("This walnut desk lamp has a linen shade, a brass switch and a cloth cord.", count: 4)
        let html = """
        <html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Walnut lamp"}</script></head>
        <body><main><h1>Walnut lamp</h1>
        <div class="pdp-purchase"><div class="row"><span>$89.00</span><span>Pay in 4 instalments</span>
        <select name="finish"><option>Oak</option><option>Walnut</option></select><input type="number" name="qty" value="1"></div></div>
        <div class="pdp-description">\(description)</div>
        <div class="acc"><button type="button">Materials</button><div class="panel">Solid walnut base, linen shade, brass fittings.</div></div>
        </main></body></html>
        """
        let text = extractor.extract(html: html).text
        #expect(text.contains("linen shade, a brass switch"))
        #expect(text.contains("Solid walnut base"))
        #expect(!text.contains("Pay in 4 instalments"))
        // Not on pages that do not declare a product.
        let plain = extractor.extract(html: html.replacingOccurrences(of: "\"Product\"", with: "\"Thing\"")).text
        #expect(plain.contains("Pay in 4 instalments"))
    }

    @Test func theUserPanelRepeatedInEveryPostOfAThreadIsNotContent() {
        let bodies = [
            "I replaced the chain and the cassette last spring, and the skipping in the two smallest cogs went away at once. Check the chain wear with a gauge before buying anything else.",
            "Same here. It turned out my derailleur hanger was bent after a fall; a shop straightened it in ten minutes and the shifting has been perfect since then.",
            "Thanks, both of you. The gauge showed 0.75 stretch, so I ordered a new chain and cassette. I will report back after the weekend ride if the skipping is gone.",
            "Back from the ride: sixty kilometres, no skipping at all. New chain, new cassette and a small barrel-adjuster turn did it. Marking this thread as solved.",
        ]
        let posts = bodies.enumerated().map { number, body in
            "<div class=\"post\"><div class=\"userinfo\">Member \(number)<br>Join date: Mar 201\(number)<br>Posts: 1,2\(number)4</div><div class=\"body\">\(body) Reply \(number): the bike is a gravel frame with an eleven-speed groupset, ridden on forest roads and wet winter commutes, cleaned and oiled every second week with a dry lube.</div></div>"
        }.joined()
        let html = "<html><body><div class=\"thread\"><h1>Chain skipping on small cogs</h1>\(posts)</div></body></html>"
        let article = extractor.extract(html: html, url: "https://forum.example.org/threads/chain-skipping.123/")
        #expect(article.text.contains("derailleur hanger was bent"))
        #expect(article.text.contains("Marking this thread as solved"))
        #expect(!article.text.contains("Join date"))
    }

    @Test func aConsentDialogHoldingMostOfAShortPageIsNotTheContent() {
        let purposes = (1...12).map { "<div class=\"purpose\"><h4>Purpose \($0)</h4><p>Partners may store and access information on your device to measure performance and build profiles, as described in purpose \($0) of the framework.</p></div>" }
        let html = """
        <html><body><div id="page"><h1>Weeknight dinners</h1><p>Quick dinners for busy evenings, tested in our kitchen.</p>
        <ul><li><a href="/r/1">Sheet pan chicken</a></li><li><a href="/r/2">Lentil soup</a></li></ul></div>
        <div role="dialog" aria-modal="true" aria-label="Privacy Preference Center"><h2>Your choices</h2>\(purposes.joined())</div>
        </body></html>
        """
        let text = extractor.extract(html: html).text
        #expect(text.contains("Quick dinners for busy evenings"))
        #expect(!text.contains("Partners may store"))
    }

    @Test func aThreadWrappedInAModerationFormIsKeptOnDiscussionPages() {
        let posts = (1...5).map { "<div class=\"post\"><p>Reply \($0): the bracket under the power supply holds the cable tie, and the second one on the floor panel is for the optional fan. I checked the manual again and it mentions both on page \($0 + 10).</p></div>" }
        let html = """
        <html><body><nav><a href="/">Forums</a> <a href="/new">New posts</a></nav>
        <div class="wrap"><h1>What are these two brackets for?</h1><form action="/moderate" method="post">\(posts.joined())</form></div>
        <div class="sidebar"><h3>Popular topics</h3><ul>\(String(repeating: "<li><a href=\"/topic/9\">Another thread title about hardware and cases</a></li>", count: 20))</ul></div>
        <footer><ul>\(String(repeating: "<li><a href=\"/help/1\">Forum rules, help pages and contact details</a></li>", count: 20))</ul></footer>
        </body></html>
        """
        let text = extractor.extract(html: html, url: "https://forum.example.org/topic/123-brackets/").text
        #expect(text.contains("the bracket under the power supply"))
    }
}
