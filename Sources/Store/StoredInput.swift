/// A stored article's raw input and what the input said about it: enough to extract and analyse it again
/// without the source files.
public struct StoredInput: Sendable {
    public var documentID: String
    public var contentHash: String
    public var externalID: String?
    public var origin: String
    public var originOffset: Int64?
    public var originRecord: String?
    public var url: String?
    /// `html` or `text`.
    public var kind: String
    public var rawSize: Int
    /// zlib-compressed raw bytes.
    public var rawDeflate: [UInt8]
    public var httpCharset: String?
    public var inputSource: String?
    public var inputDate: String?
    public var inputTitle: String?

    public init(documentID: String, contentHash: String, externalID: String?, origin: String, originOffset: Int64?,
                originRecord: String?, url: String?, kind: String, rawSize: Int, rawDeflate: [UInt8], httpCharset: String?,
                inputSource: String?, inputDate: String?, inputTitle: String?) {
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
    }
}
