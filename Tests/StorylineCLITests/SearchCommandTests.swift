import Foundation
import Testing

/// `storyline search` output formats, run as a child process over the seeds.
@Suite(.serialized)
struct SearchCommandTests {
    @Test func formats() throws {
        let directory = try CLIProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let db = directory + "/s.db"
        #expect(try CLIProcess.run(["ingest", "Tests/Seeds", "--db", db, "--quiet"]).status == 0)

        let json = try CLIProcess.run(["search", "--db", db, "--format", "json", "Putin AND NATO"])
        #expect(json.status == 0, "\(json.stderr)")
        let hits = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]] ?? []
        #expect(!hits.isEmpty)
        #expect(hits.allSatisfy { ($0["snippet"] as? String)?.contains("<b>") == true })

        let csv = try CLIProcess.run(["search", "--db", db, "--format", "csv", "\"military exercises\""])
        let rows = csv.stdout.split(separator: "\r\n")
        #expect(rows.first == "rank,article,document_id,date,source,title,url,score,snippet")
        #expect(rows.count >= 2)

        let text = try CLIProcess.run(["search", "--db", db, "Lukashenko"])
        #expect(text.stdout.contains("[Lukashenko]"))

        let none = try CLIProcess.run(["search", "--db", db, "zzyzxqq"])
        #expect(none.stdout.contains("no matches"))

        let bad = try CLIProcess.run(["search", "--db", db, "NOT Putin"])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("NOT needs a term"))
    }
}
