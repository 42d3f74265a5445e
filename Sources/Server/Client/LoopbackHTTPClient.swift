import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A minimal blocking HTTP/1.1 client over one kept-alive TCP connection to an IPv4 address, for the desk's tests and
/// its load benchmark (`storyline bench serve`): it sends a request and reads the status, headers and a
/// `Content-Length` or chunked body. Not for the open internet: no TLS, no redirects.
public final class LoopbackHTTPClient {
    /// A response as read off the wire.
    public struct Reply: Sendable {
        public var status: Int
        /// Header names lower-cased.
        public var headers: [String: String]
        public var body: Data
        public var text: String { String(decoding: body, as: UTF8.self) }
    }

    /// A connection or protocol failure.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
        public init(description: String) { self.description = description }
    }

    public let host: String
    public let port: Int
    private var socket: Int32 = -1
    private var buffer: [UInt8] = []

    public init(host: String = "127.0.0.1", port: Int) {
        self.host = host
        self.port = port
    }

    deinit { close() }

    public func close() {
        if socket >= 0 { _ = Glibc.close(socket) }
        socket = -1
        buffer = []
    }

    private func connect() throws {
        let fd = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure(description: "socket: errno \(errno)") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        guard inet_pton(AF_INET, host, &address.sin_addr) == 1 else {
            _ = Glibc.close(fd)
            throw Failure(description: "not an IPv4 address: \(host)")
        }
        let result = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else {
            _ = Glibc.close(fd)
            throw Failure(description: "connect to \(host):\(port): errno \(errno)")
        }
        var one: Int32 = 1
        setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
        var timeout = timeval(tv_sec: 30, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        socket = fd
    }

    /// Sends one request and reads its response; reconnects once when a kept-alive connection was closed.
    public func request(_ method: String = "GET", _ path: String, headers: [String: String] = [:], body: Data = Data()) throws -> Reply {
        do {
            return try exchange(method, path, headers: headers, body: body)
        } catch {
            close()
            return try exchange(method, path, headers: headers, body: body)
        }
    }

    private func exchange(_ method: String, _ path: String, headers: [String: String], body: Data) throws -> Reply {
        if socket < 0 { try connect() }
        var head = "\(method) \(path) HTTP/1.1\r\nHost: \(host):\(port)\r\n"
        for (name, value) in headers.sorted(by: { $0.key < $1.key }) { head += "\(name): \(value)\r\n" }
        if !body.isEmpty || method == "POST" || method == "PUT" { head += "Content-Length: \(body.count)\r\n" }
        head += "\r\n"
        var bytes = Array(head.utf8)
        bytes.append(contentsOf: body)
        try send(bytes)
        let headerBytes = try readUntil([13, 10, 13, 10])
        let lines = String(decoding: headerBytes, as: UTF8.self).components(separatedBy: "\r\n")
        let statusParts = lines.first?.split(separator: " ") ?? []
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else { throw Failure(description: "bad status line") }
        var replyHeaders: [String: String] = [:]
        for line in lines.dropFirst() where !line.isEmpty {
            guard let colon = line.firstIndex(of: ":") else { continue }
            replyHeaders[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        var replyBody: [UInt8] = []
        if method == "HEAD" || status == 304 || status == 204 {
            replyBody = []
        } else if replyHeaders["transfer-encoding"]?.lowercased().contains("chunked") == true {
            while true {
                let sizeLine = String(decoding: try readUntil([13, 10]), as: UTF8.self)
                guard let size = Int(sizeLine.split(separator: ";").first.map(String.init) ?? "", radix: 16) else {
                    throw Failure(description: "bad chunk size")
                }
                if size == 0 { _ = try readUntil([13, 10]); break }
                replyBody += try read(count: size)
                _ = try read(count: 2)
            }
        } else if let length = replyHeaders["content-length"].flatMap(Int.init) {
            replyBody = try read(count: length)
        }
        if replyHeaders["connection"]?.lowercased() == "close" { close() }
        return Reply(status: status, headers: replyHeaders, body: Data(replyBody))
    }

    private func send(_ bytes: [UInt8]) throws {
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard count > 0 else { throw Failure(description: "send: errno \(errno)") }
            sent += count
        }
    }

    private func fill() throws {
        var chunk = [UInt8](repeating: 0, count: 65_536)
        let count = chunk.withUnsafeMutableBytes { Glibc.recv(socket, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { throw Failure(description: count == 0 ? "connection closed" : "recv: errno \(errno)") }
        buffer += chunk[0..<count]
    }

    private func readUntil(_ marker: [UInt8]) throws -> [UInt8] {
        var searchFrom = 0
        while true {
            if buffer.count >= marker.count {
                var index = searchFrom
                while index + marker.count <= buffer.count {
                    if buffer[index] == marker[0] && Array(buffer[index..<index + marker.count]) == marker {
                        let found = Array(buffer[0..<index])
                        buffer.removeFirst(index + marker.count)
                        return found
                    }
                    index += 1
                }
                searchFrom = max(0, buffer.count - marker.count + 1)
            }
            try fill()
        }
    }

    private func read(count: Int) throws -> [UInt8] {
        while buffer.count < count { try fill() }
        let found = Array(buffer[0..<count])
        buffer.removeFirst(count)
        return found
    }
}
