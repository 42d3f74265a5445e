import Model
import Testing
@testable import Extract

@Suite struct DateTextWindowsTests {
    let parser = DateStringParser(latest: CalendarDate(year: 2030, month: 1, day: 1))
    static let dates = ["Published December 14, 2021", "Erschienen am 14. Dezember 2021", "le 3 mars 2020",
                        "14 de diciembre de 2021", "Aktualisiert: 30.12.2016", "Cureus. 2023 Jan 7;15(1)",
                        "/blog/2023/october/03/wine", "Von: Jo Bauer | 31.10.23", "опубликовано 14 декабря 2021 года",
                        "Stand 02/10/2020", "/news/20211214/story", "2022-01-06T08:29:34"]

    /// The dates found in the windows are the dates found in the whole text, in order, and the labels before them
    /// survive; the text read is much shorter.
    @Test func windowsKeepEveryDateAndItsLabel() {
        var seed: UInt64 = 7
        func filler() -> String {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            let words = ["the", "bus", "route", "Straße", "на", "1,500", "riders", "3.5", "km", "年", "übers", "42"]
            return (0..<(40 + Int(seed >> 58))).map { words[Int((seed >> UInt64($0 % 50)) % UInt64(words.count))] }
                .joined(separator: " ")
        }
        var text = filler()
        for date in DateTextWindowsTests.dates { text += " " + date + " " + filler() + " " + filler() }
        let bytes = Array(text.utf8)
        let windowed = String(decoding: DateTextWindows.windows(bytes), as: UTF8.self)
        let all = parser.dates(in: text, dayFirst: true, limit: 200, twoDigitYears: true)
        let kept = parser.dates(in: windowed, dayFirst: true, limit: 200, twoDigitYears: true)
        #expect(all.map(\.date) == kept.map(\.date))
        #expect(all.count >= DateTextWindowsTests.dates.count)
        #expect(windowed.utf8.count < bytes.count * 3 / 4)
        for label in ["Published", "Erschienen am", "Aktualisiert", "опубликовано"] { #expect(windowed.contains(label)) }
    }

    @Test func textWithoutYearsGivesNothingAndShortTextIsKept() {
        let long = Array(String(repeating: "no dates here, only 12 buses and 3 trams; ", count: 50).utf8)
        #expect(DateTextWindows.windows(long).isEmpty)
        let short = Array("on 5 May".utf8)
        #expect(DateTextWindows.windows(short) == short)
    }
}
