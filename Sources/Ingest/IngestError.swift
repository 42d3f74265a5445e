/// Why an input, or a record inside one, could not be ingested. `description` is the one-line reason.
public enum IngestError: Error, Sendable, Equatable, CustomStringConvertible {
    case unreadable(String)
    case empty
    case tooLarge(size: Int64, limit: Int64)
    case binary
    case invalidUTF8(offset: Int)
    case unknownEncoding(String)
    case truncatedGzip
    case corruptGzip(String)
    case truncatedWARC(records: Int)
    case malformedWARC(String)
    case malformedRecord(String)
    case malformedFeed(String)
    case unknownFormat
    case unsupportedCompression(String)
    case fetchFailed(url: String, reason: String)

    public var description: String {
        switch self {
        case .unreadable(let reason): return "cannot read: \(reason)"
        case .empty: return "empty file"
        case .tooLarge(let size, let limit):
            return "too large (\(ByteCount.format(size)) > limit \(ByteCount.format(limit)); raise it with --max-size)"
        case .binary: return "binary content (not HTML, text, WARC, JSON Lines or a feed)"
        case .invalidUTF8(let offset): return "invalid UTF-8 at byte \(offset) (text inputs must be UTF-8)"
        case .unknownEncoding(let label): return "unknown character encoding '\(label)'"
        case .truncatedGzip: return "truncated gzip stream"
        case .corruptGzip(let reason): return "corrupt gzip stream (\(reason))"
        case .truncatedWARC(let records): return "truncated WARC after \(records) complete records"
        case .malformedWARC(let reason): return "malformed WARC (\(reason))"
        case .malformedRecord(let reason): return reason
        case .malformedFeed(let reason): return "malformed RSS/Atom feed (\(reason))"
        case .unknownFormat: return "unrecognised format"
        case .unsupportedCompression(let kind): return "\(kind) compressed (only gzip is read; decompress it first)"
        case .fetchFailed(let url, let reason): return "fetching \(url) failed: \(reason)"
        }
    }
}
