import Analyze
import Foundation
import Model

/// Turns an article's ``PublicationDateClue``s and upper bound into a score for every candidate publication day,
/// using the ``DateClueWeights`` table.
public struct PublicationDayScorer: Sendable {
    public var weights: DateClueWeights

    public init(weights: DateClueWeights = .standard) {
        self.weights = weights
    }

    public func scores(clues: [PublicationDateClue], notAfter: CalendarDate?, first: CalendarDate, count: Int) -> DayScores {
        var scores = DayScores(first: first, count: count)
        for index in 0..<count {
            let day = first.adding(days: index)
            var total = 0.0
            for clue in clues { total += score(clue, day) }
            if let bound = notAfter {
                total += day > bound ? weights.notAfterViolation
                    : -weights.crawlDistancePerYear * Double(bound.dayNumber - day.dayNumber) / 365
            }
            scores.values[index] = total
        }
        return scores
    }

    /// The score one clue gives one candidate day.
    public func score(_ clue: PublicationDateClue, _ day: CalendarDate) -> Double {
        let w = weights
        let tenseFactor = clue.tense == .unknown ? w.unknownTenseFactor : 1
        switch clue.kind {
        case .event(let first, let last):
            let length = last.dayNumber - first.dayNumber + 1
            if clue.tense == .future {
                if day < first { return length > 31 ? 0 : w.futureAttraction * decay(first.dayNumber - day.dayNumber, w.futureDecay) }
                return day <= last ? (length > 31 ? 0 : w.futureAttraction * w.futureInsideFactor) : w.futureEventViolation
            }
            // a year named without tense ("the 2030 games") may lie ahead: only a past one bounds the day
            if day < first { return clue.tense == .unknown && length > 31 ? 0 : w.pastEventViolation * tenseFactor }
            guard length <= 31 else { return 0 }
            return tenseFactor * pastAttraction(gap: max(0, day.dayNumber - last.dayNumber), length: length)
        case .recurring(let month, let firstDay, let lastDay):
            let length = lastDay - firstDay + 1
            func occurrence(_ year: Int) -> (CalendarDate, CalendarDate) {
                let days = CalendarDate.daysIn(month: month, year: year)
                return (CalendarDate(year: year, month: month, day: min(firstDay, days)),
                        CalendarDate(year: year, month: month, day: min(lastDay, days)))
            }
            if clue.tense == .future {
                let (start, end) = occurrence(day.year)
                if start <= day && day <= end { return w.futureAttraction * w.futureInsideFactor }
                let next = start > day ? start : occurrence(day.year + 1).0
                return w.futureAttraction * decay(next.dayNumber - day.dayNumber, w.futureDecay)
            }
            let this = occurrence(day.year)
            let (_, end) = this.0 <= day ? this : occurrence(day.year - 1)
            return tenseFactor * pastAttraction(gap: max(0, day.dayNumber - end.dayNumber), length: length)
        case .weekday(let weekday):
            if clue.tense == .future {
                return w.futureWeekday[(weekday - day.weekday + 7) % 7]
            }
            return tenseFactor * w.pastWeekday[(day.weekday - weekday + 7) % 7]
        case .yearsSince(let year, let years, let moreThan):
            let target = year + years
            if moreThan {
                if day.year < target { return w.pastEventViolation }
                if day.year == target && day.month <= 6 { return w.yearsSinceEarly }
                return day.year > target + 1 ? w.yearsSinceLate : 0
            }
            if day.year < target - 1 || (day.year == target - 1 && day.month <= 6) { return w.pastEventViolation }
            return day.year > target + 1 ? w.yearsSinceLate : 0
        }
    }

    private func decay(_ days: Int, _ scale: Double) -> Double { exp(-Double(days) / scale) }

    private func pastAttraction(gap: Int, length: Int) -> Double {
        if length == 1 {
            return weights.pastDayAttraction * (gap == 0 ? weights.sameDayFactor : decay(gap - 1, weights.pastDayDecay))
        }
        return weights.pastMonthAttraction * decay(gap, weights.pastMonthDecay)
    }
}
