import Link

/// Everything `storyline brief` prints about one story.
public struct Brief: Codable, Sendable {
    public var story: String
    public var title: String
    public var articles: [ArticleEntry]
    /// The extractive summary: each sentence cites its article and outlet.
    public var summary: [SummarySentence]
    public var timeline: Timeline
    public var actors: [Actor]
    public var quotes: [QuoteBookEntry]
    /// Every group of aligned numeric claims; disagreements and updates first.
    public var claims: [ClaimGroup]
    public var coverage: Coverage
    public var duplicates: [DuplicateLink]

    /// One article of the story and how its date is known.
    public struct ArticleEntry: Codable, Sendable {
        public var id: String
        /// The id the input gave the article (what users cite it by), else `id`.
        public var article: String
        public var outlet: String
        public var title: String?
        public var published: String?
        /// input, meta, contentEstimate, …
        public var dateSource: String?
        public var dateConfidence: Double?
        public var dateEvidence: String?
        public var estimated: Bool
        /// For an estimate: the earliest and latest days the evidence leaves plausible.
        public var plausibleFrom: String?
        public var plausibleTo: String?
        /// Set when the article is a copy of another.
        public var copyOf: String?
    }

    /// A summary sentence and why it was chosen.
    public struct SummarySentence: Codable, Sendable {
        public var citation: SentenceCitation
        public var score: Double
        /// Other outlets with a similar sentence.
        public var alsoReportedBy: [String]
    }

    /// What one speaker said, across articles.
    public struct QuoteBookEntry: Codable, Sendable {
        public var speaker: String
        public var actor: String?
        public var quotes: [QuoteCitation]
    }

    /// How much each outlet, and each day, covered the story.
    public struct Coverage: Codable, Sendable {
        public struct Outlet: Codable, Sendable {
            public var outlet: String
            public var articles: Int
            public var first: String?
            public var last: String?
        }
        public struct Day: Codable, Sendable {
            public var date: String
            public var articles: Int
            public var outlets: [String]
        }
        public var outlets: [Outlet]
        public var days: [Day]
        public var undated: Int
    }
}
