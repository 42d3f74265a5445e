import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
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
            case "/big": return .init(status: 200, body: String(repeating: "x", count: 200_000))
            case "/redirect-in": return .init(status: 302, body: "", headers: ["Location": "/ok"])
            case "/slow": return .init(status: 200, body: "<p>late</p>", delay: 4)
            case let p where p.hasPrefix("/page"): return .init(status: 200, body: "<p>\(p)</p>", delay: 0.2)
            default: return .init(status: 500, body: "error")
            }
        }
    }

    @Test func fetchesRetriesAndGivesUp() throws {
        let server = try Self.makeServer()
        defer { server.stop() }
        let fetcher = PageFetcher(concurrency: 2, timeout: 10, retries: 2, backoff: 0.05, allowPrivateAddresses: true)
        var results = fetcher.fetchAll([server.url("/ok"), server.url("/flaky"), server.url("/missing")])
        // A short timeout against a page that takes 4 s.
        results += PageFetcher(concurrency: 1, timeout: 1, retries: 0, allowPrivateAddresses: true).fetchAll([server.url("/slow")])
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
        let fetcher = PageFetcher(concurrency: 3, timeout: 20, retries: 1, allowPrivateAddresses: true)
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
        let opener = InputOpener(fetcher: PageFetcher(concurrency: 2, timeout: 2, retries: 1, backoff: 0.05, allowPrivateAddresses: true))
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

    @Test func privateTargetsAreRefusedUnlessAllowed() throws {
        let server = try Self.makeServer()
        defer { server.stop() }
        let guarded = PageFetcher(concurrency: 1, timeout: 5, retries: 2, backoff: 0.05)
        for address in [server.url("/ok"), "http://localhost:\(server.port)/ok", "http://[::1]:\(server.port)/ok", "http://10.1.2.3/x",
                        "file:///etc/passwd"] {
            guard case .failure(.fetchFailed(_, let reason)) = guarded.fetch(address) else { Issue.record("\(address) fetched"); continue }
            #expect(reason.contains("non-public") || reason.contains("not an http(s) URL"), "\(reason)")
        }
        #expect(server.requests("/ok") == 0)  // refused before any request, and not retried
        // Allowed: a redirect within the allowed targets is followed; one to a link-local address is refused.
        let open = PageFetcher(concurrency: 1, timeout: 5, retries: 0, allowPrivateAddresses: true)
        guard case .success(let page) = open.fetch(server.url("/redirect-in")) else { Issue.record("redirect-in failed"); return }
        #expect(String(decoding: page.body, as: UTF8.self).contains("Quay reopens"))
    }

    @Test func aRedirectToANonPublicAddressIsRefused() throws {
        let delegate = FetchSessionDelegate(maxBodyBytes: 1_000, allowPrivateAddresses: false)
        let session = URLSession(configuration: .ephemeral)
        let task = session.dataTask(with: URL(string: "http://example.com/")!)
        let transfer = delegate.register(task)
        let response = try #require(HTTPURLResponse(url: URL(string: "http://example.com/")!, statusCode: 302, httpVersion: nil, headerFields: nil))
        var followed: URLRequest?? = .none
        delegate.urlSession(session, task: task, willPerformHTTPRedirection: response,
                            newRequest: URLRequest(url: URL(string: "http://169.254.169.254/latest/meta-data/")!)) { followed = $0 }
        #expect(followed == .some(nil))
        #expect(transfer.refusal?.contains("redirect to http://169.254.169.254") == true)
        #expect(AddressPolicy.refusal(host: "169.254.169.254") != nil)
        #expect(AddressPolicy.refusal(host: "192.168.1.1") != nil && AddressPolicy.refusal(host: "172.20.0.1") != nil)
        #expect(AddressPolicy.isPublic([93, 184, 215, 14]) && !AddressPolicy.isPublic([100, 100, 0, 1]))
        #expect(!AddressPolicy.isPublic([0xFE, 0x80] + Array(repeating: 0, count: 14)))
        #expect(!AddressPolicy.isPublic(Array(repeating: 0, count: 10) + [0xFF, 0xFF, 127, 0, 0, 1]))  // ::ffff:127.0.0.1
        #expect(AddressPolicy.isPublic([0x26, 0x06, 0x28, 0x00] + Array(repeating: 0, count: 11) + [1]))
    }

    @Test func aBodyOverTheLimitIsRefusedWhileItStreams() throws {
        let server = try Self.makeServer()
        defer { server.stop() }
        let fetcher = PageFetcher(concurrency: 1, timeout: 5, retries: 2, backoff: 0.05, maxBodyBytes: 50_000, allowPrivateAddresses: true)
        guard case .failure(.fetchFailed(_, let reason)) = fetcher.fetch(server.url("/big")) else { Issue.record("big body accepted"); return }
        #expect(reason.contains("over the limit"))
        #expect(server.requests("/big") == 1)  // not retried
    }
}
