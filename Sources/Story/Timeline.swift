/// A dated timeline of a story: the dates chosen, and for each the events reported on it.
public struct Timeline: Codable, Sendable {
    public var entries: [TimelineEntry]

    public init(entries: [TimelineEntry]) {
        self.entries = entries
    }
}

/// One date of a timeline.
public struct TimelineEntry: Codable, Sendable {
    public var date: String
    /// The date's rank score (mentions plus weighted publications).
    public var score: Double
    /// Sentences whose time expressions resolve to this date.
    public var mentions: Int
    /// Articles published on this date.
    public var published: Int
    public var events: [TimelineEvent]

    public init(date: String, score: Double, mentions: Int, published: Int, events: [TimelineEvent]) {
        self.date = date
        self.score = score
        self.mentions = mentions
        self.published = published
        self.events = events
    }
}

/// What happened on a date, as one or more outlets report it.
public struct TimelineEvent: Codable, Sendable {
    /// The sentence chosen to state the event.
    public var sentence: SentenceCitation
    /// Why the sentence is dated here: the time expression ("on Tuesday" → 2021-12-21) or "published that day".
    public var dateEvidence: String
    /// Other articles' sentences reporting the same event on the same date.
    public var support: [SentenceCitation]
    /// Every outlet reporting the event (the chosen sentence's first).
    public var outlets: [String]
    /// Quotes in the event's sentences.
    public var quotes: [QuoteCitation]

    public init(sentence: SentenceCitation, dateEvidence: String, support: [SentenceCitation], outlets: [String],
                quotes: [QuoteCitation]) {
        self.sentence = sentence
        self.dateEvidence = dateEvidence
        self.support = support
        self.outlets = outlets
        self.quotes = quotes
    }
}
