import CLibXML2
import Model

/// SKELETON — main-content extraction and metadata for HTML pages and plain-text scrapes.
public struct ArticleExtractor: Sendable {
    public init() {}

    /// Extracts from decoded HTML.
    public func extract(html: String, url: String? = nil) -> ExtractedArticle {
        ExtractedArticle(text: "", markdown: "", metadata: ArticleMetadata(url: url))
    }

    /// Extracts from raw HTML bytes, finding the encoding (BOM, HTTP charset, meta charset, detection).
    public func extract(htmlBytes: [UInt8], httpCharset: String? = nil, url: String? = nil) -> ExtractedArticle {
        extract(html: String(decoding: htmlBytes, as: UTF8.self), url: url)
    }

    /// Cleans a plain-text scrape (site debris inside the text).
    public func extract(plainText: String, url: String? = nil) -> ExtractedArticle {
        ExtractedArticle(text: plainText, markdown: plainText, metadata: ArticleMetadata(url: url))
    }
}
