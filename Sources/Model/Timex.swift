/// A time expression normalised to a TIMEX3 value.
public struct Timex: Hashable, Codable, Sendable {
    /// TIMEX3 types.
    public enum Kind: String, Codable, Sendable { case date = "DATE", time = "TIME", duration = "DURATION", set = "SET" }

    public var span: Span
    public var kind: Kind
    /// TIMEX3 value: `2021-12-23`, `2021-W50`, `2021-12`, `199X`, `P7Y`, `PRESENT_REF`, …
    public var value: String
    /// TIMEX3 mod: EARLY, LATE, APPROX, START, END, MORE_THAN, LESS_THAN, …
    public var modifier: String?
    /// True when the value was resolved against an estimated document date.
    public var anchoredToEstimate: Bool

    public init(span: Span, kind: Kind, value: String, modifier: String? = nil, anchoredToEstimate: Bool = false) {
        self.span = span
        self.kind = kind
        self.value = value
        self.modifier = modifier
        self.anchoredToEstimate = anchoredToEstimate
    }
}
