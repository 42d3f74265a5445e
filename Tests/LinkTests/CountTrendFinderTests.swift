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

    @Test func anOrderOfMagnitudeIsARangeComparedByItsEnds() throws {
        // the quantity tagger reads "tens of thousands of soldiers" as a range; 140,000 is clearly above its top
        let massed = analysed("a", "The army has massed tens of thousands of soldiers near the Tessel border.")
        let later = analysed("b", "Satellite images show about 140,000 troops near the Tessel border.")
        let ordering = try #require(CountTrendFinder().orderings([massed, later]).first)
        #expect(ordering.later == 1 && ordering.concept == "troops" && !ordering.cumulative)
        #expect(ordering.earlierText.lowercased().hasPrefix("tens of thousands"), "\(ordering)")
        // 60,000 lies inside the range: no order
        let inside = analysed("c", "Satellite images show about 60,000 troops near the Tessel border.")
        #expect(CountTrendFinder().orderings([massed, inside]).isEmpty)
    }

    @Test func sharedWordsCountTheSentencesCommonWordsButNotTheStorysSubject() throws {
        // "Orvane" is in every article (the story's subject); "Brenna" and "valley" are shared by the two toll sentences
        let documents = [
            analysed("a", "In the Brenna valley at least 40 people were killed after the Orvane dam failed."),
            analysed("b", "The toll in the Brenna valley rose to more than 90 people killed, Orvane officials said."),
            analysed("c", "Engineers began inspecting the Orvane dam walls."),
        ]
        let ordering = try #require(CountTrendFinder().orderings(documents).first)
        #expect(ordering.sharedWords == 2, "\(ordering)")
        var strict = CountTrendFinder()
        strict.minimumSharedWords = 3
        #expect(strict.orderings(documents).isEmpty)
    }
}
