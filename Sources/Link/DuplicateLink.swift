/// One document found to copy another, with the evidence.
public struct DuplicateLink: Hashable, Codable, Sendable {
    /// How much of the text is shared.
    public enum Kind: String, Codable, Sendable {
        /// The same words in the same order (case, punctuation and spacing aside).
        case exact
        /// Most of both texts is shared (shingle Jaccard ≥ the near-duplicate threshold).
        case nearDuplicate = "near-duplicate"
        /// Most of the shorter text appears in the longer one (a trimmed or extended copy).
        case contained
        /// A short listing of the article (a feed item or teaser): the same headline or link, a few words of text.
        case teaser
    }

    /// The document kept as the original (earliest published, then longest).
    public var original: String
    /// The document marked as the copy (never deleted).
    public var copy: String
    public var kind: Kind
    /// True when the two documents come from different outlets: syndication or republishing.
    public var crossOutlet: Bool
    /// Jaccard similarity of the two shingle sets (exact, not the MinHash estimate).
    public var jaccard: Double
    /// Share of the smaller shingle set found in the larger one.
    public var containment: Double
    /// Paragraph index pairs (original, copy) whose normalised text is identical.
    public var sharedParagraphs: [ParagraphPair]
    /// A one-line human-readable reason.
    public var reason: String

    /// A pair of paragraph indices, one in each document.
    public struct ParagraphPair: Hashable, Codable, Sendable {
        public var original: Int
        public var copy: Int
    }

    public init(original: String, copy: String, kind: Kind, crossOutlet: Bool, jaccard: Double, containment: Double,
                sharedParagraphs: [ParagraphPair], reason: String) {
        self.original = original
        self.copy = copy
        self.kind = kind
        self.crossOutlet = crossOutlet
        self.jaccard = jaccard
        self.containment = containment
        self.sharedParagraphs = sharedParagraphs
        self.reason = reason
    }
}
