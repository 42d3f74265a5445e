import Foundation

/// An HTTP response as stored in a WARC response record: status, headers and the decoded body.
public struct HTTPResponse: Sendable {
    public var status: Int
    /// Header names lowercased; later duplicates win.
    public var headers: [String: String]
    public var body: [UInt8]

    /// The media type without parameters, lowercased (`text/html`).
    public var mediaType: String? {
        headers["content-type"].map { String($0.prefix(while: { $0 != ";" })).trimmingCharacters(in: .whitespaces).lowercased() }
    }

    /// The `charset` parameter of Content-Type.
    public var charset: String? { headers["content-type"].flatMap(CharsetLabels.charset(inContentType:)) }

    /// Parses a block `HTTP/1.1 200 OK\r\nName: value\r\n\r\nbody`; undoes chunked transfer encoding and gzip/deflate
    /// content encoding (some crawlers keep them).
    public init(block: [UInt8]) throws {
        var index = 0
        func line() -> [UInt8]? {
            guard index < block.count else { return nil }
            let newline = block[index...].firstIndex(of: 10) ?? block.count
            var end = newline
            if end > index && block[end - 1] == 13 { end -= 1 }
            let result = Array(block[index..<end])
            index = min(block.count, newline + 1)
            return result
        }
        guard let statusLine = line(), statusLine.starts(with: Array("HTTP/".utf8)) else {
            throw IngestError.malformedRecord("no HTTP status line")
        }
        let parts = String(decoding: statusLine, as: UTF8.self).split(separator: " ", maxSplits: 2)
        guard parts.count >= 2, let code = Int(parts[1]) else { throw IngestError.malformedRecord("bad HTTP status line") }
        status = code
        headers = [:]
        while let header = line(), !header.isEmpty {
            guard let colon = header.firstIndex(of: UInt8(ascii: ":")) else { continue }
            let name = String(decoding: header[..<colon], as: UTF8.self).trimmingCharacters(in: .whitespaces).lowercased()
            let value = String(decoding: header[(colon + 1)...], as: UTF8.self).trimmingCharacters(in: .whitespaces)
            headers[name] = value
        }
        var payload = Array(block[index...])
        if headers["transfer-encoding"]?.lowercased().contains("chunked") == true, let unchunked = Self.dechunk(payload) {
            payload = unchunked
        }
        if let encoding = headers["content-encoding"]?.lowercased(), encoding.contains("gzip") || encoding.contains("deflate") {
            if let inflated = try? Self.inflate(payload) { payload = inflated }
        }
        body = payload
    }

    /// Undoes chunked transfer encoding; nil when the payload is not chunked after all.
    static func dechunk(_ bytes: [UInt8]) -> [UInt8]? {
        var out = [UInt8]()
        var index = 0
        while index < bytes.count {
            guard let newline = bytes[index...].firstIndex(of: 10) else { return nil }
            let sizeText = String(decoding: bytes[index..<newline], as: UTF8.self)
                .prefix(while: { $0 != ";" && $0 != "\r" }).trimmingCharacters(in: .whitespaces)
            guard let size = Int(sizeText, radix: 16) else { return nil }
            index = newline + 1
            if size == 0 { return out }
            guard index + size <= bytes.count else { return nil }
            out.append(contentsOf: bytes[index..<index + size])
            index += size
            if index < bytes.count && bytes[index] == 13 { index += 1 }
            if index < bytes.count && bytes[index] == 10 { index += 1 }
        }
        return out
    }

    static func inflate(_ bytes: [UInt8]) throws -> [UInt8] {
        let source = try GzipByteSource(input: MemoryByteSource(bytes))
        return try BufferedByteReader(source: source).readAll(limit: Int64(bytes.count) * 100 + (1 << 20))
    }
}
