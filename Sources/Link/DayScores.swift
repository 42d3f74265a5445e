import Model

/// Scores over a contiguous range of candidate days (index 0 = `first`).
public struct DayScores: Sendable {
    public let first: CalendarDate
    public var values: [Double]

    public init(first: CalendarDate, count: Int, value: Double = 0) {
        self.first = first
        self.values = Array(repeating: value, count: count)
    }

    public var count: Int { values.count }
    public func day(_ index: Int) -> CalendarDate { first.adding(days: index) }
    public func index(of day: CalendarDate) -> Int { day.dayNumber - first.dayNumber }

    /// True when some days score differently from others.
    public var isInformative: Bool {
        guard let low = values.min(), let high = values.max() else { return false }
        return high - low > 1e-9
    }
}
