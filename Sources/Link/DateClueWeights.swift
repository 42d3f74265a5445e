/// The table of scores the story date resolver gives a candidate publication day for each kind of date clue.
/// Scores are log-odds-like: +1 makes a day about e times as likely; violations of firm constraints are large
/// negatives rather than exclusions, so contradictory clues still leave a best day.
public struct DateClueWeights: Sendable {
    /// A day before an event the text says already happened.
    public var pastEventViolation = -8.0
    /// A day after a future event's end.
    public var futureEventViolation = -4.0
    /// A day after the page's upper bound (page header date, crawl date).
    public var notAfterViolation = -20.0
    /// How much a day-level past event (or month-day) attracts the publication day, and its decay in days.
    public var pastDayAttraction = 2.0
    public var pastDayDecay = 20.0
    /// Factor for publishing on the very day of an event cited by its date (news cite same-day events by weekday
    /// or "today").
    public var sameDayFactor = 0.6
    /// A month-level past event ("in early December"): attraction and decay in days after its end.
    public var pastMonthAttraction = 1.5
    public var pastMonthDecay = 30.0
    /// A future event: attraction and decay in days before its start; a day inside the event's own month.
    public var futureAttraction = 1.5
    public var futureDecay = 45.0
    public var futureInsideFactor = 0.3
    /// Clues whose tense is unknown count this much of a past clue (news mostly reports the past).
    public var unknownTenseFactor = 0.5
    /// A past weekday, by days from it to the publication day (0…6).
    public var pastWeekday: [Double] = [1.0, 1.0, 0.6, 0.3, 0.15, 0.1, 0.1]
    /// A future weekday, by days from the publication day to it (0…6; 0 means a week ahead).
    public var futureWeekday: [Double] = [0.2, 1.0, 1.0, 0.8, 0.6, 0.4, 0.3]
    /// "N years ago": a day in the first half of the year N years on ("more than": before it is a violation) and a
    /// day more than a year after it.
    public var yearsSinceEarly = -1.0
    public var yearsSinceLate = -1.0
    /// Pages are usually fetched within months of publication: penalty per year before the upper bound.
    public var crawlDistancePerYear = 0.5
    /// Articles of one story are published close together: weight of a similar article's date, and decay in days.
    public var neighbourWeight = 1.0
    public var neighbourDecay = 7.0

    /// A day on which a relative expression falls in the month (week, day) of the same event named in another article
    /// (``DateAlignment``), at full match strength (`alignmentFullStrength`).
    public var alignmentWeight = 2.0
    public var alignmentFullStrength = 6.0
    /// A day on the wrong side of another article's date for a count that grows (``CountOrdering``: the article with the
    /// larger figure is probably the later one), by how many content words the two figures' sentences share (0, 1, 2,
    /// 3 or more; the counted nouns and the story's subject words do not count). Measured on T17 dev with true dates
    /// (`countOrderingsAgainstTrueDates`, docs/results/dates.md): the larger figure is later / same day / earlier in
    /// 43 / 24 / 33 % of 906 orderings, 41 / 22 / 37 % with 1+ shared words, 52 / 21 / 27 % with 2+, 63 / 12 / 25 %
    /// with 3+; the weights are those log-odds (ln later/earlier). Counts that only grow were no more reliable than
    /// others (42/24/33 vs 44/23/34 %), so both weigh the same. With several orderings an article's penalty is their
    /// mean; the step at the other article's day is soft, in days (firmly dated other article / estimated one).
    public var countTrendWeights: [Double] = [0.25, 0.1, 0.65, 0.9]
    public var countTrendFirmSoftness = 1.0
    public var countTrendEstimatedSoftness = 5.0
    /// The share of the score mass the plausible range given with an estimate holds (`earliest…latest`).
    public var plausibleMass = 0.9

    /// A per-article estimate already on the document is kept when it lies in the story window and scores at most
    /// this much below the best day (the story does not contradict it).
    public var keepEstimateTolerance = 1.0

    public init() {}

    /// The default table.
    public static let standard = DateClueWeights()
}
