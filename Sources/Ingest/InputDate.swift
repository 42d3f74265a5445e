import Foundation
import Model

/// Normalises dates given with inputs (ISO 8601, RFC 822 feed dates) to `YYYY-MM-DD`.
public enum InputDate {
    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// `2021-12-23T10:00:00Z` → `2021-12-23`; `Thu, 23 Dec 2021 10:00:00 GMT` → `2021-12-23`; nil otherwise.
    public static func isoDay(from text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if let date = CalendarDate(iso: trimmed) { return date.description }
        // RFC 822 / 1123: [Day,] DD Mon YYYY ...
        var words = trimmed.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        if let first = words.first, Int(first) == nil { words.removeFirst() }
        guard words.count >= 3, let day = Int(words[0]),
              let month = months.firstIndex(of: String(words[1].prefix(3)).lowercased()),
              var year = Int(words[2]) else { return nil }
        if year < 100 { year += year < 50 ? 2000 : 1900 }
        guard CalendarDate.isValid(year: year, month: month + 1, day: day) else { return nil }
        return CalendarDate(year: year, month: month + 1, day: day).description
    }
}
