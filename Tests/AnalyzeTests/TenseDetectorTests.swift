import Testing
@testable import Analyze
@testable import Model

/// The tense cues that decide between the last and the next occurrence of a weekday or month (our own sentences).
@Suite struct TenseDetectorTests {
    let tagger = TemporalTagger()
    /// A Wednesday.
    let anchor = CalendarDate(year: 2021, month: 12, day: 22)

    func value(_ text: String, of expression: String, anchor: CalendarDate? = nil) -> String? {
        let document = Document(id: "t", text: text)
        return tagger.timexes(in: text, anchor: anchor ?? self.anchor).first { document.text(of: $0.span) == expression }?.value
    }

    @Test func untilWithPastPerfectLooksBack() {
        #expect(value("Until Monday, officials had denied any link.", of: "Monday") == "2021-12-20")
        #expect(value("It was not until Monday that the army admitted the raid.", of: "Monday") == "2021-12-20")
        #expect(value("The vote was postponed until Monday.", of: "Monday") == "2021-12-27")
    }

    @Test func nounsAndPlacesAreNoFutureCues() {
        // "vacation plans", "next to the embassy"
        #expect(value("On Friday, the minister set aside vacation plans for the trip.", of: "Friday") == "2021-12-17")
        #expect(value("A bomb went off next to the embassy on Friday.", of: "Friday") == "2021-12-17")
    }

    @Test func auxiliaryBeforeAFutureWordIsNoPastCue() {
        #expect(value("Protesters planned a march on Saturday and were planning to block the road.", of: "Saturday")
                == "2021-12-25")
    }

    @Test func futureClausesPreferTheComingMonth() {
        #expect(value("The agency will name a commander for a mission in December.", of: "December",
                      anchor: CalendarDate(year: 2022, month: 3, day: 4)) == "2022-12")
        #expect(value("The carrier has been on patrol since March and was scheduled to return.", of: "March",
                      anchor: CalendarDate(year: 2022, month: 8, day: 13)) == "2022-03")
    }

    @Test func guessedParticiplesWeighLessThanAuxiliaries() {
        #expect(value("The airline will double its flights by August in search of markets untouched by the crisis.",
                      of: "August", anchor: CalendarDate(year: 2022, month: 2, day: 13)) == "2022-08")
    }

    @Test func plannedCountsOnlyBeforeTo() {
        #expect(value("The team planned to leave on Thursday.", of: "Thursday") == "2021-12-23")
        #expect(value("The offensive began as previously planned on Saturday.", of: "Saturday") == "2021-12-18")
    }

    @Test func reportingVerbsOutsideAQuoteWeighLess() {
        // "said" is nearer to Friday than "will", but outside the quotation
        #expect(value("\"The convoy will be ready to leave the base at dawn on Friday,\" the general said.", of: "Friday")
                == "2021-12-24")
        // a reporting clause closing the sentence after a comma says nothing of the report's tense
        #expect(value("The convoy will be ready to leave the base at dawn on Friday, the general said.", of: "Friday")
                == "2021-12-24")
        #expect(value("The museum will re-open on Thursday, said a spokeswoman for the city.", of: "Thursday") == "2021-12-23")
        #expect(value("The convoy left the base on Friday, the general said.", of: "Friday") == "2021-12-17")
        // a reporting verb that opens the clause is the reported event
        #expect(value("On Friday, officials said that the convoy will be ready.", of: "Friday") == "2021-12-17")
    }

    @Test func plansAndSchedulesLookForward() {
        #expect(value("Finance ministers are to meet on Thursday.", of: "Thursday") == "2021-12-23")
        #expect(value("The envoy is due there on Friday with a trade delegation.", of: "Friday") == "2021-12-24")
        #expect(value("A verdict is expected on Saturday, lawyers for both sides believe.", of: "Saturday") == "2021-12-25")
        #expect(value("The two presidents meet in Geneva on Thursday.", of: "Thursday") == "2021-12-23")
        #expect(value("A repair crew is preparing the pumps for an operation to begin late Friday.", of: "Friday")
                == "2021-12-24")
        #expect(value("The striking pilots are returning to work on Friday.", of: "Friday") == "2021-12-24")
        #expect(value("A night curfew applies from Friday across the province.", of: "Friday") == "2021-12-24")
    }

    @Test func modalsLookForwardAndTheirPerfectBack() {
        // "seabed" ends in "-ed" but follows a determiner: no past verb
        #expect(value("The new valve should be on the seabed by Friday.", of: "Friday") == "2021-12-24")
        #expect(value("The relief flight should have landed on Monday.", of: "Monday") == "2021-12-20")
        #expect(value("Without the storm we'd have reached the island on Saturday.", of: "Saturday") == "2021-12-25")
    }

    @Test func pastAuxiliariesAndVerbsLookBack() {
        #expect(value("The offer had been due to expire on Monday.", of: "Monday") == "2021-12-20")
        #expect(value("The delegations did not meet on Monday.", of: "Monday") == "2021-12-20")
        #expect(value("The regulator set Friday as the deadline for bids.", of: "Friday") == "2021-12-17")
        #expect(value("She was in the capital when the earthquake struck on Tuesday.", of: "Tuesday") == "2021-12-21")
        // a schedule verb beyond a comma belongs to another clause
        #expect(value("The volunteers were booked on a flight on Monday, in time to meet the relief ship.", of: "Monday")
                == "2021-12-20")
        // "from Monday to Friday" is a span: the clause's tense decides
        #expect(value("From Monday to Friday, the river rose steadily.", of: "Monday") == "2021-12-20")
    }

    @Test func theDayOfPublicationIsNamedByItsWeekday() {
        // the anchor is a Wednesday: "on Wednesday" is that day in a future clause as in a past one
        #expect(value("The ministers will sign the accord on Wednesday.", of: "Wednesday") == "2021-12-22")
        #expect(value("The board is due to meet on Wednesday.", of: "Wednesday") == "2021-12-22")
        #expect(value("The board met on Wednesday.", of: "Wednesday") == "2021-12-22")
        // a weekday in brackets restates the day reference before it
        #expect(value("The envoy leaves tomorrow (Thursday) for the border.", of: "Thursday") == "2021-12-23")
        #expect(value("Crowds gathered again today (Wednesday) in the square.", of: "Wednesday") == "2021-12-22")
    }
}
