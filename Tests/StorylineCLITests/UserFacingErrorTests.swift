import ArgumentParser
import Foundation
import GRDB
import Testing
@testable import StorylineCLI

/// What a user sees when a command fails: one `Error:` line in our words, never the SQL statement or Swift's
/// decoder dump; the raw text only with STORYLINE_VERBOSE=1.
struct UserFacingErrorTests {
    /// A store with one article, then changed behind Storyline's back by `damage`.
    func damagedStore(_ damage: String) throws -> (directory: String, db: String) {
        let directory = try CLIProcess.temporaryDirectory()
        try CLIProcess.write(CLIProcess.page(0), to: directory + "/in/page0.html")
        let db = directory + "/s.db"
        #expect(try CLIProcess.run(["ingest", directory + "/in", "--db", db, "--quiet"]).status == 0)
        let queue = try DatabaseQueue(path: db)
        try queue.write { try $0.execute(sql: damage) }
        try queue.close()
        return (directory, db)
    }

    @Test func aStoreMissingAColumnIsReportedInOneLineWithoutSQL() throws {
        let (directory, db) = try damagedStore("ALTER TABLE article RENAME COLUMN document_json TO something_else")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        for command in [["stories"], ["timeline"]] {
            let run = try CLIProcess.run(command + ["--db", db])
            #expect(run.status != 0)
            let lines = run.stderr.split(separator: "\n")
            #expect(lines.count == 1, "\(command): \(run.stderr)")
            #expect(lines.first?.hasPrefix("Error: the store lacks a table or column it should have") == true, "\(run.stderr)")
            #expect(!run.stderr.contains("SELECT") && !run.stderr.contains("SQLite error"), "\(run.stderr)")
        }
    }

    @Test func anUndecodableStoredArticleIsReportedInOneLine() throws {
        let (directory, db) = try damagedStore(#"UPDATE article SET document_json = '{"text": 5}'"#)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let run = try CLIProcess.run(["stories", "--db", db])
        #expect(run.status != 0)
        #expect(run.stderr.split(separator: "\n").count == 1, "\(run.stderr)")
        #expect(run.stderr.hasPrefix(#"Error: a stored article cannot be decoded (missing "id")"#), "\(run.stderr)")
        #expect(!run.stderr.contains("DecodingError") && !run.stderr.contains("CodingKeys"), "\(run.stderr)")
    }

    @Test func aBrokenSearchIndexIsReportedWithoutSQL() throws {
        let (directory, db) = try damagedStore("DROP TABLE article_fts")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let run = try CLIProcess.run(["search", "harbour", "--db", db])
        #expect(run.status != 0)
        #expect(run.stderr.hasPrefix("Error: query: the store lacks a table or column it should have"), "\(run.stderr)")
        #expect(!run.stderr.contains("SELECT") && !run.stderr.contains("bm25"), "\(run.stderr)")
    }

    @Test func aBadInputRecordNamesItsFieldNotTheDecoder() throws {
        let run = try CLIProcess.run(["analyze", "--input", "-"], stdin: Data(#"{"id": 1, "text": "x"}"#.utf8 + [10]))
        #expect(run.stderr.contains("-:1: not a valid input record (wrong type at id)"), "\(run.stderr)")
        #expect(!run.stderr.contains("DecodingError"), "\(run.stderr)")
    }

    @Test func messagesAreOneLineForAnyError() {
        struct Chatty: Error, CustomStringConvertible { var description: String { "first line\nsecond line" } }
        #expect(UserFacingError.message(Chatty()) == "first line")
        #expect(UserFacingError.message(CocoaError(.fileNoSuchFile)).split(separator: "\n").count == 1)
        #expect(UserFacingError.translating(ExitCode(3)) is ExitCode)
    }
}
