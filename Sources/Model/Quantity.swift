/// A number in the text with what it counts or measures.
public struct Quantity: Hashable, Codable, Sendable {
    public var span: Span
    /// The value, or the low end of a range.
    public var value: Double
    /// The high end of a range ("5-10 minutes"), nil for a single value.
    public var high: Double?
    /// Unit or counted noun: "troops", "percent", "dollar", "people displaced".
    public var unit: String?
    /// Hedge as written: "at least", "nearly", "more than", "about", "up to".
    public var hedge: String?
    /// The words the quantity describes, where the sentence says it (e.g. "killed" in "has killed nearly 13,000").
    public var describes: String?

    public init(span: Span, value: Double, high: Double? = nil, unit: String? = nil, hedge: String? = nil,
                describes: String? = nil) {
        self.span = span
        self.value = value
        self.high = high
        self.unit = unit
        self.hedge = hedge
        self.describes = describes
    }
}
