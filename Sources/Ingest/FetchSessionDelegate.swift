import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Receives each download as it streams: refuses a body larger than the limit as soon as its `Content-Length` says so
/// or its bytes pass the limit (nothing larger is ever held), and lets a redirect through only to an http(s) URL whose
/// host the address policy allows.
final class FetchSessionDelegate: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    /// One download in flight.
    final class Transfer: @unchecked Sendable {
        var response: HTTPURLResponse?
        var body: [UInt8] = []
        var refusal: String?
        var error: Error?
        let done = DispatchSemaphore(value: 0)
    }

    let maxBodyBytes: Int
    let allowPrivateAddresses: Bool
    private let lock = NSLock()
    private var transfers: [Int: Transfer] = [:]

    init(maxBodyBytes: Int, allowPrivateAddresses: Bool) {
        self.maxBodyBytes = maxBodyBytes
        self.allowPrivateAddresses = allowPrivateAddresses
    }

    func register(_ task: URLSessionTask) -> Transfer {
        let transfer = Transfer()
        lock.lock(); transfers[task.taskIdentifier] = transfer; lock.unlock()
        return transfer
    }

    func finish(_ task: URLSessionTask) {
        lock.lock(); transfers[task.taskIdentifier] = nil; lock.unlock()
    }

    private func transfer(_ task: URLSessionTask) -> Transfer? {
        lock.lock(); defer { lock.unlock() }
        return transfers[task.taskIdentifier]
    }

    /// Why a URL may not be fetched, or nil.
    func refusal(_ url: URL?) -> String? {
        guard let url, let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https", let host = url.host else {
            return "not an http(s) URL"
        }
        return allowPrivateAddresses ? nil : AddressPolicy.refusal(host: host)
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void) {
        if let reason = refusal(request.url) {
            transfer(task)?.refusal = "redirect to \(request.url?.absoluteString ?? "?") refused: \(reason)"
            completionHandler(nil)
        } else {
            completionHandler(request)
        }
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                    completionHandler: @escaping (URLSession.ResponseDisposition) -> Void) {
        guard let transfer = transfer(dataTask) else { completionHandler(.cancel); return }
        transfer.response = response as? HTTPURLResponse
        if response.expectedContentLength > Int64(maxBodyBytes) {
            transfer.refusal = "response of \(response.expectedContentLength) bytes is over the limit of \(maxBodyBytes)"
            completionHandler(.cancel)
            return
        }
        completionHandler(.allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        guard let transfer = transfer(dataTask), transfer.refusal == nil else { return }
        if transfer.body.count + data.count > maxBodyBytes {
            transfer.refusal = "response is over the limit of \(maxBodyBytes) bytes"
            transfer.body = []
            dataTask.cancel()
            return
        }
        transfer.body.append(contentsOf: data)
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
        guard let transfer = transfer(task) else { return }
        transfer.error = error
        if transfer.response == nil { transfer.response = task.response as? HTTPURLResponse }
        transfer.done.signal()
    }
}
