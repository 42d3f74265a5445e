import Model

/// One thing an article's own text says about when it was published: a dated or month-named event said in the past
/// or future tense, a weekday of a reported event, or a span of years counted back from a named year ("in 2014 …
/// more than seven years ago"). The cross-article date resolver (`Link.StoryDateResolver`) turns clues into scores
/// over candidate publication days.
public struct PublicationDateClue: Hashable, Sendable {
    /// What the clue constrains.
    public enum Kind: Hashable, Sendable {
        /// An event with a written year: the days `first…last` (one day, a month, a year, a decade).
        case event(first: CalendarDate, last: CalendarDate)
        /// A month (and day) without a year: days `firstDay…lastDay` of `month` in some year.
        case recurring(month: Int, firstDay: Int, lastDay: Int)
        /// A weekday (ISO: Monday = 1 … Sunday = 7) of a reported event.
        case weekday(Int)
        /// "`years` years ago" said of something that happened in `year`: published about `year + years`
        /// (`moreThan`: at least that many years).
        case yearsSince(year: Int, years: Int, moreThan: Bool)
    }

    /// The tense of the clause the expression sits in.
    public enum Tense: String, Hashable, Sendable { case past, future, unknown }

    public var kind: Kind
    public var tense: Tense
    /// The words of the time expression (for the evidence line).
    public var text: String
    /// UTF-8 byte span of the expression in the text.
    public var span: Span

    public init(kind: Kind, tense: Tense, text: String, span: Span) {
        self.kind = kind
        self.tense = tense
        self.text = text
        self.span = span
    }
}
