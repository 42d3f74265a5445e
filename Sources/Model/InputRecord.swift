/// One line of a JSON Lines input: `{"id", "text"?, "html"?, "url"?, "date"?, "source"?, "title"?}`.
public struct InputRecord: Codable, Sendable {
    public var id: String
    public var text: String?
    public var html: String?
    public var url: String?
    /// Publication date when known (`YYYY-MM-DD`, longer timestamps allowed).
    public var date: String?
    public var source: String?
    public var title: String?

    public init(id: String, text: String? = nil, html: String? = nil, url: String? = nil, date: String? = nil,
                source: String? = nil, title: String? = nil) {
        self.id = id
        self.text = text
        self.html = html
        self.url = url
        self.date = date
        self.source = source
        self.title = title
    }
}
