import Model
import Testing
@testable import Extract

@Suite struct DateStringParserTests {
    let parser = DateStringParser(latest: CalendarDate(year: 2030, month: 1, day: 1))

    @Test(arguments: [
        ("Published 2021-12-14T08:00:00Z", 2021, 12, 14),
        ("December 14, 2021", 2021, 12, 14),
        ("Dec. 14th 2021", 2021, 12, 14),
        ("14. Dezember 2021", 2021, 12, 14),
        ("14 de diciembre de 2021", 2021, 12, 14),
        ("le 14 décembre 2021", 2021, 12, 14),
        ("14 декабря 2021 года", 2021, 12, 14),
        ("14.12.2021, 10:15 Uhr", 2021, 12, 14),
        ("31/12/2021", 2021, 12, 31),
        ("Cureus. 2023 Jan 7;15(1):e33475", 2023, 1, 7),
        ("Received 2022 Oct. 12", 2022, 10, 12),
        ("/blog/2023/october/03/wine-styles", 2023, 10, 3),
    ])
    func parses(text: String, year: Int, month: Int, day: Int) {
        #expect(parser.firstDate(in: text) == CalendarDate(year: year, month: month, day: day))
    }

    @Test func ambiguousNumericDatesFollowTheDayOrder() {
        #expect(parser.firstDate(in: "03/04/2022", dayFirst: true) == CalendarDate(year: 2022, month: 4, day: 3))
        #expect(parser.firstDate(in: "03/04/2022", dayFirst: false) == CalendarDate(year: 2022, month: 3, day: 4))
    }

    @Test func rejectsImpossibleAndFutureDates() {
        #expect(parser.firstDate(in: "31.02.2021") == nil)
        #expect(parser.firstDate(in: "May 3, 2035") == nil)
        #expect(parser.firstDate(in: "in 1980 the factory opened") == nil)
        #expect(parser.firstDate(in: "version 2.14.2021") == nil)
        #expect(parser.firstDate(in: "Collection date 2023 Jan.") == nil)
    }
}
