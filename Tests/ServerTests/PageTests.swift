import Foundation
import Testing
@testable import Server

/// The HTML pages as a person uses them: every link on them is followed, hostile titles and texts come out escaped.
@Suite struct PageTests {
    static let store = Result { try DeskFixture.makeStore() }

    /// The paths of the desk's own links (`href="/…"`) in a page.
    static func links(_ html: String) -> [String] {
        html.components(separatedBy: "href=\"").dropFirst().compactMap { part in
            guard let end = part.firstIndex(of: "\"") else { return nil }
            let link = String(part[..<end]).replacingOccurrences(of: "&amp;", with: "&")
            guard link.hasPrefix("/") else { return nil }
            return String(link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
        }
    }

    @Test func everyLinkFromTheStoryListAndTheStoryPagesIsFollowable() async throws {
        try await DeskFixture.withDesk(db: Self.store.get()) { client in
            let list = try await client.get("/")
            #expect(list.status == 200)
            #expect(list.headers["content-type"]?.hasPrefix("text/html") == true)
            #expect(list.text.contains("<svg"))
            #expect(list.text.contains("/charts/attention.csv"))
            #expect(!list.text.contains("<script"))
            var seen: Set<String> = []
            var queue = Self.links(list.text)
            var pages = 0
            while let path = queue.popLast(), pages < 200 {
                guard seen.insert(path).inserted else { continue }
                let reply = try await client.get(path)
                #expect(reply.status == 200, "\(path): \(reply.status)")
                pages += 1
                if reply.headers["content-type"]?.hasPrefix("text/html") == true, !path.hasPrefix("/articles/") {
                    queue += Self.links(reply.text).filter { !seen.contains($0) }
                }
            }
            #expect(seen.contains { $0.hasPrefix("/stories/s") })
            #expect(seen.contains { $0.hasPrefix("/articles/ferry-") })
            #expect(seen.contains { $0.hasSuffix("coverage.csv") })
            #expect(seen.contains { $0.hasSuffix("facts.jsonl") })
            #expect(pages > 20)
        }
    }

    @Test func theStoryPageShowsItsSectionsWithChartsAndCitations() async throws {
        try await DeskFixture.withDesk(db: Self.store.get()) { client in
            let stories = try await client.json("/api/stories") as? [String: Any]
            let items = stories?["items"] as? [[String: Any]] ?? []
            let strike = try #require(items.first { ($0["title"] as? String ?? "").lowercased().contains("ferry") || ($0["title"] as? String ?? "").contains("Alder") })
            let page = try await client.get("/stories/\(strike["id"] as! String)")
            #expect(page.status == 200)
            for section in ["id=\"summary\"", "id=\"timeline\"", "id=\"actors\"", "id=\"quotes\"", "id=\"numbers\"", "id=\"coverage\""] {
                #expect(page.text.contains(section), "missing \(section)")
            }
            #expect(page.text.contains("Keld"))
            #expect(page.text.contains("?sentence="))
            #expect(page.text.contains("<svg"))
            #expect(page.text.contains("read-only"))
            #expect(!page.text.contains("<form method=\"post\""))
        }
    }

    @Test func hostileTitlesAndTextsAreEscapedEverywhere() async throws {
        try await DeskFixture.withDesk(db: Self.store.get()) { client in
            let article = try await client.get("/articles/bridge-0")
            #expect(article.status == 200)
            #expect(article.text.contains("&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt; Bridge &amp; &quot;Tunnel&quot; &#39;Authority&#39;"))
            #expect(article.text.contains("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;"))
            let search = try await client.get("/search?q=%3Cscript%3E+%22bridge")
            let storyList = try await client.get("/")
            let bridgeStory = try await client.json("/api/articles/bridge-0") as? [String: Any]
            let story = try await client.get("/stories/\(bridgeStory?["story"] as? String ?? "s1")")
            let found = try await client.get("/search?q=structural+inspection")
            for reply in [article, search, storyList, story, found] {
                #expect(!reply.text.contains("<script"), "raw script tag in a page")
                #expect(!reply.text.contains("<img"), "raw img tag in a page")
                #expect(reply.headers["content-security-policy"]?.contains("default-src 'none'") == true)
            }
            #expect(found.text.contains("<mark>structural</mark>") || found.text.contains("<mark>"))
        }
    }

    @Test func theArticlePageMarksTheCitedSentenceAndTheAnnotations() async throws {
        try await DeskFixture.withDesk(db: Self.store.get()) { client in
            let page = try await client.get("/articles/ferry-1?sentence=2")
            #expect(page.text.contains("id=\"s2\""))
            #expect(page.text.contains("<mark class=\"cited\">"))
            #expect(page.text.contains("<q class=\"quote"))
            #expect(page.text.contains("<span class=\"number\""))
            #expect(page.text.contains("Lakeside Tribune") || page.text.contains("Harbour Courier"))
            let missing = try await client.get("/articles/nothing-like-it")
            #expect(missing.status == 404)
            #expect(missing.headers["content-type"]?.hasPrefix("text/html") == true)
        }
    }

    @Test func searchHighlightsMatchesAndPages() async throws {
        try await DeskFixture.withDesk(db: Self.store.get()) { client in
            let page = try await client.get("/search?q=passengers&limit=2")
            #expect(page.status == 200)
            #expect(page.text.contains("<mark>passengers</mark>"))
            #expect(page.text.contains("Next results"))
            let bad = try await client.get("/search?q=%22open")
            #expect(bad.status == 200)
            #expect(bad.text.contains("class=\"error\""))
        }
    }
}
