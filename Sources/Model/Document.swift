/// One article and every annotation the pipeline has made on it.
///
/// All spans are UTF-8 byte offsets into `text`. Each analyzer owns one field.
public struct Document: Sendable, Codable {
    public var id: String
    /// Clean main text: paragraphs separated by blank lines.
    public var text: String
    public var metadata: ArticleMetadata

    public var sentences: [Sentence] = []
    public var timexes: [Timex] = []
    public var quantities: [Quantity] = []
    public var entities: [EntityMention] = []
    public var entityClusters: [EntityCluster] = []
    public var quotes: [Quote] = []

    public init(id: String, text: String, metadata: ArticleMetadata = ArticleMetadata()) {
        self.id = id
        self.text = text
        self.metadata = metadata
    }

    /// The text of a span.
    public func text(of span: Span) -> String {
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: max(0, min(span.start, utf8.count)))
        let upper = utf8.index(utf8.startIndex, offsetBy: max(0, min(span.end, utf8.count)))
        return String(decoding: utf8[lower..<upper], as: UTF8.self)
    }

    /// The sentence containing a byte offset, if any.
    public func sentenceIndex(containing offset: Int) -> Int? {
        var low = 0, high = sentences.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let span = sentences[mid].span
            if offset < span.start { high = mid - 1 } else if offset >= span.end { low = mid + 1 } else { return mid }
        }
        return nil
    }
}
