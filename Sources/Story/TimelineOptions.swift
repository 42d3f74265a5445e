import Model

/// The budget and tuning of ``TimelineBuilder``. The tuned constants (the date ranker's weights and the sentence
/// choice below) are chosen by leave-one-topic-out cross-validation on the Timeline17 dev topics
/// (`scripts/cv-timeline.py`, docs/results/timeline.md).
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
    /// Ranks candidate dates by their evidence (publications, mentions on the day, looking back and ahead).
    public var dateRanker = DateRanker.standard
    /// Sentences shorter or longer than this (in words) are not used as timeline text.
    public var minimumWords = 10
    public var maximumWords = 35
    /// A candidate this similar (cosine) to a chosen sentence is redundant.
    public var redundancy: Float = 0.5
    /// A sentence this similar to an event's sentence, from another article, supports the event.
    public var supportSimilarity: Float = 0.3
    /// Score multiplier for sentences that contain a keyword.
    public var keywordBonus: Float = 1.0
    /// Score multiplier for sentences that state the date themselves (rather than by publication).
    public var mentionBonus: Float = 1.2
    /// Only reporting sentences become events: no questions, transcript labels, " | " debris (comments, captions,
    /// page stamps), first-person talk or sentences that lean on the one before (``BriefBuilder/isReporting(_:)``).
    public var reportingOnly = true
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
