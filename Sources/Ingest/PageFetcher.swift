import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Downloads pages with bounded concurrency, a timeout per request and retries with backoff.
///
/// Retries happen on network errors, timeouts, HTTP 429 and 5xx; other 4xx answers fail at once.
public final class PageFetcher: Sendable {
    public let concurrency: Int
    public let timeout: TimeInterval
    public let retries: Int
    /// Delay before the first retry; doubled for each further one.
    public let backoff: TimeInterval
    private let session: URLSession

    public init(concurrency: Int = 4, timeout: TimeInterval = 20, retries: Int = 2, backoff: TimeInterval = 0.5) {
        self.concurrency = max(1, concurrency)
        self.timeout = timeout
        self.retries = max(0, retries)
        self.backoff = backoff
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout * Double(retries + 2)
        configuration.httpMaximumConnectionsPerHost = self.concurrency
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        session = URLSession(configuration: configuration)
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
        guard let url = URL(string: address), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https" else {
            return .failure(.fetchFailed(url: address, reason: "not an http(s) URL"))
        }
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
                if attempt >= retries {
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
        let done = DispatchSemaphore(value: 0)
        let box = OutcomeBox()
        let task = session.dataTask(with: request) { data, response, error in
            if let error {
                let nsError = error as NSError
                box.outcome = .failure(FailureReason(text: nsError.code == NSURLErrorTimedOut ? "timed out after \(Int(self.timeout)) s"
                                                                          : nsError.localizedDescription))
            } else if let http = response as? HTTPURLResponse {
                let contentType = http.value(forHTTPHeaderField: "Content-Type")
                let mediaType = contentType.map { String($0.prefix(while: { $0 != ";" })).trimmingCharacters(in: .whitespaces).lowercased() }
                box.outcome = .success(FetchedPage(url: url.absoluteString, status: http.statusCode, mediaType: mediaType,
                                                   charset: contentType.flatMap(CharsetLabels.charset(inContentType:)),
                                                   body: data.map { [UInt8]($0) } ?? []))
            } else {
                box.outcome = .failure(FailureReason(text: "no HTTP response"))
            }
            done.signal()
        }
        task.resume()
        if done.wait(timeout: .now() + timeout + 5) == .timedOut {
            task.cancel()
            return .failure(FailureReason(text: "timed out after \(Int(timeout)) s"))
        }
        return box.outcome ?? .failure(FailureReason(text: "no response"))
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

/// One request's outcome, handed from URLSession's thread to the waiting one.
private final class OutcomeBox: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Result<FetchedPage, FailureReason>?
    var outcome: Result<FetchedPage, FailureReason>? {
        get { lock.lock(); defer { lock.unlock() }; return value }
        set { lock.lock(); value = newValue; lock.unlock() }
    }
}

/// Why one request failed, as a short phrase.
private struct FailureReason: Error {
    let text: String
}
