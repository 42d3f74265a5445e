import Extract
import Ingest
import Model

/// Turns one kind of raw content into clean text with metadata. The engine keeps one per content kind
/// (``ContentExtractors``); a new kind of content is a new conformer registered there.
public protocol ContentExtractor: Sendable {
    /// The content kind it reads.
    var kind: RawArticle.ContentKind { get }
    func extract(_ raw: RawArticle) -> ExtractedArticle
}

/// HTML pages: main-content finding, boilerplate removal and metadata (``Extract/ArticleExtractor``).
public struct HTMLContentExtractor: ContentExtractor {
    let extractor: ArticleExtractor
    public init(extractor: ArticleExtractor = ArticleExtractor()) { self.extractor = extractor }
    public var kind: RawArticle.ContentKind { .html }
    public func extract(_ raw: RawArticle) -> ExtractedArticle {
        extractor.extract(htmlBytes: raw.bytes, httpCharset: raw.httpCharset, url: raw.url)
    }
}

/// Plain-text scrapes: site debris, bylines and datelines cleaned out (``Extract/ArticleExtractor``).
public struct PlainTextContentExtractor: ContentExtractor {
    let extractor: ArticleExtractor
    public init(extractor: ArticleExtractor = ArticleExtractor()) { self.extractor = extractor }
    public var kind: RawArticle.ContentKind { .text }
    public func extract(_ raw: RawArticle) -> ExtractedArticle {
        extractor.extract(plainText: String(decoding: raw.bytes, as: UTF8.self), url: raw.url)
    }
}
