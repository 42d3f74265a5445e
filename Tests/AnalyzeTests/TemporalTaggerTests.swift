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
}
