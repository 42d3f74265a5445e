import Model

/// A time expression found by ``TemporalGrammar``: a token range with its TIMEX3 type, value and modifier.
struct TemporalMatch: Sendable {
    /// Token range, end exclusive.
    var start: Int
    var end: Int
    var kind: Timex.Kind
    var value: String
    var modifier: String?
    /// How fine the value is, for modifiers and context ("a year earlier" after a quarter).
    var granularity: Granularity = .other
    /// True for "… ago / earlier / later" expressions (hedges may precede them).
    var isOffset = false

    enum Granularity: Sendable { case century, decade, year, half, quarter, season, month, week, day, time, partOfDay, other }
}
