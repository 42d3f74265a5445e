/// A sentence of a document's text.
public struct Sentence: Hashable, Codable, Sendable {
    public var span: Span
    /// Index of the paragraph (blank-line or line-break separated block) the sentence is in.
    public var paragraph: Int

    public init(span: Span, paragraph: Int) {
        self.span = span
        self.paragraph = paragraph
    }
}
