import Foundation
import Testing

/// `storyline date set|list|clear` against a real store.
struct DateCommandTests {
    @Test func aDateSetByHandIsListedWithItsNoteAndCanBeCleared() throws {
        let directory = try CLIProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let db = directory + "/dates.db"
        for index in 0..<2 { try CLIProcess.write(CLIProcess.page(index), to: directory + "/in/page\(index).html") }
        #expect(try CLIProcess.run(["ingest", directory + "/in", "--db", db, "--quiet"]).status == 0)

        struct Row: Decodable { var id: String; var date: String?; var source: String?; var evidence: String? }
        func rows() throws -> [Row] {
            let listed = try CLIProcess.run(["date", "list", "--db", db, "--format", "json"])
            #expect(listed.status == 0, "\(listed.stderr)")
            return try JSONDecoder().decode([Row].self, from: Data(listed.stdout.utf8))
        }
        let target = try #require(try rows().first)
        let set = try CLIProcess.run(["date", "set", String(target.id.prefix(6)), "2020-01-02", "--note", "from the print edition", "--db", db])
        #expect(set.status == 0, "\(set.stderr)")
        let updated = try #require(try rows().first { $0.id == target.id })
        #expect(updated.date == "2020-01-02" && updated.source == "user")
        #expect(updated.evidence?.contains("from the print edition") == true)

        #expect(try CLIProcess.run(["date", "set", target.id, "2020-13-45", "--db", db]).status != 0)
        #expect(try CLIProcess.run(["date", "clear", target.id, "--db", db]).status == 0)
        #expect(try rows().first { $0.id == target.id }?.source != "user")
    }
}
