import Foundation
import Testing
@testable import Extract

/// The shortcuts in `TextDebrisRules.reason` (one anchored alternation before the patterns, first-byte prefix
/// filter, ASCII collapsing) must not change what a line is called. Lines are our own.
@Suite struct TextDebrisRulesTests {
    @Test func anchoredPatternDetection() {
        #expect(TextDebrisRules.isAnchored("^(by|von) [^.!?]{2,60}$"))
        #expect(TextDebrisRules.isAnchored("^[|a]+$"))
        #expect(TextDebrisRules.isAnchored("^a\\|b"))
        #expect(!TextDebrisRules.isAnchored("^a|b"))
        #expect(!TextDebrisRules.isAnchored("a"))
    }

    @Test func theShippedPatternsAreCombined() {
        #expect(TextDebrisRules.shared.anyPattern != nil)
        #expect(TextDebrisRules.shared.patternsAnchored)
    }

    /// Each line matched by a pattern is still reported, with the same reason as the pattern-by-pattern loop.
    @Test func combinedPatternKeepsEveryMatch() {
        let rules = TextDebrisRules.shared
        let lines = ["21 °C", "-3,5°", "Sunny, 18 °C in town", "• • •", "Photo: Jane Doe / Agency", "4 min read",
                     "Reading time 5 minutes", "Updated on 3 March 2024, 10:15", "By Jane Doe | Staff writer",
                     "The council approved the plan on Tuesday.", "Prices rose 3% in May", "Über uns",
                     "Читайте також: новини", "by the river we walked for hours and hours until the sun went down"]
        for line in lines {
            let normalized = TextDebrisRules.normalize(line)
            let range = NSRange(normalized.startIndex..., in: normalized)
            let expected = rules.patterns.first { $0.0.firstMatch(in: normalized, range: range) != nil }?.1
            let combined = rules.anyPattern!.firstMatch(in: normalized, options: [.anchored], range: range) != nil
            #expect(combined == (expected != nil), "\(line)")
        }
    }

    @Test func asciiAndGeneralCollapseAgree() {
        #expect(TextDebrisRules.collapse("  Read\tMORE \r\n now ") == "read more now")
        #expect(TextDebrisRules.collapse("  Lire  AUSSI\u{A0}: à voir ") == "lire aussi : à voir")
        // Every ASCII scalar is whitespace for the collapse exactly when Unicode says so (a non-ASCII letter keeps the
        // line on the scalar path).
        for value in 0..<128 {
            let scalar = Unicode.Scalar(UInt8(value))
            let collapsed = TextDebrisRules.collapse("é" + String(scalar) + "x")
            #expect((collapsed == "é x") == (scalar.properties.isWhitespace), "\(value)")
        }
    }

    /// ASCII lines take a byte path; it must call every line what the Character path calls it. Lines are stitched
    /// from the shipped rules' own pieces, decorations, separators, case and whitespace (seeded).
    @Test func bytePathAgreesWithTheCharacterPath() {
        let rules = TextDebrisRules.shared
        var pieces = Array(rules.lines.keys) + rules.prefixes.map(\.0) + rules.shortContains.map(\.0)
        pieces += ["the", "council", "said", "on", "Tuesday", "2024", "12 °C", "4 min read", "by Jane Doe", "|", "-", ":",
                   "–", "»", ">", "(", "/", "*", "#", "_", "=", "~", "•", "©", "photo", "credit", "updated", "Photo: AP",
                   "  ", "\t", "\r\n", "\n", "READ", "Also", "é", "\u{A0}", "...", "!", "?", "19", "°", "F"]
        var random = SeededRandom(seed: 0x0DDB_1A5E_5BAD_5EED)
        func next() -> Int { random.next() }
        var checked = 0
        for _ in 0..<6000 {
            var line = ""
            for _ in 0..<(1 + next() % 6) {
                var piece = pieces[next() % pieces.count]
                if next() % 4 == 0 { piece = piece.uppercased() }
                line += piece + [" ", "", "  ", ": ", " - ", "\t"][next() % 6]
            }
            #expect(rules.reason(for: line) == rules.unicodeReason(for: line), "\(line)")
            checked += rules.reason(for: line) == nil ? 0 : 1
        }
        // The generated lines reach the rules (a comparison of two nils everywhere would prove nothing).
        #expect(checked > 1000)
    }

    @Test func prefixRulesStillFire() {
        let rules = TextDebrisRules.shared
        #expect(rules.reason(for: "Read also: the other story") != nil)
        #expect(rules.reason(for: "Читайте также: другая новость") != nil)
        #expect(rules.reason(for: "The minister read the statement aloud.") == nil)
    }
}
