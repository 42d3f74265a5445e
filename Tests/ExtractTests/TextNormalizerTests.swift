import Testing
@testable import Extract

/// Extracted text in composed Unicode without soft hyphens.
@Suite struct TextNormalizerTests {
    @Test func decomposedAccentsAreComposedAndSoftHyphensRemoved() {
        let decomposed = "Cafe\u{0301} in Mu\u{0308}nchen: Hafen\u{00AD}meister Jose\u{0301} sagt"
        let normalized = TextNormalizer.normalize(decomposed)
        #expect(normalized == "Caf\u{00E9} in M\u{00FC}nchen: Hafenmeister Jos\u{00E9} sagt")
        #expect(normalized.unicodeScalars.count == "Café in München: Hafenmeister José sagt".unicodeScalars.count)
        #expect(!normalized.unicodeScalars.contains { $0.value == 0xAD || $0.value == 0x301 || $0.value == 0x308 })
    }

    @Test func asciiTextIsReturnedAsItIs() {
        #expect(TextNormalizer.normalize("The port reopened on Tuesday.") == "The port reopened on Tuesday.")
    }

    @Test func plainTextAndHTMLExtractionNormalize() {
        let extractor = ArticleExtractor()
        let text = extractor.extract(plainText: "Der Hafen\u{00AD}meister von Mu\u{0308}nster sagte am Montag, die Fa\u{0308}hre fahre wieder.").text
        #expect(text == "Der Hafenmeister von M\u{00FC}nster sagte am Montag, die F\u{00E4}hre fahre wieder.")
        let body = String(repeating: "<p>Der Hafen\u{00AD}meister von Mu\u{0308}nster sagte am Montag, die Fa\u{0308}hre fahre wieder ab dem ersten Mai zweimal am Tag.</p>", count: 3)
        let html = "<html><head><title>Fa\u{0308}hre</title></head><body><article>\(body)</article></body></html>"
        let article = extractor.extract(html: html)
        #expect(article.text.contains("Hafenmeister von M\u{00FC}nster"))
        #expect(!article.text.unicodeScalars.contains { $0.value == 0xAD || $0.value == 0x308 })
    }
}
