/// A stored article's raw input and what the input said about it: enough to extract and analyse it again
/// without the source files. Ingest writes it inside an ``ArticleRecord``; `--reanalyze` reads it back alone.
public struct StoredInput: Sendable {
    /// Stable id of the document (also `document.id`).
    public var documentID: String
    /// SHA-256 (hex) of the raw content: the same content is stored once.
    public var contentHash: String
    /// The id the input gave (JSON Lines `id`).
    public var externalID: String?
    /// The input file (or URL) the article came from.
    public var origin: String
    /// WARC record offset, JSON Lines line or feed item number.
    public var originOffset: Int64?
    /// WARC-Record-ID, JSON Lines id or feed link.
    public var originRecord: String?
    public var url: String?
    /// `html` or `text`.
    public var kind: String
    /// Size of the raw input before compression.
    public var rawSize: Int
    /// The raw input, zlib-compressed.
    public var rawDeflate: [UInt8]
    public var httpCharset: String?
    /// What the input itself said: JSON Lines `source`, `date`, `title`; feed item date and title.
    public var inputSource: String?
    public var inputDate: String?
    public var inputTitle: String?
    /// When the crawler fetched the page (WARC-Date): the article was published no later.
    public var inputCrawlDate: String?

    public init(documentID: String, contentHash: String, externalID: String? = nil, origin: String, originOffset: Int64? = nil,
                originRecord: String? = nil, url: String? = nil, kind: String, rawSize: Int, rawDeflate: [UInt8],
                httpCharset: String? = nil, inputSource: String? = nil, inputDate: String? = nil, inputTitle: String? = nil,
                inputCrawlDate: String? = nil) {
        self.documentID = documentID
        self.contentHash = contentHash
        self.externalID = externalID
        self.origin = origin
        self.originOffset = originOffset
        self.originRecord = originRecord
        self.url = url
        self.kind = kind
        self.rawSize = rawSize
        self.rawDeflate = rawDeflate
        self.httpCharset = httpCharset
        self.inputSource = inputSource
        self.inputDate = inputDate
        self.inputTitle = inputTitle
        self.inputCrawlDate = inputCrawlDate
    }
}
