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

    @Test func twoDigitYearsOnlyInCompactDottedDatesWhenAsked() {
        #expect(parser.firstDate(in: "Von: Jo Bauer | 31.10.23") == nil)
        #expect(parser.dates(in: "Von: Jo Bauer | 31.10.23", twoDigitYears: true).first?.date
                == CalendarDate(year: 2023, month: 10, day: 31))
        #expect(parser.dates(in: "Ben Ortiz, 8.5.12", twoDigitYears: true).first?.date
                == CalendarDate(year: 2012, month: 5, day: 8))
        #expect(parser.dates(in: "Stand 02.12.98", twoDigitYears: true).first?.date
                == CalendarDate(year: 1998, month: 12, day: 2))
        // Numbers that run on (versions, addresses), spaced-out numbers, impossible days.
        #expect(parser.dates(in: "version 1.2.12.4", twoDigitYears: true).isEmpty)
        #expect(parser.dates(in: "host 10.1.12.200", twoDigitYears: true).isEmpty)
        #expect(parser.dates(in: "Punkte 3. 4. 12 Spieler", twoDigitYears: true).isEmpty)
        #expect(parser.dates(in: "32.10.23", twoDigitYears: true).isEmpty)
    }

    @Test func rejectsImpossibleAndFutureDates() {
        #expect(parser.firstDate(in: "31.02.2021") == nil)
        #expect(parser.firstDate(in: "May 3, 2035") == nil)
        #expect(parser.firstDate(in: "in 1980 the factory opened") == nil)
        #expect(parser.firstDate(in: "version 2.14.2021") == nil)
        #expect(parser.firstDate(in: "Collection date 2023 Jan.") == nil)
    }
}
