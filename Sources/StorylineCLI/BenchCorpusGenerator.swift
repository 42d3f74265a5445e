import Foundation
import Ingest

/// Writes synthetic news pages and WARC files for the ingest benchmark: deterministic (seeded), 30–120 KB of HTML
/// around 1.5–8 KB of article text (as news pages are), with quotes, numbers and dates, plus the non-article
/// records a crawl holds (requests, images, 404s).
struct BenchCorpusGenerator {
    private var random: SplitMix64
    private static let syllables = ["ka", "lo", "ren", "mi", "tas", "vel", "or", "an", "dur", "is", "bel", "con",
                                    "sta", "pri", "mon", "ter", "al", "ge", "no", "ver", "ha", "port", "ri", "den"]
    private static let common = ["the", "of", "and", "to", "in", "a", "said", "on", "for", "that", "was", "with",
                                 "by", "at", "from", "after", "government", "minister", "people", "city", "police",
                                 "officials", "report", "week", "harbour", "river", "council", "told", "reporters"]
    private static let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                                 "September", "October", "November", "December"]

    init(seed: UInt64) { random = SplitMix64(seed: seed) }

    private mutating func word() -> String {
        if random.next(100) < 55 { return Self.common[random.next(Self.common.count)] }
        return (0..<(1 + random.next(3))).map { _ in Self.syllables[random.next(Self.syllables.count)] }.joined()
    }

    private mutating func name() -> String {
        let first = word().capitalized, last = (word() + word()).capitalized
        return "\(first) \(last)"
    }

    private mutating func sentence() -> String {
        var words = (0..<(8 + random.next(18))).map { _ in word() }
        switch random.next(6) {
        case 0: words.insert("\(random.next(20_000)) people", at: random.next(words.count))
        case 1: words.insert("on \(random.next(28) + 1) \(Self.months[random.next(12)]) 2022", at: random.next(words.count))
        case 2: return "\u{201C}" + words.joined(separator: " ").capitalizedFirst + ",\u{201D} said " + name() + "."
        default: break
        }
        return words.joined(separator: " ").capitalizedFirst + "."
    }

    /// One HTML page of roughly `targetBytes`, shaped like a news page: 1.5–8 KB of article text inside
    /// navigation, related-story teasers, inline scripts and styles, and a footer.
    mutating func page(index: Int, targetBytes: Int) -> String {
        let title = (0..<(6 + random.next(6))).map { _ in word() }.joined(separator: " ").capitalizedFirst
        var html = """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>\(title) | Bench Gazette</title>
            <meta property="article:published_time" content="2022-0\(1 + random.next(9))-1\(random.next(9))T08:00:00Z">
            <style>.nav a{color:#333;margin:0 4px}.teaser{display:flex}.ad-slot{min-height:250px}</style>
            <script>window.dataLayer=[];function track(){/* analytics */}</script></head><body>
            <header><nav>
            """
        for link in 0..<30 { html += "<a href=\"/section/\(link)\">\(word().capitalized)</a> " }
        html += "</nav></header><main><article><h1>\(title)</h1><p class=\"byline\">By \(name())</p>\n"
        let textBytes = 1500 + random.next(6500)
        var written = 0, paragraphs = 0
        while written < textBytes || paragraphs < 3 {
            let paragraph = (0..<(2 + random.next(4))).map { _ in sentence() }.joined(separator: " ")
            html += "<p>" + paragraph + "</p>\n"
            written += paragraph.utf8.count
            paragraphs += 1
            if paragraphs % 4 == 0 { html += "<div class=\"ad-slot\" data-slot=\"\(paragraphs)\"></div>\n" }
        }
        html += "</article><aside class=\"related\"><h2>Read more</h2>\n"
        var teaser = 0
        while html.utf8.count < targetBytes - 600 {
            teaser += 1
            if teaser % 3 == 0 {
                html += "<script>var cfg\(teaser)={\"slot\":\"\(word())\",\"sizes\":[[300,250],[728,90]],\"targeting\":{\"k\":\"\(word())\"}};</script>\n"
            }
            html += "<div class=\"teaser\"><a href=\"/story/\(index)-\(teaser)\"><img src=\"/img/\(teaser).jpg\" alt=\"\"><span>"
                + (0..<(5 + random.next(6))).map { _ in word() }.joined(separator: " ").capitalizedFirst + "</span></a></div>\n"
        }
        html += "</aside></main><footer><p>Subscribe to our newsletter</p><p>© Bench Gazette \(index)</p></footer></body></html>"
        return html
    }

    /// Writes a WARC (gzip: one member per record) of at least `minimumBytes` on disk; returns the record count
    /// and the number of HTML pages.
    mutating func writeWARC(to path: String, minimumBytes: Int64, gzip: Bool) throws -> (records: Int, pages: Int) {
        FileManager.default.createFile(atPath: path, contents: nil)
        guard let handle = FileHandle(forWritingAtPath: path) else { throw CocoaError(.fileWriteNoPermission) }
        defer { try? handle.close() }
        var written: Int64 = 0, records = 0, pages = 0
        var buffer = [UInt8]()
        func emit(_ record: [UInt8]) throws {
            let bytes = gzip ? Deflate.gzip(record, level: 1) : record
            buffer += bytes
            written += Int64(bytes.count)
            records += 1
            if buffer.count > 4 << 20 { try handle.write(contentsOf: buffer); buffer.removeAll(keepingCapacity: true) }
        }
        while written < minimumBytes {
            let index = records
            let url = "https://bench-gazette.example/news/2022/story-\(index)"
            if index % 10 == 3 {
                try emit(Self.record(type: "request", uri: url, contentType: "application/http; msgtype=request",
                                     block: Array("GET /news/2022/story-\(index) HTTP/1.1\r\nHost: bench-gazette.example\r\n\r\n".utf8), id: index))
                continue
            }
            if index % 20 == 7 {
                let image = (0..<(2000 + random.next(8000))).map { _ in UInt8(truncatingIfNeeded: random.next(256)) }
                try emit(Self.record(type: "response", uri: url + ".jpg", contentType: "application/http; msgtype=response",
                                     block: Self.http(status: "200 OK", contentType: "image/jpeg", body: image), id: index))
                continue
            }
            if index % 50 == 11 {
                try emit(Self.record(type: "response", uri: url, contentType: "application/http; msgtype=response",
                                     block: Self.http(status: "404 Not Found", contentType: "text/html", body: Array("<p>Not found</p>".utf8)), id: index))
                continue
            }
            let html = page(index: index, targetBytes: 30_000 + random.next(90_000))
            try emit(Self.record(type: "response", uri: url, contentType: "application/http; msgtype=response",
                                 block: Self.http(status: "200 OK", contentType: "text/html; charset=utf-8", body: Array(html.utf8)), id: index))
            pages += 1
        }
        try handle.write(contentsOf: buffer)
        return (records, pages)
    }

    /// Writes `count` HTML pages into a directory (100 per subfolder).
    mutating func writePages(to directory: String, count: Int) throws -> Int64 {
        var total: Int64 = 0
        for index in 0..<count {
            let folder = directory + "/\(index / 100)"
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let html = Array(page(index: index, targetBytes: 30_000 + random.next(90_000)).utf8)
            try Data(html).write(to: URL(fileURLWithPath: folder + "/page\(index).html"))
            total += Int64(html.count)
        }
        return total
    }

    private static func http(status: String, contentType: String, body: [UInt8]) -> [UInt8] {
        Array("HTTP/1.1 \(status)\r\nContent-Type: \(contentType)\r\nContent-Length: \(body.count)\r\n\r\n".utf8) + body
    }

    private static func record(type: String, uri: String, contentType: String, block: [UInt8], id: Int) -> [UInt8] {
        let header = "WARC/1.0\r\nWARC-Type: \(type)\r\nWARC-Target-URI: \(uri)\r\nWARC-Date: 2022-03-01T00:00:00Z\r\n"
            + "WARC-Record-ID: <urn:uuid:bench-\(id)>\r\nContent-Type: \(contentType)\r\nContent-Length: \(block.count)\r\n\r\n"
        return Array(header.utf8) + block + Array("\r\n\r\n".utf8)
    }
}

private extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
