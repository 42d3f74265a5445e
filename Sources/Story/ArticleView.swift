import Link
import Model

/// One article as `storyline show` and the web desk present it: what it is, where it came from, how its date is
/// known, and its text with every annotation located by Unicode code-point offsets into `text`.
public struct ArticleView: Encodable, Sendable {
    /// A located annotation.
    public struct Item: Encodable, Sendable {
        public var start: Int
        public var end: Int
        public var text: String
        /// Entity label, TIMEX3 value, number with unit, or quote kind.
        public var value: String
        /// A quote's speaker; a time expression's TIMEX3 type; an entity's cluster name.
        public var detail: String?
    }

    public var article: String
    public var documentID: String
    public var title: String
    public var outlet: String
    public var url: String?
    public var authors: [String]
    public var published: String?
    public var dateSource: String?
    public var dateConfidence: Double?
    public var dateEvidence: String?
    public var story: String?
    public var copyOf: String?
    public var text: String
    public var quotes: [Item]
    public var entities: [Item]
    public var timexes: [Item]
    public var numbers: [Item]

    public init(_ document: Document, story: String? = nil, copyOf: String? = nil) {
        article = document.reference
        documentID = document.id
        title = document.displayTitle()
        outlet = document.outlet
        url = document.metadata.canonicalURL ?? document.metadata.url
        authors = document.metadata.authors
        published = document.publishedDate?.description
        dateSource = document.metadata.published?.source.rawValue
        dateConfidence = document.metadata.published?.confidence
        dateEvidence = document.metadata.published?.evidence
        self.story = story
        self.copyOf = copyOf
        text = document.text
        let map = CodePointMap(document.text)
        func item(_ span: Span, _ value: String, _ detail: String?) -> Item {
            let offsets = map.codePoints(of: span)
            return Item(start: offsets.start, end: offsets.end, text: document.text(of: span), value: value, detail: detail)
        }
        quotes = document.quotes.map { quote in
            item(quote.span, quote.kind.rawValue, quote.speakerName ?? quote.speaker.map { document.text(of: $0) })
        }
        entities = document.entities.map { mention in
            let cluster = mention.cluster >= 0 && mention.cluster < document.entityClusters.count ? document.entityClusters[mention.cluster].name : nil
            return item(mention.span, mention.label.rawValue, cluster)
        }
        timexes = document.timexes.map { item($0.span, $0.value, $0.kind.rawValue) }
        numbers = document.quantities.map { item($0.span, ArticleMarkup.label($0), $0.describes) }
    }
}
