import Foundation

/// One article as read from an input, before extraction: the raw bytes and everything the input says about them.
///
/// Readers (HTML, text, WARC, JSON Lines, feeds) produce these; the ingest command extracts, analyses and stores them.
public struct RawArticle: Sendable {
    /// Whether the bytes are an HTML page or a plain-text scrape.
    public enum ContentKind: String, Sendable, Codable {
        case html
        case text
    }

    /// The input file the article came from (`-` for standard input, a URL for fetched pages).
    public var origin: String
    /// Byte offset of the WARC record in the file (of the gzip member for .warc.gz), or the line number of a
    /// JSON Lines record; nil for whole-file inputs.
    public var originOffset: Int64?
    /// The WARC-Record-ID, JSON Lines `id` or feed item link, when there is one.
    public var originRecord: String?
    /// The id given with the input (JSON Lines `id`).
    public var externalID: String?
    public var url: String?
    /// The outlet as the input names it (JSON Lines `source`); nil when the input does not say.
    public var source: String?
    public var kind: ContentKind
    public var bytes: [UInt8]
    /// The charset from the HTTP Content-Type header (WARC, fetched pages).
    public var httpCharset: String?
    /// A publication date given with the input (JSON Lines `date`, feed item date, WARC-Date is *not* used).
    public var dateHint: String?
    /// A title given with the input (JSON Lines `title`, feed item title).
    public var titleHint: String?
    /// When the page was fetched (WARC-Date): an upper bound on the publication day, never the date itself.
    public var crawlDate: String? = nil

    public init(origin: String, originOffset: Int64? = nil, originRecord: String? = nil, externalID: String? = nil,
                url: String? = nil, source: String? = nil, kind: ContentKind, bytes: [UInt8],
                httpCharset: String? = nil, dateHint: String? = nil, titleHint: String? = nil) {
        self.origin = origin
        self.originOffset = originOffset
        self.originRecord = originRecord
        self.externalID = externalID
        self.url = url
        self.source = source
        self.kind = kind
        self.bytes = bytes
        self.httpCharset = httpCharset
        self.dateHint = dateHint
        self.titleHint = titleHint
    }

    /// The domain of `url` without `www.` (`gazette.example`).
    public var domain: String? { url.flatMap(SiteName.domain(ofURL:)) }

    /// SHA-256 of the content kind and bytes, hex: equal content is stored once.
    public var contentHash: String {
        var hasher = SHA256()
        hasher.update(Array(kind.rawValue.utf8))
        hasher.update([0])
        hasher.update(bytes)
        return hasher.finalizeHex()
    }
}
