import Testing
import Model
@testable import Analyze

@Suite struct SentenceSplitterTests {
    func sentences(_ text: String) -> [String] {
        var document = Document(id: "s", text: text)
        SentenceSplitter().annotate(&document)
        return document.sentences.map { document.text(of: $0.span) }
    }

    @Test func keepsAbbreviationsAndInitialsInside() {
        let result = sentences("Gen. Mark A. Milley met Sen. Smith on Jan. 5 in Washington. They spoke for an hour.")
        #expect(result == ["Gen. Mark A. Milley met Sen. Smith on Jan. 5 in Washington.", "They spoke for an hour."])
    }

    @Test func splitsAfterFinalAbbreviationBeforeSentenceStarter() {
        let result = sentences("The troops arrived from the U.S. The talks began later.")
        #expect(result.count == 2)
        let same = sentences("Troops from the U.S. Army arrived.")
        #expect(same.count == 1)
    }

    @Test func closingQuoteStaysWithItsSentence() {
        let result = sentences("He said: “We are ready.” Then he left.")
        #expect(result == ["He said: “We are ready.”", "Then he left."])
    }

    @Test func lineBreaksEndHeadingsAndBullets() {
        let result = sentences("Military Exercises\n\n• Troops moved north\n• Talks stalled\nThe end")
        #expect(result == ["Military Exercises", "• Troops moved north", "• Talks stalled", "The end"])
    }

    @Test func paragraphsAreCounted() {
        var document = Document(id: "p", text: "One. Two.\n\nThree.")
        SentenceSplitter().annotate(&document)
        #expect(document.sentences.map(\.paragraph) == [0, 0, 1])
    }
}

@Suite struct SentenceSplitterParagraphTests {
    @Test func closingQuoteAtLineEndClosesTheSentence() {
        var document = Document(id: "q", text: "He said: “We won.”\nThe crowd cheered.")
        SentenceSplitter().annotate(&document)
        #expect(document.sentences.map { document.text(of: $0.span) } == ["He said: “We won.”", "The crowd cheered."])
    }
}
