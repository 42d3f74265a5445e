/// What we know about an article besides its text.
public struct ArticleMetadata: Hashable, Codable, Sendable {
    public var title: String?
    public var authors: [String]
    public var published: DateAttribution?
    public var modified: DateAttribution?
    public var siteName: String?
    public var url: String?
    public var canonicalURL: String?
    /// ISO 639-1 code.
    public var language: String?
    /// The outlet (site name or domain) the article is attributed to.
    public var source: String?
    /// The id the input gave the article (a JSON Lines `id`), which users cite it by.
    public var inputID: String?
    /// The latest day the article can have been published: a page header showing the day the page was fetched, or
    /// the crawl date of its WARC record. An upper bound, never the publication date itself.
    public var notAfter: CalendarDate?

    public init(title: String? = nil, authors: [String] = [], published: DateAttribution? = nil,
                modified: DateAttribution? = nil, siteName: String? = nil, url: String? = nil,
                canonicalURL: String? = nil, language: String? = nil, source: String? = nil,
                notAfter: CalendarDate? = nil, inputID: String? = nil) {
        self.title = title
        self.authors = authors
        self.published = published
        self.modified = modified
        self.siteName = siteName
        self.url = url
        self.canonicalURL = canonicalURL
        self.language = language
        self.source = source
        self.notAfter = notAfter
        self.inputID = inputID
    }
}
