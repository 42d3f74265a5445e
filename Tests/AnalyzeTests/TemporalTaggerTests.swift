import Testing
@testable import Analyze
@testable import Model

/// Fixtures are our own sentences (no evaluation texts).
@Suite struct TemporalTaggerTests {
    let tagger = TemporalTagger()
    /// A Wednesday.
    let anchor = CalendarDate(year: 2021, month: 12, day: 22)

    func tag(_ text: String, anchor: CalendarDate? = nil) -> [(text: String, timex: Timex)] {
        let document = Document(id: "t", text: text)
        return tagger.timexes(in: text, anchor: anchor ?? self.anchor).map { (document.text(of: $0.span), $0) }
    }

    func value(_ text: String, of expression: String, anchor: CalendarDate? = nil) -> String? {
        tag(text, anchor: anchor).first { $0.text == expression }?.timex.value
    }

    @Test func weekdaysFollowTheTense() {
        #expect(value("The minister resigned on Thursday after the vote.", of: "Thursday") == "2021-12-16")
        #expect(value("The minister will resign on Thursday.", of: "Thursday") == "2021-12-23")
        #expect(value("The council met on Wednesday.", of: "Wednesday") == "2021-12-22")
    }

    @Test func dayReferences() {
        let found = tag("Yesterday the port closed; it reopens tomorrow, officials said today.")
        #expect(found.map(\.timex.value) == ["2021-12-21", "2021-12-23", "2021-12-22"])
        #expect(found.allSatisfy { $0.timex.kind == .date })
    }

    @Test func monthsWithoutYearPickTheNearestOccurrence() {
        #expect(value("Talks were held on January 12 in the capital.", of: "January 12",
                      anchor: CalendarDate(year: 2022, month: 2, day: 1)) == "2022-01-12")
        #expect(value("The ceasefire collapsed in October.", of: "October",
                      anchor: CalendarDate(year: 2022, month: 1, day: 8)) == "2021-10")
        #expect(value("Negotiations are expected to resume in January.", of: "January") == "2022-01")
    }

    @Test func relativePeriods() {
        #expect(value("Prices rose last week.", of: "last week") == "2021-W50")
        #expect(value("The summit opens next month.", of: "next month") == "2022-01")
        #expect(value("Output fell last year.", of: "last year") == "2020")
        #expect(value("The plant will close this year.", of: "this year") == "2021")
    }

    @Test func modifiersAndDecades() {
        let early = tag("Leaders spoke by video in early December.").first
        #expect(early?.text == "early December")
        #expect(early?.timex.value == "2021-12")
        #expect(early?.timex.modifier == "EARLY")
        let decade = tag("The promise dates from the early 1990s.").first
        #expect(decade?.text == "the early 1990s")
        #expect(decade?.timex.value == "199")
        #expect(decade?.timex.modifier == "EARLY")
    }

    @Test func offsetsAndDurations() {
        let offset = tag("The dispute began more than seven years ago.").first
        #expect(offset?.text == "more than seven years ago")
        #expect(offset?.timex.value == "2014")
        #expect(offset?.timex.modifier == "MORE_THAN")
        #expect(value("The strike lasted five months.", of: "five months") == "P5M")
        #expect(value("Lawyers left the day-long meeting.", of: "day-long") == "P1D")
        #expect(value("It ended a decades-long feud.", of: "decades-long") == "PXE")
        #expect(value("A missile could arrive in 5-10 minutes.", of: "5-10 minutes") == "PT5M")
        #expect(value("The road reopened after 2 1/2 hours.", of: "2 1/2 hours") == "PT2H30M")
        #expect(value("An attack could come within days.", of: "days") == "PXD")
    }

    @Test func inAPeriodIsADateOnlyInTheFuture() {
        #expect(value("The envoy will return in two weeks.", of: "two weeks") == "2022-01-05")
        #expect(value("The strike collapsed in two weeks.", of: "two weeks") == "P2W")
    }

    @Test func setsAndReferences() {
        #expect(tag("The drills are held every year.").first?.timex.kind == .set)
        #expect(value("The drills are held every year.", of: "every year") == "P1Y")
        #expect(value("Fares are reviewed daily.", of: "daily") == "P1D")
        #expect(value("The queue is long now.", of: "now") == "PRESENT_REF")
    }

    @Test func fullDatesTimesAndQuarters() {
        #expect(value("The law took effect on March 3, 2020.", of: "March 3, 2020") == "2020-03-03")
        #expect(value("Polls close at 8 p.m. Thursday.", of: "8 p.m. Thursday") == "2021-12-16T20:00")
        #expect(value("Profit rose in the third quarter.", of: "the third quarter") == "2021-Q3")
        #expect(value("The archive covers the 20th century.", of: "the 20th century") == "19")
    }

    @Test func numbersThatAreNotDates() {
        #expect(tag("The index closed at 2.5 points and 1.4 percent higher.").isEmpty)
        #expect(tag("Shares gained 3/4 of a point.").isEmpty)
    }

    @Test func withoutAnchorValuesKeepPlaceholders() {
        let found = tagger.timexes(in: "The talks ended on Friday.", anchor: nil)
        #expect(found.first?.value == "XXXX-WXX-5")
    }

    @Test func positionWordsBelongToRelativePeriods() {
        let earlier = tag("Exports fell earlier this year.").first
        #expect(earlier?.text == "earlier this year")
        #expect(earlier?.timex.value == "2021")
        #expect(earlier?.timex.modifier == "EARLY")
        #expect(value("The board will meet later this week.", of: "later this week") == "2021-W51")
        #expect(value("Rain delayed the harvest earlier in the year.", of: "earlier in the year") == "2021")
        // a day keeps its own span: "late Friday" is Friday with a modifier
        #expect(tag("The vote ended late Friday.").first?.text == "Friday")
    }

    @Test func partsOfTheDayOnTheirOwn() {
        let morning = tag("The convoy left in the morning.").first
        #expect(morning?.text == "the morning")
        #expect(morning?.timex.value == "2021-12-22TMO")
        #expect(morning?.timex.kind == .time)
        #expect(value("Storms are likely in late afternoon.", of: "late afternoon") == "2021-12-22TAF")
        #expect(value("Crowds gathered later in the evening.", of: "later in the evening") == "2021-12-22TEV")
        #expect(tag("Police carried out early morning raids.").isEmpty)
    }

    @Test func clockPhrasesInWords() {
        #expect(value("The train left at half past seven.", of: "half past seven") == "2021-12-22T07:30")
        #expect(value("She called at ten past 9 in the evening.", of: "ten past 9 in the evening") == "2021-12-22T21:10")
        #expect(value("Doors open at a quarter to six in the evening.", of: "a quarter to six in the evening")
                == "2021-12-22T17:45")
        #expect(value("The shelling began at 4 in the morning.", of: "4 in the morning") == "2021-12-22T04:00")
        #expect(value("Polls close at seven p.m. sharp.", of: "seven p.m.") == "2021-12-22T19:00")
        #expect(value("The ferry sails at 8p.m. from the pier.", of: "8p.m.") == "2021-12-22T20:00")
        #expect(value("The office opens at 1140 a.m. on weekdays.", of: "1140 a.m.") == "2021-12-22T11:40")
        #expect(value("We will be back tonight around 7.", of: "tonight around 7") == "2021-12-22T19:00")
        // counts and prices are not clock times
        #expect(tag("Analysts set a target of 200p for the shares.").isEmpty)
        #expect(tag("Scores rose from 10 to 12 points.").isEmpty)
    }

    @Test func datesWrittenOtherWays() {
        #expect(value("The file is dated 23.04.2022 14:55 in the log.", of: "23.04.2022 14:55") == "2022-04-23T14:55")
        #expect(value("It was signed on twenty five January nineteen eighty six.",
                      of: "twenty five January nineteen eighty six") == "1986-01-25")
        #expect(value("The notice says 2019/aug/01 at the top.", of: "2019/aug/01") == "2019-08-01")
        #expect(value("The ferry sails Friday 2022-1-7 from the port.", of: "Friday 2022-1-7") == "2022-01-07")
        // a price before a month is not its day
        let priced = tag("He paid $12 December 27 for it.")
        #expect(priced.map(\.text) == ["December 27"])
    }

    @Test func ordinalDaysAndMonthsOfAPeriod() {
        #expect(value("Rent is due on the 15th day of next month.", of: "the 15th day of next month") == "2022-01-15")
        #expect(value("The audit ends on the thirty-first day of the month.", of: "the thirty-first day of the month")
                == "2021-12-31")
        #expect(value("The plan starts in the third month of 2023.", of: "the third month of 2023") == "2023-03")
    }

    @Test func coordinatedDays() {
        let found = tag("The summit will be held on April 24 and 25 in the capital.")
        #expect(found.map(\.text) == ["April 24", "25"])
        #expect(found.map(\.timex.value) == ["2022-04-24", "2022-04-25"])
        let before = tag("The market will close on 18 and 19 June.")
        #expect(before.first?.text == "18")
        #expect(before.first?.timex.value == "2022-06-18")
    }

    @Test func weeksAndWeekendsOfADate() {
        #expect(value("The hearing is set for the week of March 6.", of: "the week of March 6",
                      anchor: CalendarDate(year: 2000, month: 2, day: 24)) == "2000-W10")
        #expect(value("Traffic peaks on Labor Day weekend.", of: "Labor Day weekend",
                      anchor: CalendarDate(year: 2021, month: 8, day: 20)) == "2021-W35-WE")
        #expect(value("Churches filled as Easter week began.", of: "Easter week",
                      anchor: CalendarDate(year: 2000, month: 4, day: 17)) == "2000-W16")
    }

    @Test func anaphoricAndNeighbouringDays() {
        #expect(value("He fled in June 1998 and came back later that year.", of: "later that year") == "1998")
        #expect(value("The day before last Tuesday's hearing, they met.", of: "The day before last Tuesday") == "2021-12-20")
        #expect(value("He was shot last Oct. 23 at his home.", of: "last Oct. 23",
                      anchor: CalendarDate(year: 1999, month: 4, day: 19)) == "1998-10-23")
    }

    @Test func wordsThatLookTemporalButAreNot() {
        #expect(tag("The court gave him a second chance.").isEmpty)
        #expect(value("The clocks differ by one second each day.", of: "one second") == "PT1S")
        #expect(tag("The country imports about three-quarters of its food.").isEmpty)
        #expect(tag("It felt like high noon in the square.").isEmpty)
        #expect(tag("It is an everyday routine.").isEmpty)
        #expect(value("I jog everyday.", of: "everyday") == "P1D")
        #expect(value("We must leave right now.", of: "right now") == "PRESENT_REF")
    }

    @Test func possessiveWeekdaysAreThePastOccurrence() {
        // the clause is future, the day's event has happened
        #expect(value("Lawyers will appeal Monday's ruling.", of: "Monday") == "2021-12-20")
    }

    @Test func narrativeOffsetsInDaysAreDurations() {
        let later = tag("The ceasefire collapsed. Three days later, the shelling resumed.").first
        #expect(later?.text == "Three days")
        #expect(later?.timex.kind == .duration)
        #expect(later?.timex.value == "P3D")
        // a year earlier in a comparison stays a date
        #expect(value("Sales rose from a year earlier.", of: "a year earlier") == "2020")
    }

    @Test func presentReferencesAndYearEnd() {
        #expect(value("The port is the only outlet now that the border is shut.", of: "now") == "PRESENT_REF")
        #expect(value("Investors fear the current slowdown.", of: "current") == "PRESENT_REF")
        #expect(tag("The river's current was strong.").isEmpty)
        let end = tag("The deal should close by year-end.").first
        #expect(end?.text == "year-end")
        #expect(end?.timex.value == "2021")
        #expect(end?.timex.modifier == "END")
        #expect(tag("Year-end results were weak.").isEmpty)
    }
}
