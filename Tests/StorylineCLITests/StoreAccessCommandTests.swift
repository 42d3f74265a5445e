import Foundation
import Store
import Testing

/// Read commands never write to the store (they open it read-only: no migration, no pragma); a damaged store is refused by `ingest` and reported by `check`.
struct StoreAccessCommandTests {
    func ingested() throws -> (directory: String, db: String) {
        let directory = try CLIProcess.temporaryDirectory()
        for index in 0..<3 { try CLIProcess.write(CLIProcess.page(index), to: directory + "/in/page\(index).html") }
        let db = directory + "/store/s.db"
        try FileManager.default.createDirectory(atPath: directory + "/store", withIntermediateDirectories: true)
        #expect(try CLIProcess.run(["ingest", directory + "/in", "--db", db, "--quiet"]).status == 0)
        return (directory, db)
    }

    @Test func readCommandsLeaveTheStoreFilesAsTheyWere() throws {
        let (directory, db) = try ingested()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let folder = directory + "/store"
        func snapshot() throws -> [String: Data] {
            var files: [String: Data] = [:]
            for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
                files[name] = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name))
            }
            return files
        }
        let before = try snapshot()
        for arguments in [["stories"], ["brief"], ["timeline"], ["date", "list"], ["actor", "list"], ["search", "the"],
                          ["export", "facts"], ["check"]] {
            let run = try CLIProcess.run(arguments + ["--db", db])
            #expect(run.status == 0, "\(arguments): \(run.stderr)")
        }
        // The store file is byte for byte what it was; SQLite's write-ahead log, if a reader opened one, holds nothing.
        let after = try snapshot()
        #expect(after["s.db"] == before["s.db"])
        #expect(after["s.db-wal"]?.isEmpty ?? true)
    }

    @Test func aDamagedStoreIsRefusedByIngestAndReportedByCheck() throws {
        let (directory, db) = try ingested()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        // Overwrite pages in the middle of the file (past the header) with garbage.
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: db))
        let size = try handle.seekToEnd()
        try handle.seek(toOffset: min(8_192, size / 2))
        handle.write(Data(repeating: 0xA5, count: 8_192))
        try handle.close()
        let check = try CLIProcess.run(["check", "--db", db])
        #expect(check.status != 0)
        let ingest = try CLIProcess.run(["ingest", directory + "/in", "--db", db, "--quiet"])
        #expect(ingest.status != 0)
        #expect(ingest.stderr.contains("damaged") || ingest.stderr.contains("not a readable Storyline store"), "\(ingest.stderr)")
        #expect(!ingest.stderr.contains("SQLite error"))
    }

    @Test func aStoreMissingItsSearchIndexIsRefusedByIngestAndReportedByCheck() throws {
        let (directory, db) = try ingested()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        // SQLite's own checks call this store sound: the full-text index table is simply gone.
        let store = try StorylineStore(path: db)
        #expect(try store.quickCheck().isEmpty)
        try dropSearchIndex(db)
        #expect(try StorylineStore(path: db).quickCheck() == ["table article_fts is missing", "table article_fts_docsize is missing"])
        let check = try CLIProcess.run(["check", "--db", db])
        #expect(check.status != 0)
        #expect(check.stdout.contains("article_fts is missing") || check.stderr.contains("article_fts is missing"), "\(check.stdout) \(check.stderr)")
        let ingest = try CLIProcess.run(["ingest", directory + "/in", "--db", db, "--quiet"])
        #expect(ingest.status != 0)
        #expect(ingest.stderr.contains("damaged"), "\(ingest.stderr)")
    }

    private func dropSearchIndex(_ db: String) throws {
        let sqlite = Process()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        sqlite.arguments = ["python3", "-c", "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('DROP TABLE article_fts'); c.commit()", db]
        try sqlite.run()
        sqlite.waitUntilExit()
        #expect(sqlite.terminationStatus == 0)
    }
}
