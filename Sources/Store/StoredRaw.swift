/// The raw input of a stored article, for re-extraction without the source files.
public struct StoredRaw: Sendable {
    public var documentID: String
    public var kind: String
    public var url: String?
    public var httpCharset: String?
    public var rawSize: Int
    /// zlib-compressed bytes.
    public var rawDeflate: [UInt8]

    public init(documentID: String, kind: String, url: String?, httpCharset: String?, rawSize: Int, rawDeflate: [UInt8]) {
        self.documentID = documentID
        self.kind = kind
        self.url = url
        self.httpCharset = httpCharset
        self.rawSize = rawSize
        self.rawDeflate = rawDeflate
    }
}
