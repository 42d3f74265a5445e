import Testing
import Model
@testable import Analyze

/// Our own sentences: which clue each time expression gives, with its clause tense.
@Suite struct PublicationDateClueCollectorTests {
    let collector = PublicationDateClueCollector()

    func clues(_ text: String) -> [PublicationDateClue] { collector.clues(in: text) }

    @Test func monthDayWithoutYearSaidInThePast() {
        let found = clues("On January 12, the delegations met behind closed doors.")
        #expect(found.map(\.kind) == [.recurring(month: 1, firstDay: 12, lastDay: 12)])
        #expect(found.first?.tense == .past)
    }

    @Test func aCueInsideTheClauseWinsOverTheAttribution() {
        let found = clues("Formal talks are due to begin in November, officials said.")
        #expect(found.first?.kind == .recurring(month: 11, firstDay: 1, lastDay: 31))
        #expect(found.first?.tense == .future)
    }

    @Test func earlyMonthKeepsItsPart() {
        let found = clues("The leaders spoke by video link in early March.")
        #expect(found.first?.kind == .recurring(month: 3, firstDay: 1, lastDay: 10))
        #expect(found.first?.tense == .past)
    }

    @Test func yearsAgoArePairedWithTheYearNamedBefore() {
        let found = clues("The port was sold in 2009. The sale, agreed more than twelve years ago, was challenged.")
        #expect(found.contains { $0.kind == .yearsSince(year: 2009, years: 12, moreThan: true) })
        #expect(found.contains { $0.kind == .event(first: CalendarDate(year: 2009, month: 1, day: 1),
                                                    last: CalendarDate(year: 2009, month: 12, day: 31)) && $0.tense == .past })
    }

    @Test func yearsAgoWithoutANamedYearGiveNothing() {
        #expect(!clues("The port was sold more than twelve years ago.").contains {
            if case .yearsSince = $0.kind { true } else { false }
        })
    }

    @Test func weekdayOfAReportedEvent() {
        let found = clues("The mayor resigned on Tuesday, the council said.")
        #expect(found.map(\.kind) == [.weekday(2)])
        #expect(found.first?.tense == .past)
    }

    @Test func aYearUsedAsAModifierHasNoTense() {
        let found = clues("The council backed the 2050 emissions target.")
        #expect(found.first?.tense == .unknown)
    }

    @Test func fullDatesAreEvents() {
        let day = CalendarDate(year: 2024, month: 4, day: 20)
        let found = clues("The summit will take place on April 20, 2024.")
        #expect(found.first?.kind == .event(first: day, last: day))
        #expect(found.first?.tense == .future)
    }
}
