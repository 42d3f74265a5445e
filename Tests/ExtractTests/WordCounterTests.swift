import Testing
@testable import Extract

/// The byte paths must count exactly what the Character-level splits count.
@Suite struct WordCounterTests {
    static let samples = [
        "", " ", "one", "  two  words ", "tabs\tand\nnew\r\nlines\u{0B}and\u{0C}feeds", "a  b   c",
        "café au lait", "e\u{301} combining after a space \u{301}x", "Привет, мир", "مرحبا بالعالم",
        "line\r\nbreak", "non\u{A0}breaking space", "x\u{2003}em space", "👩‍👩‍👧 family emoji words",
    ]

    @Test func countsLikeSplit() {
        for sample in WordCounterTests.samples {
            #expect(WordCounter.spaceSeparated(sample) == sample.split(separator: " ").count, "\(sample)")
            #expect(WordCounter.whitespaceSeparated(sample) == sample.split(whereSeparator: { $0.isWhitespace }).count,
                    "\(sample)")
            let limited = WordCounter.spaceSeparated(sample, limit: 2)
            #expect(limited == min(2, sample.split(separator: " ").count), "\(sample)")
        }
    }

    @Test func prefixLikeCharacterPrefix() {
        let texts = ["short", String(repeating: "ascii text ", count: 200), String(repeating: "é", count: 2000),
                     String(repeating: "a", count: 1499) + "e\u{301}tail", String(repeating: "a", count: 1499) + "\r\nx",
                     String(repeating: "a", count: 1500) + "\u{301}"]
        for text in texts {
            #expect(WordCounter.prefix(text, 1500) == String(text.prefix(1500)))
            #expect(WordCounter.prefix(text, 1500).utf8.count == String(text.prefix(1500)).utf8.count)
        }
    }
}
