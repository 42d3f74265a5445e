import Testing
@testable import Analyze

@Suite struct QuotationMarkScannerTests {
    func quoted(_ text: String) -> [String] {
        let tokens = TokenizedText(text)
        return QuotationMarkScanner().regions(in: tokens).map { tokens.string(tokens: $0.first, $0.last) }
    }

    @Test func findsCurlyGuillemetAndLowNineQuotes() {
        #expect(quoted("He said “we go” and «nous partons» and „wir gehen“ today.") == ["we go", "nous partons", "wir gehen"])
    }

    @Test func straightQuotesByContext() {
        #expect(quoted("\"We are ready,\" he said. \"Truly.\"") == ["We are ready,", "Truly."])
    }

    @Test func unclosedQuoteRunsToParagraphEnd() {
        #expect(quoted("\"First part of the speech.\n\n\"Second part.\" he said.") == ["First part of the speech.", "Second part."])
    }

    @Test func oddNumberOfMarksStillYieldsRegions() {
        let result = quoted("She called it \"a disaster and left. Then \"fine\" he said.")
        #expect(!result.isEmpty)
    }

    @Test func apostrophesAreNotQuotes() {
        #expect(quoted("Putin’s team and the Clintons’ house weren't quoted.").isEmpty)
    }
}
