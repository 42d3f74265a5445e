import Foundation
import Model
import Testing
@testable import Extract

/// An article page of our own with the usual furniture around it.
@Suite struct ArticleExtractorTests {
    static let page = """
    <!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
    <title>Flood barriers hold as river peaks | The Valley Courier</title>
    <meta property="og:site_name" content="The Valley Courier">
    <meta property="og:title" content="Flood barriers hold as river peaks">
    <meta property="article:published_time" content="2024-03-08T09:30:00+01:00">
    <meta property="article:modified_time" content="2024-03-09T11:00:00+01:00">
    <link rel="canonical" href="https://courier.example/2024/03/08/flood-barriers">
    <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
      "headline":"Flood barriers hold as river peaks","datePublished":"2024-03-08T09:30:00+01:00",
      "dateModified":"2024-03-09T11:00:00+01:00","author":[{"@type":"Person","name":"Mara Lind"},{"@type":"Person","name":"Tom Okafor"}]}</script>
    </head><body>
    <header class="site-header"><nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
    <div class="cookie-banner">We use cookies to improve your experience. <button>Accept</button></div>
    <main><article>
    <h1>Flood barriers hold as river peaks</h1>
    <div class="byline">By Mara Lind and Tom Okafor</div>
    <div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
    <div class="article-body">
    <p>The temporary flood barriers along the east bank held through the night as the river reached its highest level in twelve years, the regional water authority said on Friday morning.</p>
    <p>Engineers had worked for three days to raise the barriers by another forty centimetres, and crews stayed on the embankment until the water began to fall shortly after dawn.</p>
    <h2>Evacuations lifted</h2>
    <p>About 1,200 residents who had left their homes on Wednesday were allowed to return, although the authority warned that roads in the lower town would stay closed until the weekend.</p>
    <ul><li>Schools in the lower town remain closed on Monday.</li><li>Drinking water is safe, the utility said.</li></ul>
    <blockquote><p>We were lucky this time, but the barriers are a stopgap, not a solution.</p></blockquote>
    <table><tr><th>Gauge</th><th>Peak level</th></tr><tr><td>East bridge</td><td>6.8 m</td></tr><tr><td>Mill weir</td><td>5.9 m</td></tr></table>
    <p>The council will discuss permanent defences at its next meeting, the mayor said, adding that the cost would have to be shared with the regional government.</p>
    <div class="newsletter-signup"><h3>Get our morning briefing</h3><p>Sign up for the newsletter and never miss a story from the valley.</p></div>
    </div>
    <section class="related-articles"><h2>Related</h2><ul><li><a href="/a">River levels explained: what the gauges tell us</a></li><li><a href="/b">Five years after the last great flood</a></li></ul></section>
    <div id="comments" class="comments-area"><h2>3 comments</h2><p>Great reporting, thank you for staying up all night with us.</p></div>
    </article></main>
    <aside class="sidebar"><h3>Most read</h3><ol><li><a href="/c">Council budget vote delayed again</a></li><li><a href="/d">New bakery opens on the square</a></li></ol></aside>
    <footer class="site-footer"><p>© 2024 The Valley Courier. All rights reserved.</p></footer>
    </body></html>
    """

    let extractor = ArticleExtractor(latestDate: CalendarDate(year: 2030, month: 1, day: 1))

    @Test func keepsTheArticleAndDropsTheFurniture() {
        let article = extractor.extract(html: ArticleExtractorTests.page, url: "https://courier.example/2024/03/08/flood-barriers")
        for kept in ["temporary flood barriers along the east bank", "Evacuations lifted", "Schools in the lower town",
                     "We were lucky this time", "East bridge", "permanent defences at its next meeting"] {
            #expect(article.text.contains(kept), "lost: \(kept)")
        }
        for dropped in ["Home", "cookies", "Share on Facebook", "newsletter", "River levels explained", "Great reporting",
                        "Council budget vote", "All rights reserved"] {
            #expect(!article.text.contains(dropped), "kept boilerplate: \(dropped)")
        }
        #expect(!article.removed.isEmpty)
        #expect(article.removed.allSatisfy { !$0.reason.isEmpty })
    }

    @Test func markdownKeepsStructure() {
        let article = extractor.extract(html: ArticleExtractorTests.page)
        #expect(article.markdown.contains("## Evacuations lifted"))
        #expect(article.markdown.contains("- Schools in the lower town remain closed on Monday."))
        #expect(article.markdown.contains("> We were lucky this time"))
        #expect(article.markdown.contains("| East bridge | 6.8 m |"))
        #expect(!article.markdown.contains("# Flood barriers hold"))  // the title is metadata
    }

    @Test func metadataKeepsPublishedAndModifiedApart() {
        let article = extractor.extract(html: ArticleExtractorTests.page)
        let metadata = article.metadata
        #expect(metadata.title == "Flood barriers hold as river peaks")
        #expect(metadata.authors == ["Mara Lind", "Tom Okafor"])
        #expect(metadata.published?.date == CalendarDate(year: 2024, month: 3, day: 8))
        #expect(metadata.published?.source == .jsonLD)
        #expect(metadata.modified?.date == CalendarDate(year: 2024, month: 3, day: 9))
        #expect(metadata.siteName == "The Valley Courier")
        #expect(metadata.canonicalURL == "https://courier.example/2024/03/08/flood-barriers")
        #expect(metadata.language == "en")
    }

    @Test func titleWithoutH1DropsTheSiteSuffix() {
        let html = "<html><head><title>Bridge reopens after repairs - The Valley Courier</title><meta property=\"og:site_name\" content=\"The Valley Courier\"></head><body><p>\(String(repeating: "The bridge reopened to traffic on Tuesday after six weeks of repairs, officials said. ", count: 3))</p></body></html>"
        #expect(extractor.extract(html: html).metadata.title == "Bridge reopens after repairs")
    }

    @Test func siteNameFromTheTitleSuffixWhenNoMetadataNamesIt() {
        let body = String(repeating: "The bridge reopened to traffic on Tuesday after six weeks of repairs, officials said. ", count: 3)
        let html = "<html><head><title>Bridge reopens after repairs | The Valley Courier</title></head><body><h1>Bridge reopens after repairs</h1><p>\(body)</p></body></html>"
        #expect(extractor.extract(html: html).metadata.siteName == "The Valley Courier")
        let untitled = "<html><head><title>Bridge reopens after repairs, officials say</title></head><body><h1>Bridge reopens after repairs, officials say</h1><p>\(body)</p></body></html>"
        #expect(extractor.extract(html: untitled).metadata.siteName == nil)
    }

    @Test func articleBodyFallbackWhenTheDOMIsEmpty() {
        let body = String(repeating: "The festival drew record crowds this weekend despite the rain, organisers said. ", count: 10)
        let html = """
        <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Festival","articleBody":"\(body)","datePublished":"2023-07-02"}</script></head>
        <body><div id="root"></div></body></html>
        """
        let article = extractor.extract(html: html)
        #expect(article.text.contains("record crowds"))
        #expect(article.metadata.published?.date == CalendarDate(year: 2023, month: 7, day: 2))
    }

    @Test func dateFromURLAndVisibleText() {
        let text = String(repeating: "Workers repaired the tracks overnight and trains ran normally by the morning. ", count: 4)
        let withURL = "<html><body><article><h1>Trains back</h1><p>\(text)</p></article></body></html>"
        let fromURL = extractor.extract(html: withURL, url: "https://news.example/2021/11/05/trains-back")
        #expect(fromURL.metadata.published?.date == CalendarDate(year: 2021, month: 11, day: 5))
        #expect(fromURL.metadata.published?.source == .url)
        let visible = "<html lang=\"de\"><body><article><h1>Züge fahren wieder</h1><span class=\"date\">05.11.2021</span><p>\(text)</p></article></body></html>"
        let fromText = extractor.extract(html: visible)
        #expect(fromText.metadata.published?.date == CalendarDate(year: 2021, month: 11, day: 5))
        #expect(fromText.metadata.published?.source == .text)
    }

    @Test func legacyEncodingsAreDetected() {
        let russian = "<html><body><p>Президент заявил в четверг, что переговоры продолжатся на следующей неделе в столице, а делегации уже прибыли.</p></body></html>"
        for encoding in ["WINDOWS-1251", "KOI8-R"] {
            let bytes = CharsetDecoder().convertFromUTF8(russian, to: encoding)!
            let article = extractor.extract(htmlBytes: bytes)
            #expect(article.text.contains("переговоры продолжатся"), "\(encoding)")
            #expect(article.metadata.language == "ru")
        }
        let french = "<html><body><p>Le ministre a déclaré jeudi que les négociations reprendront la semaine prochaine à Genève, où les délégations sont déjà arrivées.</p></body></html>"
        let latin = CharsetDecoder().convertFromUTF8(french, to: "WINDOWS-1252")!
        let article = extractor.extract(htmlBytes: latin, httpCharset: "iso-8859-1")
        #expect(article.text.contains("négociations reprendront"))
        #expect(article.metadata.language == "fr")
    }
}

@Suite struct MetadataEntityTests {
    @Test func doubleEncodedEntitiesInMetaAreDecoded() {
        #expect(MetadataExtractor.decodeEntities("Full &#038; Part Time &#x2014; MBA &amp; more") == "Full & Part Time — MBA & more")
        #expect(MetadataExtractor.decodeEntities("broken &#99999999999; stays") == "broken &#99999999999; stays")
    }
}
