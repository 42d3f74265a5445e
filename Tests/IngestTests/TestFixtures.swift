import Foundation
import Ingest

/// Builds test inputs (our own small pages, WARC records, feeds) in a fresh temporary directory.
final class TestDirectory {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "storyline-ingest-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let file = path + "/" + name
        try FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        return file
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String { try write(name, Array(text.utf8)) }
}

enum Fixtures {
    static func page(title: String, body: String, charset: String = "utf-8") -> String {
        """
        <!DOCTYPE html><html><head><meta charset="\(charset)"><title>\(title) | The Harbour Gazette</title></head>
        <body><nav>Home | World | Sport</nav><article><h1>\(title)</h1><p>\(body)</p></article>
        <footer>© The Harbour Gazette</footer></body></html>
        """
    }

    /// One WARC record with CRLF line ends.
    static func warcRecord(type: String, uri: String? = nil, contentType: String, block: [UInt8], id: Int) -> [UInt8] {
        var header = "WARC/1.0\r\nWARC-Type: \(type)\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-\(String(format: "%012d", id))>\r\n"
        header += "WARC-Date: 2022-01-15T08:00:00Z\r\n"
        if let uri { header += "WARC-Target-URI: \(uri)\r\n" }
        header += "Content-Type: \(contentType)\r\nContent-Length: \(block.count)\r\n\r\n"
        return Array(header.utf8) + block + Array("\r\n\r\n".utf8)
    }

    static func httpResponse(status: String = "200 OK", contentType: String, body: [UInt8], extraHeaders: String = "") -> [UInt8] {
        Array("HTTP/1.1 \(status)\r\nContent-Type: \(contentType)\r\n\(extraHeaders)Content-Length: \(body.count)\r\n\r\n".utf8) + body
    }

    static func response(uri: String, html: String, id: Int, contentType: String = "text/html; charset=utf-8") -> [UInt8] {
        warcRecord(type: "response", uri: uri, contentType: "application/http; msgtype=response",
                   block: httpResponse(contentType: contentType, body: Array(html.utf8)), id: id)
    }

    /// Every event a reader produces.
    static func drain(_ reader: ArticleReader) -> [ReadEvent] {
        var events: [ReadEvent] = []
        while let event = reader.next() { events.append(event) }
        return events
    }

    static func articles(_ events: [ReadEvent]) -> [RawArticle] {
        events.compactMap { if case .article(let article) = $0 { return article } else { return nil } }
    }

    static func failures(_ events: [ReadEvent]) -> [(String, IngestError)] {
        events.compactMap { if case .failed(let location, let error) = $0 { return (location, error) } else { return nil } }
    }

    static func skips(_ events: [ReadEvent]) -> [(String, String)] {
        events.compactMap { if case .skipped(let location, let reason) = $0 { return (location, reason) } else { return nil } }
    }

    static func open(_ path: String, limits: ReadLimits = ReadLimits()) -> (events: [ReadEvent], format: InputFormat?) {
        let (reader, format) = InputOpener(limits: limits).open(InputFile(path: path, size: InputExpander.size(of: path)))
        return (drain(reader), format)
    }
}
