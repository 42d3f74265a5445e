import Foundation
import Testing
@testable import Model

/// A decoding failure is told as a field path and what is wrong with it, in one line, never Swift's dump.
struct DecodingFailureTests {
    struct Record: Decodable {
        struct Part: Decodable { var size: Int }
        var id: String
        var parts: [Part]?
    }

    func reason(_ json: String) -> String {
        do {
            _ = try JSONDecoder().decode(Record.self, from: Data(json.utf8))
            return "decoded"
        } catch {
            return DecodingFailure.reason(error)
        }
    }

    @Test func namesTheFieldAndTheProblem() {
        #expect(reason(#"{"parts": []}"#) == #"missing "id""#)
        #expect(reason(#"{"id": 7}"#) == "wrong type at id")
        #expect(reason(#"{"id": "a", "parts": [{"size": 1}, {"size": "big"}]}"#) == "wrong type at parts.[1].size")
        #expect(reason(#"{"id": "a", "parts": [{}]}"#) == #"missing "parts.[0].size""#)
        #expect(reason(#"{"id": null}"#) == "wrong type at id")
        #expect(reason("{not json") == "invalid JSON")
        #expect(reason(#"{"id": "a"}"#) == "decoded")
    }

    @Test func otherErrorsKeepTheirFirstLine() {
        struct Multiline: Error, CustomStringConvertible { var description: String { "first\nsecond" } }
        #expect(DecodingFailure.reason(Multiline()) == "first")
    }
}
