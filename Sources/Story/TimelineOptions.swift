import Model

/// The budget and tuning of ``TimelineBuilder``.
public struct TimelineOptions: Sendable {
    /// How many dates to output.
    public var dates: Int
    /// At most this many sentences (events) per date.
    public var sentencesPerDate: Int
    /// Only dates within `[start, end]` (inclusive) are chosen, when given.
    public var start: CalendarDate?
    public var end: CalendarDate?
    /// Query words; sentences containing one are preferred (optional).
    public var keywords: [String]
    /// How much an article published on a date adds to the date's score, against 1 per sentence mentioning it.
    public var publicationWeight = 0.5
    /// Weight of a mention of a date later than the article's publication (plans, deadlines).
    public var futureMentionWeight = 0.3
    /// Weight of a mention resolved against an estimated publication date.
    public var estimatedAnchorWeight = 0.7
    /// Weight of a mention from an article published at least `laterMentionDays` after the date (a look back:
    /// events that later reports still refer to matter more than the day's bulk coverage).
    public var laterMentionWeight = 4.0
    public var laterMentionDays = 2
    /// Count a date once per article rather than once per sentence.
    public var mentionsPerArticle = true
    /// Divide a date's score by (1 + articles published within ± `volumeWindowDays`)^`volumeExponent`, so dense
    /// coverage periods do not take every date.
    public var volumeExponent = 0.0
    public var volumeWindowDays = 3
    /// Sentences shorter or longer than this (in words) are not used as timeline text.
    public var minimumWords = 10
    public var maximumWords = 35
    /// A candidate this similar (cosine) to a chosen sentence is redundant.
    public var redundancy: Float = 0.5
    /// A sentence this similar to an event's sentence, from another article, supports the event.
    public var supportSimilarity: Float = 0.3
    /// Score multiplier for sentences that contain a keyword.
    public var keywordBonus: Float = 1.5
    /// Score multiplier for sentences that state the date themselves (rather than by publication).
    public var mentionBonus: Float = 1.2
    /// Collect supporting sentences and quotes per event (not needed for the evaluation output).
    public var collectSupport = true

    public init(dates: Int = 10, sentencesPerDate: Int = 2, start: CalendarDate? = nil, end: CalendarDate? = nil,
                keywords: [String] = []) {
        self.dates = dates
        self.sentencesPerDate = sentencesPerDate
        self.start = start
        self.end = end
        self.keywords = keywords
    }

    func contains(_ date: CalendarDate) -> Bool {
        if let start, date < start { return false }
        if let end, end < date { return false }
        return true
    }
}
