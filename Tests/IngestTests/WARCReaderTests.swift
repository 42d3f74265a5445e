import Foundation
import Testing
@testable import Ingest

struct WARCReaderTests {
    /// warcinfo, request, an HTML response (charset from the header), an image, a 404, a chunked response and a
    /// resource record.
    private func sampleRecords() -> [[UInt8]] {
        let info = Fixtures.warcRecord(type: "warcinfo", contentType: "application/warc-fields",
                                       block: Array("software: storyline-tests\r\n".utf8), id: 1)
        let request = Fixtures.warcRecord(type: "request", uri: "https://gazette.example/a", contentType: "application/http; msgtype=request",
                                          block: Array("GET /a HTTP/1.1\r\nHost: gazette.example\r\n\r\n".utf8), id: 2)
        let latin1Body: [UInt8] = Array("<html><body><p>Caf".utf8) + [0xE9] + Array(" du port</p></body></html>".utf8)
        let page = Fixtures.warcRecord(type: "response", uri: "https://www.gazette.example/a", contentType: "application/http; msgtype=response",
                                       block: Fixtures.httpResponse(contentType: "text/html; charset=ISO-8859-1", body: latin1Body), id: 3)
        let image = Fixtures.warcRecord(type: "response", uri: "https://gazette.example/logo.png", contentType: "application/http; msgtype=response",
                                        block: Fixtures.httpResponse(contentType: "image/png", body: [0x89, 0x50, 0x4E, 0x47]), id: 4)
        let missing = Fixtures.warcRecord(type: "response", uri: "https://gazette.example/gone", contentType: "application/http; msgtype=response",
                                          block: Fixtures.httpResponse(status: "404 Not Found", contentType: "text/html", body: Array("<p>gone</p>".utf8)), id: 5)
        let chunkedBody = Array("7\r\n<p>Quay\r\n9\r\n reopens<\r\n3\r\n/p>\r\n0\r\n\r\n".utf8)
        let chunked = Fixtures.warcRecord(type: "response", uri: "http://tribune.example/b", contentType: "application/http; msgtype=response",
                                          block: Fixtures.httpResponse(contentType: "text/html", body: chunkedBody,
                                                                       extraHeaders: "Transfer-Encoding: chunked\r\n"), id: 6)
        let robots = Fixtures.warcRecord(type: "response", uri: "https://gazette.example/robots.txt", contentType: "application/http; msgtype=response",
                                         block: Fixtures.httpResponse(contentType: "text/plain", body: Array("User-agent: *\nDisallow:\n".utf8)), id: 8)
        let resource = Fixtures.warcRecord(type: "resource", uri: "file:///notes.txt", contentType: "text/plain",
                                           block: Array("Ferry timetable restored on 3 March.".utf8), id: 7)
        return [info, request, page, image, missing, chunked, robots, resource]
    }

    @Test func readsResponsesAndSkipsTheRest() throws {
        let directory = try TestDirectory()
        let records = sampleRecords()
        let path = try directory.write("crawl.warc", records.flatMap { $0 })
        let (events, format) = Fixtures.open(path)
        #expect(format == .warc)
        let articles = Fixtures.articles(events)
        #expect(articles.count == 3)
        #expect(articles[0].url == "https://www.gazette.example/a")
        #expect(articles[0].crawlDate == "2022-01-15T08:00:00Z")  // an upper bound for date estimates
        #expect(articles[0].source == nil)
        #expect(articles[0].domain == "gazette.example")
        #expect(articles[0].httpCharset == "iso-8859-1")
        #expect(articles[0].kind == .html)
        #expect(articles[0].originRecord == "<urn:uuid:00000000-0000-0000-0000-000000000003>")
        #expect(articles[0].originOffset == Int64(records[0].count + records[1].count))
        #expect(String(decoding: articles[1].bytes, as: UTF8.self) == "<p>Quay reopens</p>")
        #expect(articles[2].kind == .text)
        let skips = Fixtures.skips(events).map(\.1)
        #expect(skips.count == 3)
        #expect(skips.contains { $0.contains("text/plain") })
        #expect(skips.contains { $0.contains("image/png") })
        #expect(skips.contains { $0.contains("404") })
        #expect(Fixtures.failures(events).isEmpty)
    }

    @Test func gzipRecordOffsetsPointAtMembers() throws {
        let directory = try TestDirectory()
        let members = sampleRecords().map { Deflate.gzip($0) }
        let path = try directory.write("crawl.warc.gz", members.flatMap { $0 })
        let (events, format) = Fixtures.open(path)
        #expect(format == .warc)
        let articles = Fixtures.articles(events)
        #expect(articles.count == 3)
        #expect(articles[0].originOffset == Int64(members[0].count + members[1].count))
        #expect(articles[1].originOffset == Int64(members[0..<5].map(\.count).reduce(0, +)))
        #expect(articles[2].originOffset == Int64(members[0..<7].map(\.count).reduce(0, +)))
        // The offset really is a member start: inflating from there gives the record back.
        let all = members.flatMap { $0 }
        let offset = Int(articles[1].originOffset!)
        let reader = BufferedByteReader(source: try GzipByteSource(input: MemoryByteSource(Array(all[offset...]))))
        #expect(try reader.readLine() == Array("WARC/1.0".utf8))
    }

    @Test func truncatedWARCKeepsCompleteRecordsAndFails() throws {
        let directory = try TestDirectory()
        let bytes = sampleRecords().flatMap { $0 }
        let path = try directory.write("cut.warc", Array(bytes.prefix(bytes.count - 30)))
        let (events, _) = Fixtures.open(path)
        #expect(Fixtures.articles(events).count == 2)
        let failures = Fixtures.failures(events)
        #expect(failures.count == 1)
        #expect(failures.first?.1 == .truncatedWARC(records: 7))
    }

    @Test func truncatedWARCGzipFails() throws {
        let directory = try TestDirectory()
        let bytes = sampleRecords().map { Deflate.gzip($0) }.flatMap { $0 }
        let path = try directory.write("cut.warc.gz", Array(bytes.prefix(bytes.count - 20)))
        let (events, _) = Fixtures.open(path)
        let failures = Fixtures.failures(events)
        #expect(failures.count == 1)
        if case .truncatedWARC = failures.first?.1 {} else { Issue.record("expected a truncated-WARC failure, got \(failures)") }
        #expect(Fixtures.articles(events).count == 2)
    }

    @Test func oversizedRecordIsSkippedAndTheFileGoesOn() throws {
        let directory = try TestDirectory()
        let big = Fixtures.response(uri: "https://gazette.example/big", html: "<p>" + String(repeating: "x", count: 200_000) + "</p>", id: 1)
        let small = Fixtures.response(uri: "https://gazette.example/small", html: "<p>small</p>", id: 2)
        let path = try directory.write("mixed.warc", big + small)
        let (events, _) = Fixtures.open(path, limits: ReadLimits(maxArticleBytes: 100_000))
        #expect(Fixtures.articles(events).map(\.url) == ["https://gazette.example/small"])
        #expect(Fixtures.failures(events).count + Fixtures.skips(events).count == 1)
    }

    @Test func garbageInsteadOfARecordFails() throws {
        let directory = try TestDirectory()
        let path = try directory.write("bad.warc", Fixtures.response(uri: "https://a.example/", html: "<p>a</p>", id: 1) + Array("garbage line\r\n".utf8))
        let (events, _) = Fixtures.open(path)
        #expect(Fixtures.articles(events).count == 1)
        if case .malformedWARC = Fixtures.failures(events).first?.1 {} else { Issue.record("expected malformed WARC") }
    }

    @Test func afterAFramingErrorTheReaderResumesAtTheNextRecordAndSaysWhatItLost() throws {
        let directory = try TestDirectory()
        let first = Fixtures.response(uri: "https://a.example/1", html: "<p>one</p>", id: 1)
        // A record whose Content-Length lies (too short), leaving part of its block where the next record should be.
        var lying = Fixtures.response(uri: "https://a.example/2", html: "<p>two, with a body longer than it says</p>", id: 2)
        let text = String(decoding: lying, as: UTF8.self)
        let length = text.range(of: "Content-Length: ")!
        let digits = text[length.upperBound...].prefix { $0.isNumber }
        lying = Array(text.replacingOccurrences(of: "Content-Length: \(digits)", with: "Content-Length: 20").utf8)
        let third = Fixtures.response(uri: "https://a.example/3", html: "<p>three</p>", id: 3)
        let noLength = Array("WARC/1.0\r\nWARC-Type: response\r\n\r\nstray bytes\r\n".utf8)
        let fourth = Fixtures.response(uri: "https://a.example/4", html: "<p>four</p>", id: 4)
        let path = try directory.write("damaged.warc", first + lying + third + noLength + fourth)
        let (events, _) = Fixtures.open(path)
        // Record 2 is lost (its block was cut at the length it gave); every record after the damage is read.
        #expect(Fixtures.articles(events).map(\.url) == ["https://a.example/1", "https://a.example/3", "https://a.example/4"])
        let framing = Fixtures.failures(events).filter { if case .malformedWARC = $0.1 { true } else { false } }
        #expect(framing.count == 2)
        for (_, error) in framing {
            guard case .malformedWARC(let reason) = error else { Issue.record("expected malformed WARC, got \(error)"); continue }
            #expect(reason.contains("bytes passed over to the next record"))
        }
    }
}
