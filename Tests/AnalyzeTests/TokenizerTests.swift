import Testing
@testable import Analyze

@Suite struct TokenizerTests {
    @Test func keepsAbbreviationsAndSplitsPossessives() {
        let text = TokenizedText("Gen. Smith met U.S. officials in Jan. at Clinton’s home, don't worry.")
        let words = (0..<text.tokens.count).map { text.string($0) }
        #expect(words.contains("Gen."))
        #expect(words.contains("U.S."))
        #expect(words.contains("Jan."))
        #expect(words.contains("Clinton"))
        #expect(words.contains("’s"))
        #expect(words.contains("don't"))
    }

    @Test func marksQuotationMarks() {
        let text = TokenizedText("“We were there,” he said. «Oui» „Ja“")
        let marks = text.tokens.filter { $0.kind == .quoteMark }.count
        #expect(marks == 6)
        #expect(QuoteLexicon.shared.cueVerbs["said"] == .speech)
    }
}
