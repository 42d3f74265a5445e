import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A tiny HTTP/1.1 server on 127.0.0.1 for fetch tests: one thread per connection, `Connection: close`.
/// The handler gets the path and how many times it was requested before, and returns status, body and a delay.
final class LocalHTTPServer: @unchecked Sendable {
    struct Reply {
        var status: Int
        var contentType = "text/html; charset=utf-8"
        var body: String
        var delay: Double = 0
        var headers: [String: String] = [:]
    }

    private let socketFD: Int32
    let port: UInt16
    private let handler: @Sendable (String, Int) -> Reply
    private let lock = NSLock()
    private var hits: [String: Int] = [:]
    private var stopped = false
    private var inFlight = 0
    /// The most requests handled at the same time so far.
    private var maxInFlight = 0

    init(handler: @escaping @Sendable (String, Int) -> Reply) throws {
        self.handler = handler
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 16) == 0 else { throw POSIXError(.EADDRINUSE) }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        socketFD = fd
        port = UInt16(bigEndian: address.sin_port)
        Thread.detachNewThread { [self] in acceptLoop() }
    }

    func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    var peakConcurrency: Int {
        lock.lock(); defer { lock.unlock() }
        return maxInFlight
    }

    func requests(_ path: String) -> Int {
        lock.lock(); defer { lock.unlock() }
        return hits[path] ?? 0
    }

    func stop() {
        lock.lock(); stopped = true; lock.unlock()
        shutdown(socketFD, Int32(SHUT_RDWR))
        close(socketFD)
    }

    private func acceptLoop() {
        while true {
            let client = accept(socketFD, nil, nil)
            if client < 0 { return }
            Thread.detachNewThread { [self] in serve(client) }
        }
    }

    private func serve(_ client: Int32) {
        defer { close(client) }
        var request = [UInt8]()
        var chunk = [UInt8](repeating: 0, count: 4096)
        while !request.contains(13) || String(decoding: request, as: UTF8.self).range(of: "\r\n\r\n") == nil {
            let count = recv(client, &chunk, chunk.count, 0)
            if count <= 0 { return }
            request += chunk[0..<count]
        }
        let firstLine = String(decoding: request, as: UTF8.self).split(separator: "\r\n").first ?? ""
        let path = firstLine.split(separator: " ").dropFirst().first.map(String.init) ?? "/"
        lock.lock()
        let attempt = hits[path] ?? 0
        hits[path] = attempt + 1
        inFlight += 1
        maxInFlight = max(maxInFlight, inFlight)
        lock.unlock()
        let reply = handler(path, attempt)
        if reply.delay > 0 { Thread.sleep(forTimeInterval: reply.delay) }
        lock.lock(); inFlight -= 1; lock.unlock()
        let body = Array(reply.body.utf8)
        let extra = reply.headers.map { "\($0.key): \($0.value)\r\n" }.joined()
        let head = "HTTP/1.1 \(reply.status) X\r\nContent-Type: \(reply.contentType)\r\nContent-Length: \(body.count)\r\n\(extra)Connection: close\r\n\r\n"
        let bytes = Array(head.utf8) + body
        _ = bytes.withUnsafeBufferPointer { send(client, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
    }
}
