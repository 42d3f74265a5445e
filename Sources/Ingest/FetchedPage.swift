/// A page downloaded by ``PageFetcher``.
public struct FetchedPage: Sendable {
    public var url: String
    public var status: Int
    /// Media type without parameters, lowercased.
    public var mediaType: String?
    public var charset: String?
    public var body: [UInt8]

    public init(url: String, status: Int, mediaType: String?, charset: String?, body: [UInt8]) {
        self.url = url
        self.status = status
        self.mediaType = mediaType
        self.charset = charset
        self.body = body
    }
}
