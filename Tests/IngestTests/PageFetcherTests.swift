import Foundation
import Testing
@testable import Ingest

/// Fetching against a server on 127.0.0.1 that the test starts: success, retry after 5xx, no retry on 404,
/// timeouts, bounded concurrency and a feed with `--fetch`.
@Suite(.serialized)
struct PageFetcherTests {
    private static func makeServer() throws -> LocalHTTPServer {
        try LocalHTTPServer { path, attempt in
            switch path {
            case "/ok": return .init(status: 200, body: "<html><body><p>Quay reopens</p></body></html>")
            case "/flaky": return attempt < 2 ? .init(status: 503, body: "busy") : .init(status: 200, body: "<p>third time</p>")
            case "/missing": return .init(status: 404, body: "no")
            case "/slow": return .init(status: 200, body: "<p>late</p>", delay: 4)
            case let p where p.hasPrefix("/page"): return .init(status: 200, body: "<p>\(p)</p>", delay: 0.2)
            default: return .init(status: 500, body: "error")
            }
        }
    }

    @Test func fetchesRetriesAndGivesUp() throws {
        let server = try Self.makeServer()
        defer { server.stop() }
        let fetcher = PageFetcher(concurrency: 2, timeout: 10, retries: 2, backoff: 0.05)
        var results = fetcher.fetchAll([server.url("/ok"), server.url("/flaky"), server.url("/missing")])
        // A short timeout against a page that takes 4 s.
        results += PageFetcher(concurrency: 1, timeout: 1, retries: 0).fetchAll([server.url("/slow")])
        guard case .success(let ok) = results[0] else { Issue.record("ok failed: \(results[0])"); return }
        #expect(String(decoding: ok.body, as: UTF8.self).contains("Quay reopens"))
        #expect(ok.charset == "utf-8")
        #expect(ok.mediaType == "text/html")
        guard case .success(let flaky) = results[1] else { Issue.record("flaky failed: \(results[1])"); return }
        #expect(String(decoding: flaky.body, as: UTF8.self) == "<p>third time</p>")
        #expect(server.requests("/flaky") == 3)
        guard case .failure(.fetchFailed(_, let reason)) = results[2] else { Issue.record("404 should fail"); return }
        #expect(reason.contains("404"))
        #expect(server.requests("/missing") == 1)
        guard case .failure(.fetchFailed(_, let slowReason)) = results[3] else { Issue.record("slow should time out"); return }
        #expect(slowReason.contains("timed out"))
    }

    @Test func concurrencyIsBounded() throws {
        let server = try Self.makeServer()
        defer { server.stop() }
        let fetcher = PageFetcher(concurrency: 3, timeout: 20, retries: 1)
        let results = fetcher.fetchAll((1...9).map { server.url("/page\($0)") })
        let failures = results.compactMap { if case .failure(let error) = $0 { error.description } else { nil } }
        #expect(failures.isEmpty, "\(failures)")
        // Requests overlap (each takes 0.2 s on the server) but never more than 3 at a time.
        #expect(server.peakConcurrency <= 3)
        #expect(server.peakConcurrency >= 2)
    }

    @Test func feedWithFetchDownloadsLinkedPages() throws {
        let server = try Self.makeServer()
        defer { server.stop() }
        let directory = try TestDirectory()
        let path = try directory.write("feed.rss", """
            <?xml version="1.0"?><rss version="2.0"><channel>
            <item><title>Open</title><link>\(server.url("/ok"))</link><pubDate>Mon, 17 Jan 2022 08:00:00 GMT</pubDate></item>
            <item><title>Gone</title><link>\(server.url("/missing"))</link></item>
            </channel></rss>
            """)
        let opener = InputOpener(fetcher: PageFetcher(concurrency: 2, timeout: 2, retries: 1, backoff: 0.05))
        let events = Fixtures.drain(opener.open(InputFile(path: path, size: nil)).reader)
        let articles = Fixtures.articles(events)
        #expect(articles.count == 1)
        #expect(articles.first?.url == server.url("/ok"))
        #expect(articles.first?.dateHint == "2022-01-17")
        #expect(articles.first?.titleHint == "Open")
        let body = String(decoding: articles.first?.bytes ?? [], as: UTF8.self)
        #expect(body.contains("Quay reopens"))
        #expect(Fixtures.failures(events).count == 1)
    }
}
