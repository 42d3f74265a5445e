/// A sentence an outlet repeats across many of its articles (comment-section furniture, promotions, teasers of other
/// stories, wire trailers): that outlet's boilerplate, left out of what is analysed and kept visible with its count.
public struct BoilerplateSentence: Hashable, Codable, Sendable {
    /// The outlet repeating it.
    public var source: String
    /// The sentence as the first article holding it has it.
    public var text: String
    /// The number of distinct article texts of the outlet holding it (exact copies count once).
    public var articleCount: Int
    /// Where it occurs: document id and the UTF-8 span of the sentence in that document.
    public var occurrences: [Occurrence]

    /// One place the sentence occurs.
    public struct Occurrence: Hashable, Codable, Sendable {
        public var document: String
        public var start: Int
        public var end: Int

        public init(document: String, start: Int, end: Int) {
            self.document = document
            self.start = start
            self.end = end
        }
    }

    public init(source: String, text: String, articleCount: Int, occurrences: [Occurrence]) {
        self.source = source
        self.text = text
        self.articleCount = articleCount
        self.occurrences = occurrences
    }

    /// The removal reason shown with each occurrence.
    public var reason: String { "outlet boilerplate: repeated in \(articleCount) \(source) articles" }
}
