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
        #expect(value("The convoy will be ready to leave the base at dawn on Friday, the general said.", of: "Friday")
                == "2021-12-17")
    }
}
