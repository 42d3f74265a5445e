import Foundation
import Store
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// An ingest killed with SIGKILL mid-way leaves a consistent database holding whole batches only; running it
/// again completes the rest.
@Suite(.serialized)
struct IngestKillTests {
    @Test func sigkillMidwayThenResume() throws {
        let directory = try CLIProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let total = 400, batch = 4
        for index in 0..<total {
            try CLIProcess.write(CLIProcess.page(index, words: 200), to: directory + "/in/\(index / 100)/page\(index).html")
        }
        let db = directory + "/kill.db"
        let child = try CLIProcess.start(["ingest", directory + "/in", "--db", db, "--batch-size", "\(batch)", "--quiet"],
                                         discardOutput: true)
        // Wait until a batch is committed, then kill without warning (early, so that a loaded machine still catches it mid-way).
        var stored = 0
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline && child.process.isRunning {
            Thread.sleep(forTimeInterval: 0.05)
            stored = (try? countArticles(db)) ?? 0
            if stored >= batch { break }
        }
        #expect(child.process.isRunning, "ingest finished before it could be killed (\(stored) stored)")
        kill(child.process.processIdentifier, SIGKILL)
        child.process.waitUntilExit()
        #expect(child.process.terminationReason == .uncaughtSignal)

        let store = try StorylineStore(path: db)
        let afterKill = try store.articleCount()
        #expect(try store.consistencyProblems() == [])
        #expect(afterKill > 0 && afterKill < total)
        #expect(afterKill % batch == 0, "a batch was half-written: \(afterKill) articles")

        let resumed = try CLIProcess.run(["ingest", directory + "/in", "--db", db, "--quiet"])
        #expect(resumed.status == 0)
        #expect(resumed.stdout.contains("ingested \(total - afterKill), duplicate \(afterKill),"), "\(resumed.stdout)")
        #expect(try store.articleCount() == total)
        #expect(try store.consistencyProblems() == [])
    }

    /// Killed while the story index is written (every article is stored, the process has not ended): the store is
    /// consistent, and the next ingest, with nothing new to store, completes the index.
    @Test func sigkillDuringTheStoryIndexUpdateThenResume() throws {
        let directory = try CLIProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let total = 240
        for index in 0..<total {
            try CLIProcess.write(CLIProcess.page(index, words: 200), to: directory + "/in/page\(index).html")
        }
        let db = directory + "/kill.db"
        let child = try CLIProcess.start(["ingest", directory + "/in", "--db", db, "--batch-size", "\(total)", "--quiet"],
                                         discardOutput: true)
        var stored = 0
        let deadline = Date().addingTimeInterval(300)
        while Date() < deadline && child.process.isRunning {
            Thread.sleep(forTimeInterval: 0.02)
            stored = (try? countArticles(db)) ?? 0
            if stored == total { break }
        }
        let killedDuringIndex = child.process.isRunning
        kill(child.process.processIdentifier, SIGKILL)
        child.process.waitUntilExit()
        #expect(killedDuringIndex, "ingest finished before it could be killed")

        let store = try StorylineStore(path: db)
        #expect(try store.articleCount() == total)
        #expect(try store.consistencyProblems() == [])
        #expect(try StoryIndexStore(path: db, access: .readOnly).isCurrent() == false)

        let resumed = try CLIProcess.run(["ingest", directory + "/in", "--db", db, "--quiet"])
        #expect(resumed.status == 0)
        #expect(resumed.stdout.contains("ingested 0, duplicate \(total),"), "\(resumed.stdout)")
        #expect(resumed.stdout.contains("story index:"), "\(resumed.stdout)")
        #expect(try StoryIndexStore(path: db, access: .readOnly).isCurrent())
        let listing = try CLIProcess.run(["index", "--db", db])
        #expect(listing.stdout.hasPrefix("story index: current"), "\(listing.stdout)")
    }

    /// Polls read-only: opening for writing would migrate the store while the child is creating it, and the two
    /// creations could race (the child then fails before it is killed).
    private func countArticles(_ db: String) throws -> Int {
        guard FileManager.default.fileExists(atPath: db) else { return 0 }
        return try StorylineStore(path: db, access: .readOnly).articleCount()
    }
}
