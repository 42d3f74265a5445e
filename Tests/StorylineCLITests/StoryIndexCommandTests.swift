import Foundation
import Testing

/// The story commands print the same from the story index as when they work the stories out over the store.
@Suite struct StoryIndexCommandTests {
    @Test func keptProductsPrintWhatAFreshComputationPrints() throws {
        let directory = try CLIProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let db = directory + "/seeds.db"
        let ingest = try CLIProcess.run(["ingest", "Tests/Seeds", "--db", db, "--quiet", "--no-index"])
        #expect(ingest.status == 0)
        #expect(!ingest.stdout.contains("story index:"))
        #expect(try CLIProcess.run(["index", "--db", db]).stdout.hasPrefix("story index: none"))
        let commands = [["brief"], ["brief", "--format", "json"], ["timeline", "--format", "json"], ["timeline"],
                        ["actor", "list", "--format", "json"], ["actor", "list"], ["stories", "--format", "json"], ["date", "list"]]
        let computed = try commands.map { try CLIProcess.run($0 + ["--db", db]) }
        let update = try CLIProcess.run(["index", "--update", "--db", db])
        #expect(update.stdout.contains("1 story (0 kept their ids, 1 new)"), "\(update.stdout)")
        #expect(try CLIProcess.run(["index", "--db", db]).stdout.hasPrefix("story index: current"))
        for (command, fresh) in zip(commands, computed) {
            let kept = try CLIProcess.run(command + ["--db", db])
            #expect(fresh.status == 0 && kept.status == 0, "\(command): \(fresh.stderr) \(kept.stderr)")
            #expect(kept.stdout == fresh.stdout, "\(command.joined(separator: " ")) differs from the index")
            #expect(!kept.stdout.isEmpty)
        }
    }
}
