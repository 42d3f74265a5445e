import Extract
import Ingest
import Model

/// The content extractors the engine uses, one per content kind.
public struct ContentExtractors: Sendable {
    private var byKind: [RawArticle.ContentKind: any ContentExtractor]

    public init(_ extractors: [any ContentExtractor]) {
        byKind = Dictionary(extractors.map { ($0.kind, $0) }, uniquingKeysWith: { _, last in last })
    }

    /// HTML and plain text, sharing one article extractor.
    public static func standard(_ extractor: ArticleExtractor = ArticleExtractor()) -> ContentExtractors {
        ContentExtractors([HTMLContentExtractor(extractor: extractor), PlainTextContentExtractor(extractor: extractor)])
    }

    /// Extracts with the extractor of the article's kind; a kind with none gives an empty article (never expected:
    /// every kind a reader produces has one).
    public func extract(_ raw: RawArticle) -> ExtractedArticle {
        guard let extractor = byKind[raw.kind] else {
            preconditionFailure("no content extractor for \(raw.kind.rawValue)")
        }
        return extractor.extract(raw)
    }
}
