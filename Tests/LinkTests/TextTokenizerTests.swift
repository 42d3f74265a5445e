import Testing
@testable import Link

@Suite struct TextTokenizerTests {
    let tokenizer = TextTokenizer()

    @Test func foldsCasePossessivesAndPlurals() {
        let tokens = tokenizer.tokens("Putin's troops; PUTIN troop")
        #expect(tokens.count == 4)
        #expect(tokens[0].hash == tokens[2].hash)  // Putin's = PUTIN
        #expect(tokens[1].hash == tokens[3].hash)  // troops = troop
        #expect(tokens[0].hash != tokens[1].hash)
    }

    @Test func keepsNumbersWhole() {
        let text = "more than 14,000 people, 2.5 percent"
        let tokens = tokenizer.tokens(text)
        let words = tokens.map { String(decoding: Array(text.utf8)[$0.start..<$0.end], as: UTF8.self) }
        #expect(words == ["more", "than", "14,000", "people", "2.5", "percent"])
        #expect(tokens[2].isNumber && tokens[4].isNumber && !tokens[3].isNumber)
    }

    @Test func marksStopWords() {
        let tokens = tokenizer.tokens("The minister said that talks will resume")
        #expect(tokens.filter(\.isStopWord).count == 4)  // the, said, that, will
    }

    @Test func typographicApostropheIsPartOfTheWord() {
        let tokens = tokenizer.tokens("Russia’s border")
        #expect(tokens.count == 2)
        #expect(tokens[0].hash == tokenizer.tokens("russia")[0].hash)
    }

    @Test func typographicPunctuationIsNotAWord() {
        let text = "“NATO” — «Kremlin» said\u{00A0}today…"
        let words = tokenizer.tokens(text).map { String(decoding: Array(text.utf8)[$0.start..<$0.end], as: UTF8.self) }
        #expect(words == ["NATO", "Kremlin", "said", "today"])
    }
}
