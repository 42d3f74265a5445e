import Model

/// A calendar day a sentence refers to through one of its time expressions.
public struct DateMention: Hashable, Sendable {
    public var date: CalendarDate
    /// The time expression's span in the document.
    public var span: Span
    /// True when the value was resolved against an estimated publication date.
    public var anchoredToEstimate: Bool

    /// The day a timex resolves to: DATE/TIME values that start with a full `YYYY-MM-DD`, without a
    /// before/after modifier. Weeks, months, years, durations and sets are not days.
    public static func day(of timex: Timex) -> CalendarDate? {
        guard timex.kind == .date || timex.kind == .time else { return nil }
        if let modifier = timex.modifier, excludedModifiers.contains(modifier) { return nil }
        let value = timex.value
        guard value.utf8.count >= 10 else { return nil }
        if value.utf8.count > 10 {
            let next = value.utf8[value.utf8.index(value.utf8.startIndex, offsetBy: 10)]
            guard next == UInt8(ascii: "T") || next == UInt8(ascii: " ") else { return nil }
        }
        return CalendarDate(iso: value)
    }

    /// TIMEX3 modifiers that make a value a bound rather than the day itself.
    static let excludedModifiers: Set<String> = ["BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER", "LESS_THAN",
                                                 "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE"]
}
