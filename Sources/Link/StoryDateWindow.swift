import Foundation
import Model

/// The stretch of days a story's articles were published in, chosen so that as many articles as possible find
/// their best-scoring day inside it; with how much better it is than any window that does not overlap it.
public struct StoryDateWindow: Sendable, Equatable {
    public var first: CalendarDate
    public var last: CalendarDate
    /// Total score of the window minus that of the best window not overlapping it (large: the year and season are
    /// settled; near 0: another period fits as well).
    public var margin: Double

    public init(first: CalendarDate, last: CalendarDate, margin: Double) {
        self.first = first
        self.last = last
        self.margin = margin
    }

    /// 0.5 when another period fits as well, towards 1 as the margin grows.
    public var confidence: Double { 1 - 0.5 * exp(-max(0, margin)) }

    public func contains(_ day: CalendarDate) -> Bool { first <= day && day <= last }

    /// The window of `length` days maximising the sum over articles of each article's best score inside it;
    /// among equally good windows the middle one. Nil when no article has an informative score.
    public static func best(_ articles: [DayScores], length: Int) -> StoryDateWindow? {
        let informative = articles.filter(\.isInformative)
        guard let domain = informative.first, domain.count >= length, length > 0 else { return nil }
        let starts = domain.count - length + 1
        var totals = Array(repeating: 0.0, count: starts)
        for scores in informative {
            let maxima = slidingMaxima(scores.values, width: length)
            for start in 0..<starts { totals[start] += maxima[start] }
        }
        guard let best = totals.max() else { return nil }
        let tied = totals.indices.filter { totals[$0] >= best - 1e-6 }
        let start = tied[tied.count / 2]
        var rival = -Double.infinity
        for other in 0..<starts where abs(other - start) >= length { rival = max(rival, totals[other]) }
        let margin = rival.isFinite ? best - rival : 20
        return StoryDateWindow(first: domain.day(start), last: domain.day(start + length - 1), margin: margin)
    }

    /// The maximum of every run of `width` values (monotonic deque).
    static func slidingMaxima(_ values: [Double], width: Int) -> [Double] {
        var result: [Double] = []
        result.reserveCapacity(max(0, values.count - width + 1))
        var deque: [Int] = []
        var head = 0
        for index in values.indices {
            while deque.count > head, values[deque[deque.count - 1]] <= values[index] { deque.removeLast() }
            deque.append(index)
            if deque[head] <= index - width { head += 1 }
            if index >= width - 1 { result.append(values[deque[head]]) }
        }
        return result
    }
}
