import Model

/// A `YYYY-MM-DD` date as a day number (days since 1970-01-01), for placing dates on a chart's axis.
enum CalendarDay {
    static func number(_ text: String) -> Int? { CalendarDate(iso: String(text.prefix(10)))?.dayNumber }

    static func text(_ number: Int) -> String { CalendarDate(dayNumber: number).description }
}
