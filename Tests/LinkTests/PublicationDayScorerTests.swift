import Testing
import Analyze
import Model
@testable import Link

@Suite struct PublicationDayScorerTests {
    let scorer = PublicationDayScorer()
    func clue(_ kind: PublicationDateClue.Kind, _ tense: PublicationDateClue.Tense) -> PublicationDateClue {
        PublicationDateClue(kind: kind, tense: tense, text: "", span: Span(0, 0))
    }
    func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    @Test func aPastMonthDayIsBestShortlyAfterIt() {
        let january12 = clue(.recurring(month: 1, firstDay: 12, lastDay: 12), .past)
        let after = scorer.score(january12, day("2022-01-14"))
        #expect(after > scorer.score(january12, day("2022-01-12")))  // cited by date: rarely the same day
        #expect(after > scorer.score(january12, day("2022-03-14")))
        #expect(after > scorer.score(january12, day("2022-01-10")))  // before it: last year's January 12, far back
    }

    @Test func aFutureMonthIsBestBeforeIt() {
        let january = clue(.recurring(month: 1, firstDay: 1, lastDay: 31), .future)
        #expect(scorer.score(january, day("2021-12-20")) > scorer.score(january, day("2022-02-10")))
    }

    @Test func theUpperBoundIsNeverExceeded() {
        let scores = scorer.scores(clues: [], notAfter: day("2022-05-25"), first: day("2022-05-20"), count: 10)
        #expect(scores.values[5] > scores.values[6] + 10)
        #expect(scores.values[5] > scores.values[0])  // pages are fetched soon after publication
    }

    @Test func pastWeekdayFavoursThatDayAndTheNext() {
        let tuesday = clue(.weekday(2), .past)
        let onTuesday = scorer.score(tuesday, day("2024-06-11"))
        #expect(onTuesday > scorer.score(tuesday, day("2024-06-14")))
        #expect(scorer.score(tuesday, day("2024-06-12")) > scorer.score(tuesday, day("2024-06-10")))
    }

    @Test func yearsAgoSetAFloor() {
        let since = clue(.yearsSince(year: 2014, years: 7, moreThan: true), .past)
        #expect(scorer.score(since, day("2020-12-01")) < -5)
        #expect(scorer.score(since, day("2021-12-01")) == 0)
    }
}
