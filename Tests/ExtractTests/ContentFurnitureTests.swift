import Model
import Testing
@testable import Extract

/// Furniture inside the content found by structure (microdata, forms, nested teaser articles). Own fixtures.
@Suite struct ContentFurnitureTests {
    let extractor = ArticleExtractor(latestDate: CalendarDate(year: 2030, month: 1, day: 1))

    static let declaresArticle = """
    <head><meta property="og:type" content="article"><title>Quay</title></head>
    """

    static func body(_ count: Int) -> String {
        (1...count).map {
            "<p>The harbour authority approved the new quay on Monday, after a long debate about costs, tides and jobs. Paragraph \($0) adds a detail, a number and a place.</p>"
        }.joined()
    }

    @Test func anAuthorBoxMarkedUpAsAPersonIsDropped() {
        let html = """
        <html>\(ContentFurnitureTests.declaresArticle)<body><div class="wrap"><h1>New quay approved</h1>\(ContentFurnitureTests.body(6))
        <div class="box" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Mara Ostrowski</span>
        <p itemprop="description">Mara has covered the waterfront for twelve years and writes about ports, ferries and fishing.</p></div>
        </div></body></html>
        """
        let result = extractor.extract(html: html)
        #expect(result.text.contains("harbour authority approved"))
        #expect(!result.text.contains("covered the waterfront"))
        #expect(result.removed.contains { $0.reason == "author box (Person)" })
        // The older data-vocabulary.org vocabulary (forum user panels) names the same type.
        let older = html.replacingOccurrences(of: "https://schema.org/Person", with: "http://data-vocabulary.org/Person")
        #expect(!extractor.extract(html: older).text.contains("covered the waterfront"))
    }

    @Test func reviewsAreDroppedExceptOnDiscussions() {
        let review = """
        <div class="r" itemprop="review" itemscope itemtype="http://schema.org/Review"><p>Five stars from a happy customer, the bowl arrived quickly and well packed.</p></div>
        """
        let html = """
        <html><body><div class="product"><h1>Stoneware bowl</h1>\(ContentFurnitureTests.body(5))\(review)\(review.replacingOccurrences(of: "Five", with: "Four"))</div></body></html>
        """
        let text = extractor.extract(html: html, url: "https://shop.example/bowl").text
        #expect(text.contains("harbour authority approved"))
        #expect(!text.contains("happy customer"))
        let thread = extractor.extract(html: html, url: "https://forum.example/t/bowls/12").text
        #expect(thread.contains("happy customer"))
    }

    @Test func theWrapperOfAFormIsDroppedOnArticles() {
        let prompt = """
        <div class="box"><h3>Get the ebook</h3><p>Fill out the form to get a copy of our guide.</p><form action="/x"><input name="email"><button>Send</button></form></div>
        """
        let page = { (head: String) in
            "<html>\(head)<body><div class=\"wrap\"><h1>New quay approved</h1>\(ContentFurnitureTests.body(6))\(prompt)</div></body></html>"
        }
        let article = extractor.extract(html: page(ContentFurnitureTests.declaresArticle)).text
        #expect(article.contains("harbour authority approved"))
        #expect(!article.contains("Fill out the form"))
        // Pages that do not declare an article (product cards, forum posts) keep the text beside their forms.
        #expect(extractor.extract(html: page("<head><title>Quay</title></head>")).text.contains("Fill out the form"))
    }

    @Test func teaserArticlesAfterTheArticleAreDroppedButListicleCardsAreKept() {
        let card = { (title: String) in
            "<article class=\"card\"><h3><a href=\"/\(title.count)\">\(title)</a></h3><p>An excerpt of that other story, in one line.</p></article>"
        }
        let teasers = ["Ferry timetable changes", "Fish market reopens", "Bridge repairs start"].map(card).joined()
        let html = """
        <html>\(ContentFurnitureTests.declaresArticle)<body><div class="wrap"><h1>New quay approved</h1>\(ContentFurnitureTests.body(8))
        <div class="more">\(teasers)</div></div></body></html>
        """
        let text = extractor.extract(html: html).text
        #expect(text.contains("harbour authority approved"))
        #expect(!text.contains("Fish market reopens"))
        // A listicle whose items are <article> cards: they are the body.
        let items = (1...6).map { "<article class=\"item\"><h2>Pick \($0)</h2>\(ContentFurnitureTests.body(2))</article>" }.joined()
        let listicle = """
        <html>\(ContentFurnitureTests.declaresArticle)<body><div class="wrap"><h1>Six picks</h1><p>Our picks for the season, tested by our team over three weeks.</p>\(items)</div></body></html>
        """
        #expect(extractor.extract(html: listicle).text.contains("Pick 5"))
    }

    @Test func dialogsAndClosedTextAreasInsideTheContentAreDropped() {
        // The dialog holds more than half of the page (the story again, as HTML source in a text area), so the
        // share-based role rule of the container search keeps it.
        let republish = String(repeating: "<p>Copy this story, credit the harbour gazette and link back to the original page.</p>", count: 6)
        let copied = String(repeating: "&lt;p&gt;The harbour authority approved the new quay on Monday in the copied version, after a long debate.&lt;/p&gt;", count: 8)
        let html = """
        <html><body><div class="wrap"><h1>New quay approved</h1>\(ContentFurnitureTests.body(8))
        <div class="box" role="dialog"><h2>Republish this story</h2>\(republish)
        <textarea>\(copied)</textarea></div>
        </div><div class="foot"><p>Harbour Gazette, 1 Quay Street.</p></div></body></html>
        """
        let text = extractor.extract(html: html).text
        #expect(text.contains("harbour authority approved"))
        #expect(!text.contains("credit the harbour gazette"))
        #expect(!text.contains("copied version"))
        // A dialog that is all the container holds stays (the container choice went wrong; an empty text is worse).
        let only = "<html><body><div role=\"dialog\"><h2>Notice</h2>\(ContentFurnitureTests.body(2))</div></body></html>"
        #expect(extractor.extract(html: only).text.contains("harbour authority approved"))
    }
}
