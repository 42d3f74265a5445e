import Foundation

/// Streams the HTML (and plain-text) responses out of a WARC or WARC.gz file, one record at a time.
///
/// Only `response` and `resource` records are articles; `request`, `metadata`, `warcinfo`, `revisit` are passed
/// over. Responses that are not 2xx or not HTML are reported as skipped (`resource` records may also be plain text). A record cut short ends the file
/// with ``IngestError/truncatedWARC(records:)``; the complete records before it are kept. After a framing error (no
/// `WARC/` line where a record should start, no `Content-Length`) the reader reports where and how many bytes it
/// passed over, and resumes at the next line that opens a record.
public final class WARCReader: ArticleReader {
    private let path: String
    private let reader: BufferedByteReader
    private let gzip: GzipByteSource?
    private let limits: ReadLimits
    private var completeRecords = 0
    private var stopped = false
    /// A record's first line found while resynchronising, with its offset: the next record starts there.
    private var carried: (line: [UInt8], start: Int64)?

    public init(path: String, reader: BufferedByteReader, gzip: GzipByteSource?, limits: ReadLimits) {
        self.path = path
        self.reader = reader
        self.gzip = gzip
        self.limits = limits
    }

    public var bytesConsumed: Int64 { reader.source.fileBytesConsumed }

    public func next() -> ReadEvent? {
        while !stopped {
            do {
                if let event = try nextRecord() { return event }
            } catch let error as IngestError {
                stopped = true
                let reported: IngestError
                switch error {
                case .truncatedGzip: reported = .truncatedWARC(records: completeRecords)
                default: reported = error
                }
                return .failed(location: path, error: reported)
            } catch {
                stopped = true
                return .failed(location: path, error: .unreadable("\(error)"))
            }
        }
        return nil
    }

    /// Reads one record; nil when it was passed over (the loop goes on), stops at the end.
    private func nextRecord() throws -> ReadEvent? {
        var versionLine: [UInt8]?
        var recordStart = reader.offset
        if let carried {
            versionLine = carried.line
            recordStart = carried.start
            self.carried = nil
        } else {
            while let line = try reader.readLine(maxLength: 1 << 16) {
                if !line.isEmpty { versionLine = line; break }
                recordStart = reader.offset
            }
        }
        guard let version = versionLine else { stopped = true; return nil }
        guard version.starts(with: Array("WARC/".utf8)) else {
            return try resynchronise(from: recordStart, problem: "expected a WARC/ header at byte \(recordStart), record \(completeRecords + 1)")
        }
        var headers: [String: String] = [:]
        while true {
            guard let line = try reader.readLine(maxLength: 1 << 16) else {
                throw IngestError.truncatedWARC(records: completeRecords)
            }
            if line.isEmpty { break }
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { continue }
            let name = String(decoding: line[..<colon], as: UTF8.self).lowercased()
            headers[name] = String(decoding: line[(colon + 1)...], as: UTF8.self).trimmingCharacters(in: .whitespaces)
        }
        guard let lengthText = headers["content-length"], let length = Int64(lengthText), length >= 0 else {
            return try resynchronise(from: recordStart, problem: "record \(completeRecords + 1) at byte \(recordStart) has no Content-Length")
        }
        let offset = gzip?.memberOffset(containing: recordStart) ?? recordStart
        let location = "\(path)@\(offset)"
        let type = headers["warc-type"]?.lowercased() ?? ""
        guard type == "response" || type == "resource" else {
            try skipBlock(length)
            return nil
        }
        if length > limits.maxArticleBytes + (1 << 16) {
            try skipBlock(length)
            return .skipped(location: location, reason: "record larger than the size limit (\(ByteCount.format(length)))")
        }
        let block = try reader.read(count: Int(length))
        guard Int64(block.count) == length else { throw IngestError.truncatedWARC(records: completeRecords) }
        completeRecords += 1

        let url = headers["warc-target-uri"].map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "<>")) }
        let recordID = headers["warc-record-id"]
        var payload = block
        var mediaType = headers["content-type"].map { String($0.prefix(while: { $0 != ";" })).lowercased() }
        var charset = headers["content-type"].flatMap(CharsetLabels.charset(inContentType:))
        if type == "response" {
            guard mediaType?.contains("application/http") ?? true else {
                return .skipped(location: location, reason: "not an HTTP response (\(mediaType ?? "no type"))")
            }
            let response: HTTPResponse
            do { response = try HTTPResponse(block: block) } catch let error as IngestError {
                return .failed(location: location, error: error)
            }
            guard (200..<300).contains(response.status) else {
                return .skipped(location: location, reason: "HTTP status \(response.status)")
            }
            payload = response.body
            mediaType = response.mediaType
            charset = response.charset
        }
        let kind: RawArticle.ContentKind
        switch mediaType ?? "text/html" {
        case let type where type.contains("html"): kind = .html
        case "text/plain" where type == "resource": kind = .text  // an archived text file; a text/plain *response* is robots.txt & co.
        case let other: return .skipped(location: location, reason: "not HTML (\(other))")
        }
        if Int64(payload.count) > limits.maxArticleBytes {
            return .failed(location: location, error: .tooLarge(size: Int64(payload.count), limit: limits.maxArticleBytes))
        }
        do {
            let bytes = try ContentValidator.validate(payload, kind: kind, httpCharset: charset)
            var article = RawArticle(origin: path, originOffset: offset, originRecord: recordID, url: url, kind: kind,
                                     bytes: bytes, httpCharset: charset)
            article.crawlDate = headers["warc-date"]
            return .article(article)
        } catch IngestError.empty {
            return .skipped(location: location, reason: "empty response body")
        } catch let error as IngestError {
            return .failed(location: location, error: error)
        }
    }

    /// Passes over bytes up to the next line that opens a record (`WARC/1.…`), which becomes the next record's first
    /// line; the failure says where the damage was and how much was lost.
    private func resynchronise(from start: Int64, problem: String) throws -> ReadEvent {
        let marker = Array("WARC/1.".utf8)
        while true {
            let lineStart = reader.offset
            let line: [UInt8]?
            do {
                line = try reader.readLine(maxLength: 1 << 16)
            } catch IngestError.malformedRecord {
                try reader.skip(count: 1 << 15)  // a long run without line breaks: pass over part of it
                continue
            }
            guard let line else {
                stopped = true
                return .failed(location: "\(path)@\(start)",
                               error: .malformedWARC("\(problem); no record after it (\(reader.offset - start) bytes passed over)"))
            }
            if line.starts(with: marker) {
                carried = (line, lineStart)
                return .failed(location: "\(path)@\(start)",
                               error: .malformedWARC("\(problem); \(lineStart - start) bytes passed over to the next record at byte \(lineStart)"))
            }
        }
    }

    private func skipBlock(_ length: Int64) throws {
        guard try reader.skip(count: length) == length else { throw IngestError.truncatedWARC(records: completeRecords) }
        completeRecords += 1
    }
}
