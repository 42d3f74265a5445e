import Foundation
import Model

/// Streams articles out of a JSON Lines file: one `{"id", "url"?, "html" | "text", "date"?, "source"?, "title"?}`
/// per line. A bad line is reported with its line number and the file goes on.
public final class JSONLinesArticleReader: ArticleReader {
    private let path: String
    private let reader: BufferedByteReader
    private let limits: ReadLimits
    private let decoder = JSONDecoder()
    private var lineNumber = 0
    private var stopped = false

    public init(path: String, reader: BufferedByteReader, limits: ReadLimits) {
        self.path = path
        self.reader = reader
        self.limits = limits
    }

    public var bytesConsumed: Int64 { reader.source.fileBytesConsumed }

    public func next() -> ReadEvent? {
        while !stopped {
            let line: [UInt8]
            do {
                guard let next = try reader.readLine(maxLength: Int(min(limits.maxArticleBytes * 2, Int64(Int32.max)))) else {
                    stopped = true
                    return nil
                }
                line = next
            } catch IngestError.malformedRecord {
                stopped = true
                return .failed(location: "\(path):\(lineNumber + 1)",
                               error: .tooLarge(size: limits.maxArticleBytes * 2, limit: limits.maxArticleBytes))
            } catch let error as IngestError {
                stopped = true
                return .failed(location: path, error: error)
            } catch {
                stopped = true
                return .failed(location: path, error: .unreadable("\(error)"))
            }
            lineNumber += 1
            if line.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) { continue }
            return event(for: line)
        }
        return nil
    }

    private func event(for line: [UInt8]) -> ReadEvent {
        let location = "\(path):\(lineNumber)"
        if let offset = TextChecks.firstInvalidUTF8(line) {
            return .failed(location: location, error: .invalidUTF8(offset: offset))
        }
        let record: InputRecord
        do {
            record = try decoder.decode(InputRecord.self, from: Data(line))
        } catch {
            return .failed(location: location, error: .malformedRecord("not a JSON input record (\(DecodingFailure.reason(error)))"))
        }
        let kind: RawArticle.ContentKind
        let content: String
        if let html = record.html, !html.isEmpty {
            kind = .html
            content = html
        } else if let text = record.text, !text.isEmpty {
            kind = .text
            content = text
        } else {
            return .skipped(location: location, reason: "record \(record.id) has neither html nor text")
        }
        var bytes = Array(content.utf8)
        if Int64(bytes.count) > limits.maxArticleBytes {
            return .failed(location: location, error: .tooLarge(size: Int64(bytes.count), limit: limits.maxArticleBytes))
        }
        if TextChecks.isBinary(bytes.prefix(FormatDetector.sniffLength)) { return .failed(location: location, error: .binary) }
        bytes = TextChecks.withoutNULs(bytes)
        return .article(RawArticle(origin: path, originOffset: Int64(lineNumber), originRecord: record.id,
                                   externalID: record.id, url: record.url, source: record.source, kind: kind,
                                   // The content was a JSON string: its bytes are UTF-8 whatever the page's own meta says.
                                   bytes: bytes, httpCharset: "utf-8", dateHint: record.date.flatMap(InputDate.isoDay(from:)),
                                   titleHint: record.title))
    }
}
