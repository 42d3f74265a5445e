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
    }

    @Test func prefixRulesStillFire() {
        let rules = TextDebrisRules.shared
        #expect(rules.reason(for: "Read also: the other story") != nil)
        #expect(rules.reason(for: "Читайте также: другая новость") != nil)
        #expect(rules.reason(for: "The minister read the statement aloud.") == nil)
    }
}
