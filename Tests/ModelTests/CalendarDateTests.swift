import Testing
@testable import Model

@Suite struct CalendarDateTests {
    @Test func roundTripsDayNumbers() {
        for number in stride(from: -800_000, through: 800_000, by: 997) {
            #expect(CalendarDate(dayNumber: number).dayNumber == number)
        }
    }

    @Test func knownWeekdays() {
        #expect(CalendarDate(year: 2022, month: 2, day: 18).weekday == 5)  // Friday
        #expect(CalendarDate(year: 2021, month: 12, day: 21).weekday == 2)  // Tuesday
        #expect(CalendarDate(year: 2000, month: 2, day: 29).weekday == 2)
    }

    @Test func parsesAndPrintsISO() {
        #expect(CalendarDate(iso: "2021-12-23T10:00:00Z")?.description == "2021-12-23")
        #expect(CalendarDate(iso: "2021-02-30") == nil)
        #expect(CalendarDate(iso: "20211223") == nil)
    }
}
