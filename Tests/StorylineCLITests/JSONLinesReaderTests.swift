import Foundation
import Testing

/// `storyline extract --input FILE.jsonl` reads every record of a JSON Lines file: CRLF line ends, blank lines, a
/// last line without a line feed, and a malformed line reported and skipped.
struct JSONLinesReaderTests {
    @Test func everyWellFormedLineIsReadWhateverItsLineEnd() throws {
        let directory = try CLIProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let lines = [
            #"{"id": "a", "text": "First record.\nIts second line."}"# + "\r\n",
            "\n",
            "   \r\n",
            #"{"id": "b", "text": "Second record."}"# + "\n",
            #"{"id": broken"# + "\n",
            #"{"id": "c", "text": "Last record, no line feed after it."}"#,
        ]
        let path = directory + "/input.jsonl"
        try CLIProcess.write(lines.joined(), to: path)
        let run = try CLIProcess.run(["extract", "--input", path, "--format", "jsonl"])
        #expect(run.status == 1, "\(run.stderr)")  // every good record is written, and the bad one fails the run
        struct Row: Decodable { var id: String }
        let ids = try run.stdout.split(separator: "\n").map { try JSONDecoder().decode(Row.self, from: Data($0.utf8)).id }
        #expect(ids == ["a", "b", "c"])
        #expect(run.stderr.contains("input.jsonl:5"))
    }
}
