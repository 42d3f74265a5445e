import Foundation
import Testing
@testable import Story

/// JSON written for line-based readers and JavaScript: U+2028 / U+2029 escaped.
@Suite struct JSONOutputTests {
    struct Row: Codable, Equatable { var text: String }

    @Test func lineAndParagraphSeparatorsAreEscapedAndDecodeBack() throws {
        let row = Row(text: "first\u{2028}second\u{2029}third é")
        let data = try JSONOutput.encode(row)
        let written = String(decoding: data, as: UTF8.self)
        #expect(written.contains("first\\u2028second\\u2029third é"))
        #expect(!written.unicodeScalars.contains { $0.value == 0x2028 || $0.value == 0x2029 })
        #expect(try JSONDecoder().decode(Row.self, from: data) == row)
    }

    @Test func dataWithoutSeparatorsIsUnchanged() {
        let data = Data("{\"text\":\"caf\u{00E9} \u{2027}\"}".utf8)
        #expect(JSONOutput.escapingLineSeparators(data) == data)
    }
}
