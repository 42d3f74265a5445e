import Foundation
import Model
import Testing
@testable import Extract

/// Link-list decisions of `ContentRenderer`, through the extractor on pages of our own.
@Suite struct ContentRendererTests {
    let extractor = ArticleExtractor(latestDate: CalendarDate(year: 2030, month: 1, day: 1))

    static let gardens = ["Alder Street Community Garden", "Birchwood Allotments", "Canal Side Growing Project",
                          "Dockland Rooftop Beds", "Elm Hill Orchard Club", "Fennel Lane Herb Patch",
                          "Glebe Field Seed Library", "Harbour View Polytunnels", "Ivy Court Pocket Garden",
                          "Juniper Row Compost Hub", "Kestrel Park Wildflower Meadow", "Linden Yard Market Garden",
                          "Millrace Forest Garden", "Northgate School Vegetable Plots", "Old Quarry Bee Garden",
                          "Pinewood Estate Raised Beds"]

    /// A page declared an article whose content is a directory of links.
    static func page(intro: String, items: [String], declared: Bool) -> String {
        let jsonLD = declared
            ? #"<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"Community gardens in the city"}</script>"#
            : ""
        let list = items.enumerated().map { "<li><a href=\"/gardens/\($0.offset)\">\($0.element)</a></li>" }.joined()
        return """
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Community gardens in the city</title>\(jsonLD)</head>
        <body><header><nav><ul><li><a href="/">Home</a></li><li><a href="/events">Events</a></li><li><a href="/about">About us</a></li></ul></nav></header>
        <main><div class="entry"><h1>Community gardens in the city</h1><p>\(intro)</p><ul>\(list)</ul></div></main>
        <footer><p>Run by volunteers since 1998.</p></footer></body></html>
        """
    }

    @Test func keepsTheLinkDirectoryOfAPageDeclaredAnArticle() {
        let html = ContentRendererTests.page(intro: "Every garden below welcomes new members; most meet on Saturday mornings.",
                                             items: ContentRendererTests.gardens, declared: true)
        let article = extractor.extract(html: html, url: "https://gardens.example/list")
        for garden in ContentRendererTests.gardens {
            #expect(article.text.contains(garden), "lost: \(garden)")
        }
    }

    @Test func dropsAShortLinkListUnderALongDeclaredArticle() {
        let intro = String(repeating: "The gardens share tools, seeds and advice, and the city lends them land on long leases. ", count: 14)
        let html = ContentRendererTests.page(intro: intro, items: Array(ContentRendererTests.gardens.prefix(4)), declared: true)
        let article = extractor.extract(html: html, url: "https://gardens.example/news")
        #expect(article.text.contains("lends them land on long leases"))
        #expect(!article.text.contains("Birchwood Allotments"))
        #expect(article.removed.contains { $0.reason == "link list" })
    }

    @Test func keepsALinkGridThatIsALargeShareOfAnUndeclaredPage() {
        let intro = String(repeating: "Each garden sets its own rules for plots, tools and open days. ", count: 15)
        let html = ContentRendererTests.page(intro: intro, items: ContentRendererTests.gardens, declared: false)
        let article = extractor.extract(html: html, url: "https://gardens.example/directory")
        #expect(article.text.contains("sets its own rules for plots"))
        for garden in ContentRendererTests.gardens {
            #expect(article.text.contains(garden), "lost: \(garden)")
        }
    }

    @Test func keepsCardTitlesOfACollection() {
        let cards = ContentRendererTests.gardens.prefix(6).enumerated().map { item in
            """
            <div class="card"><div class="card-title"><a href="/gardens/\(item.offset)"><h3>\(item.element)</h3></a></div>\
            <p>Plots from twelve pounds a season, with shared tools, a water butt and a shed; members meet on the \
            first Saturday of every month to plan the planting.</p></div>
            """
        }.joined()
        let html = """
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Gardens with free plots</title></head>
        <body><nav><ul><li><a href="/">Home</a></li><li><a href="/events">Events</a></li></ul></nav>
        <main><h1>Gardens with free plots</h1><div class="grid">\(cards)</div></main></body></html>
        """
        let article = extractor.extract(html: html, url: "https://gardens.example/free")
        for garden in ContentRendererTests.gardens.prefix(6) {
            #expect(article.text.contains(garden), "lost: \(garden)")
        }
    }
}
