import Model

/// Calendar arithmetic and TIMEX3 value formatting relative to an anchor date (the document date).
struct TimexResolver: Sendable {
    /// The document creation date; nil when unknown (values then keep `X` placeholders).
    let anchor: CalendarDate?

    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(abs(value))
        return (value < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    static func year(_ y: Int) -> String { pad(y, 4) }
    static func month(_ y: Int, _ m: Int) -> String { "\(pad(y, 4))-\(pad(m, 2))" }
    static func day(_ date: CalendarDate) -> String { date.description }
    static func quarter(_ y: Int, _ q: Int) -> String { "\(pad(y, 4))-Q\(q)" }

    /// ISO week `YYYY-Www` of a date.
    static func week(_ date: CalendarDate) -> String {
        let thursday = date.adding(days: 4 - date.weekday)
        let jan1 = CalendarDate(year: thursday.year, month: 1, day: 1)
        let week = (thursday.dayNumber - jan1.dayNumber) / 7 + 1
        return "\(pad(thursday.year, 4))-W\(pad(week, 2))"
    }

    /// Adds months, clamping the day to the month's length.
    static func addingMonths(_ date: CalendarDate, _ months: Int) -> CalendarDate {
        let index = date.year * 12 + (date.month - 1) + months
        let y = Int((Double(index) / 12).rounded(.down))
        let m = index - y * 12 + 1
        return CalendarDate(year: y, month: m, day: min(date.day, CalendarDate.daysIn(month: m, year: y)))
    }

    static func quarterOf(_ month: Int) -> Int { (month - 1) / 3 + 1 }

    /// Easter Sunday of a year (Gregorian computus, anonymous algorithm).
    static func easter(_ year: Int) -> CalendarDate {
        let a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4
        let f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1
        return CalendarDate(year: year, month: month, day: day)
    }

    /// The `nth` `weekday` of a month (nth -1 = the last one).
    static func nthWeekday(year: Int, month: Int, weekday: Int, nth: Int) -> CalendarDate {
        if nth > 0 {
            let first = CalendarDate(year: year, month: month, day: 1)
            let offset = (weekday - first.weekday + 7) % 7
            return first.adding(days: offset + 7 * (nth - 1))
        }
        let last = CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year))
        return last.adding(days: -((last.weekday - weekday + 7) % 7))
    }

    /// The weekday closest to the anchor in the direction the tense says: past (and unknown) → on or before the
    /// anchor, future → on or after it. News names the day of publication by its weekday in either tense ("the
    /// ministers meet on Monday" in Monday's paper is that day).
    func weekday(_ weekday: Int, tense: Tense) -> CalendarDate? {
        guard let anchor else { return nil }
        if tense == .future { return anchor.adding(days: (weekday - anchor.weekday + 7) % 7) }
        return anchor.adding(days: -((anchor.weekday - weekday + 7) % 7))
    }

    /// The first such weekday after the anchor ("the coming Saturday", "next weekend").
    func weekdayAfter(_ weekday: Int) -> CalendarDate? {
        guard let anchor else { return nil }
        let delta = (weekday - anchor.weekday + 7) % 7
        return anchor.adding(days: delta == 0 ? 7 : delta)
    }

    /// The year of a month (and day) named without a year: the occurrence closest to the anchor, where the tense
    /// makes the other direction three times as far ("Dec. 15" in November is this December even in a past-tense
    /// report; "October" in January is last October).
    func yearForMonth(_ month: Int, day: Int? = nil, tense: Tense) -> Int? {
        guard let anchor else { return nil }
        if day == nil && month == anchor.month { return anchor.year }
        var bestYear = anchor.year
        var bestScore = Int.max
        if month == 2, day == 29 {
            // a leap day: the nearest leap year
            let years = ((anchor.year - 4)...(anchor.year + 4)).filter { CalendarDate.isLeap($0) }
            return years.min { abs(CalendarDate(year: $0, month: 2, day: 29).dayNumber - anchor.dayNumber)
                < abs(CalendarDate(year: $1, month: 2, day: 29).dayNumber - anchor.dayNumber) }
        }
        for year in (anchor.year - 1)...(anchor.year + 1) {
            let d = min(day ?? 15, CalendarDate.daysIn(month: month, year: year))
            let distance = CalendarDate(year: year, month: month, day: d).dayNumber - anchor.dayNumber
            var score = abs(distance)
            if tense == .past && distance > 0 { score = score * 5 / 2 }
            if tense == .future && distance < 0 { score *= 8 }
            if tense == .unknown && distance > 0 { score *= 2 }
            if score < bestScore { bestScore = score; bestYear = year }
        }
        return bestYear
    }

    /// The year of a season named without a year.
    func yearForSeason(_ season: String, tense: Tense) -> Int? {
        guard let anchor else { return nil }
        let start: Int
        switch season {
        case "SP": start = 3
        case "SU": start = 6
        case "FA": start = 9
        default: start = 12
        }
        if season == "WI" { return anchor.month <= 2 ? anchor.year - 1 : anchor.year }
        switch tense {
        case .future: return start + 2 < anchor.month ? anchor.year + 1 : anchor.year
        case .past, .unknown: return start > anchor.month ? anchor.year - 1 : anchor.year
        }
    }
}

/// The tense of the clause around a time expression, as far as cue words tell.
enum Tense: Sendable { case past, future, unknown }
