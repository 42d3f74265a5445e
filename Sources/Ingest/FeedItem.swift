/// One item of an RSS or Atom feed.
public struct FeedItem: Sendable, Equatable {
    public var title: String?
    public var link: String?
    /// The item date as `YYYY-MM-DD` when it could be read.
    public var date: String?
    /// The description / summary / content, usually HTML.
    public var content: String?
    public var id: String?

    public init(title: String? = nil, link: String? = nil, date: String? = nil, content: String? = nil, id: String? = nil) {
        self.title = title
        self.link = link
        self.date = date
        self.content = content
        self.id = id
    }
}
