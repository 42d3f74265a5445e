/// A paragraph an outlet repeats across different articles (sign-up boxes, "Leave a reply", standard
/// background paragraphs): marked so it is not counted as shared reporting.
public struct BoilerplateParagraph: Hashable, Codable, Sendable {
    /// The outlet repeating it.
    public var source: String
    public var text: String
    /// The documents containing it, with the paragraph index in each.
    public var occurrences: [Occurrence]

    /// Where the paragraph occurs.
    public struct Occurrence: Hashable, Codable, Sendable {
        public var document: String
        public var paragraph: Int
    }

    public init(source: String, text: String, occurrences: [Occurrence]) {
        self.source = source
        self.text = text
        self.occurrences = occurrences
    }
}
