/// The main content and metadata of one page or text scrape.
public struct ExtractedArticle: Hashable, Codable, Sendable {
    /// Clean plain text: paragraphs separated by a blank line, headings and list items on their own lines.
    public var text: String
    /// The same content as Markdown (headings, lists, block quotes, tables).
    public var markdown: String
    public var metadata: ArticleMetadata
    /// What was removed and why.
    public var removed: [RemovedBlock]

    public init(text: String, markdown: String, metadata: ArticleMetadata, removed: [RemovedBlock] = []) {
        self.text = text
        self.markdown = markdown
        self.metadata = metadata
        self.removed = removed
    }
}
