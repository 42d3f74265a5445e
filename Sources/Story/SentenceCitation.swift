import Link
import Model

/// A sentence quoted from an article, with what is needed to cite it.
public struct SentenceCitation: Hashable, Codable, Sendable {
    public var document: String
    /// How users cite the article: its input id, else the document id.
    public var article: String
    /// The article's title (or its opening words when it has none).
    public var title: String
    public var outlet: String
    /// The article's publication date (`YYYY-MM-DD`), if known.
    public var published: String?
    /// True when that date was estimated from the content.
    public var publishedEstimated: Bool?
    /// Index of the sentence in the article.
    public var sentence: Int
    /// The sentence text, white space collapsed.
    public var text: String

    /// `title`: the document's ``Model/Document/displayTitle(limit:)`` when the caller has it already.
    public init(document: Document, sentence index: Int, title: String? = nil) {
        self.document = document.id
        article = document.reference
        self.title = title ?? document.displayTitle()
        outlet = document.outlet
        published = document.publishedDate?.description
        publishedEstimated = document.metadata.published?.isEstimated == true ? true : nil
        sentence = index
        text = SentenceText.cleanSentence(document.text(of: document.sentences[index].span))
    }
}
