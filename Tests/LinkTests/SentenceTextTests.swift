import Testing
@testable import Link

@Suite struct SentenceTextTests {
    @Test func collapsesWhiteSpace() {
        #expect(SentenceText.clean("  The  bridge reopened. ") == "The bridge reopened.")
        #expect(SentenceText.clean("The  bridge\n\treopened.") == "The bridge reopened.")
    }

    @Test func dropsALeadingListMarkerOnly() {
        #expect(SentenceText.cleanSentence("• On March 3, the talks resumed.") == "On March 3, the talks resumed.")
        #expect(SentenceText.cleanSentence("- The talks resumed.") == "The talks resumed.")
        #expect(SentenceText.cleanSentence("-5 degrees were recorded.") == "-5 degrees were recorded.")
        #expect(SentenceText.cleanSentence("The talks - at last - resumed.") == "The talks - at last - resumed.")
    }
}
