import Model

/// One ingested article as the store keeps it: its raw input and where it came from, the outlet, the extraction
/// result and the analysed document.
public struct ArticleRecord: Sendable {
    /// The raw input (zlib-compressed) and what the input said about it.
    public var input: StoredInput
    /// Outlet: site name or domain.
    public var source: String?
    /// Domain of the article's URL (or canonical URL), without `www.`.
    public var domain: String?
    public var extracted: ExtractedArticle
    public var document: Document

    /// Stable id of the document (also `document.id`).
    public var documentID: String { input.documentID }

    public init(input: StoredInput, source: String? = nil, domain: String? = nil, extracted: ExtractedArticle, document: Document) {
        self.input = input
        self.source = source
        self.domain = domain
        self.extracted = extracted
        self.document = document
    }
}
