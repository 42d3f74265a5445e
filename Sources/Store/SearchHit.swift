/// One search result.
public struct SearchHit: Sendable, Codable, Equatable {
    public var documentID: String
    /// How users cite the article: the id its input gave it, else the document id.
    public var article: String
    public var title: String?
    public var source: String?
    public var url: String?
    /// Publication date `YYYY-MM-DD` when known.
    public var date: String?
    /// bm25 score (lower is better, as SQLite reports it); 0 for date-only queries.
    public var score: Double
    /// A fragment of the text with the matched terms between the highlight markers.
    public var snippet: String
    public var origin: String

    public init(documentID: String, article: String? = nil, title: String?, source: String?, url: String?, date: String?,
                score: Double, snippet: String, origin: String) {
        self.documentID = documentID
        self.article = article ?? documentID
        self.title = title
        self.source = source
        self.url = url
        self.date = date
        self.score = score
        self.snippet = snippet
        self.origin = origin
    }
}
