import Testing
@testable import Analyze

@Suite struct AttributionFinderTests {
    /// The speaker phrase of the first cue after the first closing quotation mark.
    func speakerAfterQuote(_ raw: String) -> String? {
        let text = TokenizedText(raw)
        let regions = QuotationMarkScanner().regions(in: text)
        guard let close = regions.first?.close else { return nil }
        let finder = AttributionFinder(text: text)
        guard let attribution = finder.after(close + 1, paragraphEnd: text.tokens.count) else { return nil }
        return text.string(tokens: attribution.speaker.lowerBound, attribution.speaker.upperBound - 1)
    }

    @Test func nameThenVerb() {
        #expect(speakerAfterQuote("“We will win,” Peskov said.") == "Peskov")
    }

    @Test func verbThenName() {
        #expect(speakerAfterQuote("“We will win,” said Kremlin spokesman Dmitry Peskov.") == "Kremlin spokesman Dmitry Peskov")
    }

    @Test func appositiveAndParenthesis() {
        #expect(speakerAfterQuote("\"No,\" his wife, Maria Lopez, wrote.") == "his wife, Maria Lopez")
        #expect(speakerAfterQuote("\"No,\" Sen. Ann Fox (D-Mo.) said.") == "Sen. Ann Fox (D-Mo.)")
    }

    @Test func noCueNoSpeaker() {
        #expect(speakerAfterQuote("“A disaster” was the verdict of the board.") == nil)
    }

    @Test func clauseBeforeNounVerbIsNotASubject() {
        let text = TokenizedText("The president had already made such legal demands on Biden.")
        let finder = AttributionFinder(text: text)
        let demands = (0..<text.tokens.count).first { text.string($0) == "demands" }!
        #expect(finder.subject(before: demands, limit: 0) == nil)
    }
}
