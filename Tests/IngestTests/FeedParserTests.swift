import Testing
@testable import Ingest

struct FeedParserTests {
    @Test func readsRSSItems() throws {
        let rss = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
            <channel><title>Harbour Gazette</title><link>https://gazette.example/</link>
            <item><title>Quay closed by storm</title><link>https://gazette.example/quay</link>
              <pubDate>Thu, 13 Jan 2022 18:30:00 +0000</pubDate><guid>g-1</guid>
              <description>Short summary</description>
              <content:encoded><![CDATA[<p>The <b>quay</b> closed.</p>]]></content:encoded></item>
            <item><title>Ferry back</title><link>https://gazette.example/ferry</link>
              <description>&lt;p&gt;Ferries run again.&lt;/p&gt;</description></item>
            </channel></rss>
            """
        let items = try FeedParser.parse(Array(rss.utf8))
        #expect(items.count == 2)
        #expect(items[0] == FeedItem(title: "Quay closed by storm", link: "https://gazette.example/quay", date: "2022-01-13",
                                     content: "<p>The <b>quay</b> closed.</p>", id: "g-1"))
        #expect(items[1].content == "<p>Ferries run again.</p>")
        #expect(items[1].date == nil)
    }

    @Test func readsAtomEntries() throws {
        let atom = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Tribune</title>
            <entry><title>Mayor resigns</title><link rel="alternate" href="https://tribune.example/mayor"/>
              <link rel="edit" href="https://tribune.example/edit/1"/><id>tag:tribune.example,2022:1</id>
              <published>2022-02-01T07:00:00Z</published><updated>2022-02-02T07:00:00Z</updated>
              <summary>The mayor stepped down.</summary></entry>
            </feed>
            """
        let items = try FeedParser.parse(Array(atom.utf8))
        #expect(items == [FeedItem(title: "Mayor resigns", link: "https://tribune.example/mayor", date: "2022-02-01",
                                   content: "The mayor stepped down.", id: "tag:tribune.example,2022:1")])
    }

    @Test func brokenXMLFails() {
        #expect(throws: IngestError.self) { try FeedParser.parse(Array("<rss><channel><item><title>x</channel>".utf8)) }
    }

    @Test func feedFileWithoutFetchUsesDescriptions() throws {
        let directory = try TestDirectory()
        let path = try directory.write("news.xml", """
            <?xml version="1.0"?><rss version="2.0"><channel>
            <item><title>One</title><link>https://gazette.example/1</link><description>&lt;p&gt;First.&lt;/p&gt;</description></item>
            <item><title>Two</title><link>https://gazette.example/2</link></item>
            </channel></rss>
            """)
        let (events, format) = Fixtures.open(path)
        #expect(format == .feed)
        let articles = Fixtures.articles(events)
        #expect(articles.map(\.titleHint) == ["One"])
        #expect(articles.first?.domain == "gazette.example")
        #expect(Fixtures.skips(events).count == 1)
    }

    @Test func rss091WithADoctypeAndHTMLEntitiesIsReadAsAFeed() throws {
        let feed = """
            <?xml version="1.0" encoding="ISO-8859-1"?>
            <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
            <rss version="0.91"><channel><title>Gazette&nbsp;news</title>
            <item><title>Quay&nbsp;closed</title><link>https://gazette.example/quay</link><description>Storm &mdash; again</description></item>
            </channel></rss>
            """
        #expect(FormatDetector.detect(prefix: Array(feed.utf8), fileName: "feed.xml") == .feed)
        let items = try FeedParser.parse(Array(feed.utf8))
        #expect(items == [FeedItem(title: "Quay\u{00A0}closed", link: "https://gazette.example/quay", content: "Storm — again")])
    }

    @Test func aDocumentThatIsNotAFeedIsRejected() {
        #expect(throws: IngestError.self) { try FeedParser.parse(Array("<html><body><item>x</item></body></html>".utf8)) }
        #expect(throws: IngestError.self) { try FeedParser.parse(Array("<rss><channel><item><title>x</title>".utf8)) }
    }

    @Test func aLatin1FeedIsReadInItsDeclaredEncoding() throws {
        let feed = Array(#"<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><item><title>Caf"#.utf8) + [0xE9]
            + Array("</title><link>https://x.example/a</link></item></channel></rss>".utf8)
        #expect(try FeedParser.parse(feed).first?.title == "Café")
    }
}
