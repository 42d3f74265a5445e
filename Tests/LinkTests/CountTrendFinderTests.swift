import Testing
import Analyze
import Model
@testable import Link

/// Count trends on invented reports (no evaluation text): which article's figure is clearly larger.
@Suite struct CountTrendFinderTests {
    let pipeline = AnalysisPipeline(analyzers: [SentenceSplitter(), QuantityTagger()])

    func analysed(_ id: String, _ text: String) -> Document {
        var document = Document(id: id, text: text)
        pipeline.run(&document)
        return document
    }

    @Test func aClearlyLargerTollIsOrderedLater() throws {
        let documents = [
            analysed("a", "Officials said at least 40 people were killed when the dam at Orvane failed."),
            analysed("b", "The death toll from the Orvane dam collapse has risen to more than 90 people killed, officials said."),
        ]
        let orderings = CountTrendFinder().orderings(documents)
        let ordering = try #require(orderings.first)
        #expect(orderings.count == 1)
        #expect(ordering.later == 1 && ordering.earlier == 0 && ordering.concept == "killed" && ordering.cumulative)
        #expect(ordering.laterText.contains("90") && ordering.earlierText.contains("40"))
    }

    @Test func overlappingHedgesFarApartFiguresAndOtherStartYearsAreNotOrdered() {
        // "nearly 500" and "at least 500" can be the same count; 3 and 9,000 count different things; counts since
        // different years are different totals
        let overlap = [analysed("a", "Nearly 500 people have been killed in the fighting, the agency said."),
                       analysed("b", "At least 500 people have been killed in the fighting, the agency said.")]
        #expect(CountTrendFinder().orderings(overlap).isEmpty)
        let apart = [analysed("a", "Three bombs killed 12 people in the market."),
                     analysed("b", "The conflict has killed 9,000 people, the monitors said.")]
        #expect(CountTrendFinder().orderings(apart).isEmpty)
        let since = [analysed("a", "Since 2010 the conflict has killed 4,000 people."),
                     analysed("b", "Since 2004 the conflict has killed 9,000 people.")]
        #expect(CountTrendFinder().orderings(since).isEmpty)
    }

    @Test func anOrderOfMagnitudePhraseIsACount() throws {
        let text = "The army has massed tens of thousands of soldiers near the Tessel border."
        let document = analysed("a", text)
        let phrase = try #require(MagnitudePhrases.quantities(in: document).first)
        #expect(phrase.value == 20_000 && phrase.high == 99_999 && phrase.unit == "soldiers")
        #expect(document.text(of: phrase.span) == "tens of thousands of soldiers")
        let later = analysed("b", "Satellite images show about 140,000 troops near the Tessel border.")
        let ordering = try #require(CountTrendFinder().orderings([document, later]).first)
        #expect(ordering.later == 1 && ordering.concept == "troops" && !ordering.cumulative)
        let personnel = analysed("d", "It sent tens of thousands of military personnel to the border.")
        let phraseTwo = try #require(MagnitudePhrases.quantities(in: personnel).first)
        #expect(personnel.text(of: phraseTwo.span) == "tens of thousands of military personnel")
        // "hundreds of thousands" is one phrase, not "thousands"
        let larger = analysed("c", "Hundreds of thousands of refugees crossed the river.")
        let refugees = try #require(MagnitudePhrases.quantities(in: larger).first)
        #expect(refugees.value == 200_000 && refugees.unit == "refugees")
    }
}
