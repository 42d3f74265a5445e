import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Downloads pages with bounded concurrency, a timeout per request and retries with backoff.
///
/// Retries happen on network errors, timeouts, HTTP 429 and 5xx; other 4xx answers fail at once. Links come from
/// untrusted feeds, so by default only public addresses are contacted (``AddressPolicy``, checked for the host and for
/// every redirect), and a body is refused while it streams once it passes `maxBodyBytes`.
/// The check resolves the host before URLSession does; a name that resolves differently the second time (DNS
/// rebinding) is not caught, which pinning the address would need.
public final class PageFetcher: Sendable {
    public let concurrency: Int
    public let timeout: TimeInterval
    public let retries: Int
    /// Delay before the first retry; doubled for each further one.
    public let backoff: TimeInterval
    /// The largest body accepted.
    public let maxBodyBytes: Int
    /// True to allow loopback, private and link-local targets (tests, intranet feeds).
    public let allowPrivateAddresses: Bool
    private let session: URLSession
    private let delegate: FetchSessionDelegate

    public init(concurrency: Int = 4, timeout: TimeInterval = 20, retries: Int = 2, backoff: TimeInterval = 0.5,
                maxBodyBytes: Int = 32 << 20, allowPrivateAddresses: Bool = false) {
        self.concurrency = max(1, concurrency)
        self.timeout = timeout
        self.retries = max(0, retries)
        self.backoff = backoff
        self.maxBodyBytes = maxBodyBytes
        self.allowPrivateAddresses = allowPrivateAddresses
        delegate = FetchSessionDelegate(maxBodyBytes: maxBodyBytes, allowPrivateAddresses: allowPrivateAddresses)
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout * Double(retries + 2)
        configuration.httpMaximumConnectionsPerHost = self.concurrency
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        session = URLSession(configuration: configuration, delegate: delegate, delegateQueue: nil)
    }

    deinit { session.finishTasksAndInvalidate() }

    /// Fetches every URL (at most `concurrency` at a time); results are in the order of `urls`. The workers are
    /// threads of their own: each blocks while its request runs, which must not starve the shared dispatch pool
    /// that URLSession's callbacks need.
    public func fetchAll(_ urls: [String]) -> [Result<FetchedPage, IngestError>] {
        let results = ResultBox(count: urls.count)
        let workers = min(concurrency, urls.count)
        let finished = DispatchSemaphore(value: 0)
        for _ in 0..<workers {
            Thread.detachNewThread {
                while let index = results.claimNext() { results.set(index, self.fetch(urls[index])) }
                finished.signal()
            }
        }
        for _ in 0..<workers { finished.wait() }
        return results.values()
    }

    /// Fetches one URL, retrying as described above.
    public func fetch(_ address: String) -> Result<FetchedPage, IngestError> {
        guard let url = URL(string: address) else { return .failure(.fetchFailed(url: address, reason: "not an http(s) URL")) }
        if let reason = delegate.refusal(url) { return .failure(.fetchFailed(url: address, reason: reason)) }
        var attempt = 0
        while true {
            let outcome = once(url)
            switch outcome {
            case .success(let page) where (200..<300).contains(page.status):
                return .success(page)
            case .success(let page):
                let retryable = page.status == 429 || page.status >= 500
                if !retryable || attempt >= retries {
                    return .failure(.fetchFailed(url: address, reason: "HTTP \(page.status)" + (attempt > 0 ? " after \(attempt + 1) tries" : "")))
                }
            case .failure(let reason):
                if reason.final || attempt >= retries {
                    return .failure(.fetchFailed(url: address, reason: reason.text + (attempt > 0 ? " after \(attempt + 1) tries" : "")))
                }
            }
            Thread.sleep(forTimeInterval: backoff * pow(2, Double(attempt)))
            attempt += 1
        }
    }

    private func once(_ url: URL) -> Result<FetchedPage, FailureReason> {
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: timeout)
        request.setValue("Storyline/0.1 (+news ingest)", forHTTPHeaderField: "User-Agent")
        let task = session.dataTask(with: request)
        let transfer = delegate.register(task)
        defer { delegate.finish(task) }
        task.resume()
        if transfer.done.wait(timeout: .now() + timeout + 5) == .timedOut {
            task.cancel()
            return .failure(FailureReason(text: "timed out after \(Int(timeout)) s"))
        }
        if let refusal = transfer.refusal { return .failure(FailureReason(text: refusal, final: true)) }
        if let error = transfer.error {
            let nsError = error as NSError
            return .failure(FailureReason(text: nsError.code == NSURLErrorTimedOut ? "timed out after \(Int(timeout)) s"
                                                                                    : nsError.localizedDescription))
        }
        guard let http = transfer.response else { return .failure(FailureReason(text: "no HTTP response")) }
        let contentType = http.value(forHTTPHeaderField: "Content-Type")
        let mediaType = contentType.map { String($0.prefix(while: { $0 != ";" })).trimmingCharacters(in: .whitespaces).lowercased() }
        return .success(FetchedPage(url: url.absoluteString, status: http.statusCode, mediaType: mediaType,
                                    charset: contentType.flatMap(CharsetLabels.charset(inContentType:)), body: transfer.body))
    }
}

/// Results written from several threads, read once all are done; hands out the next index to fetch.
private final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [Result<FetchedPage, IngestError>?]
    private var next = 0

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    /// The next index no worker has taken, or nil when all are taken.
    func claimNext() -> Int? {
        lock.lock(); defer { lock.unlock() }
        guard next < storage.count else { return nil }
        next += 1
        return next - 1
    }

    func set(_ index: Int, _ value: Result<FetchedPage, IngestError>) {
        lock.lock(); storage[index] = value; lock.unlock()
    }

    func values() -> [Result<FetchedPage, IngestError>] {
        lock.lock(); defer { lock.unlock() }
        return storage.map { $0 ?? .failure(.fetchFailed(url: "", reason: "not fetched")) }
    }
}

/// Why one request failed, as a short phrase; `final` when trying again cannot help (a refused target or size).
private struct FailureReason: Error {
    let text: String
    var final = false
}
