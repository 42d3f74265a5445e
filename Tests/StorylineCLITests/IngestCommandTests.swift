import Foundation
import Model
import Store
import Testing

/// `storyline ingest` run as a child process: seeds, re-ingest, bad input, stdin.
@Suite(.serialized)
struct IngestCommandTests {
    @Test func storesTheFiveSeedsFromARelativePath() throws {
        let directory = try CLIProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let db = directory + "/seeds.db"
        let first = try CLIProcess.run(["ingest", "Tests/Seeds", "--db", db])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("ingested 5, duplicate 0, skipped 0, failed 0"))
        let store = try StorylineStore(path: db)
        #expect(try store.articleCount() == 5)
        #expect(try store.allDocuments().allSatisfy { !$0.text.isEmpty })
        // Re-ingesting is a no-op.
        let again = try CLIProcess.run(["ingest", "Tests/Seeds", "--db", db])
        #expect(again.status == 0)
        #expect(again.stdout.contains("ingested 0, duplicate 5"))
        #expect(try store.articleCount() == 5)
    }

    @Test func badInputGetsOneLineEachAndTheBatchGoesOn() throws {
        let directory = try CLIProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try CLIProcess.write(CLIProcess.page(1), to: directory + "/in/good1.html")
        try CLIProcess.write(CLIProcess.page(2), to: directory + "/in/good2.html")
        try CLIProcess.write("", to: directory + "/in/empty.txt")
        try Data([0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0, 0, 0, 0, 0] + Array(repeating: 0, count: 64)).write(to: URL(fileURLWithPath: directory + "/in/program.html"))
        try Data(Array("Caf".utf8) + [0xE9, 0x0A]).write(to: URL(fileURLWithPath: directory + "/in/latin1.txt"))
        try CLIProcess.write(CLIProcess.page(3, words: 4000), to: directory + "/in/big.html")
        let db = directory + "/t.db"
        let result = try CLIProcess.run(["ingest", directory + "/in", directory + "/in/missing.html", "--db", db, "--max-size", "20KB"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("ingested 2, duplicate 0, skipped 1, failed 4"), "\(result.stdout)")
        let lines = result.stderr.split(separator: "\n").map(String.init).filter { $0.hasPrefix("error: ") || $0.hasPrefix("skipped: ") }
        for (file, reason) in [("program.html", "binary"), ("latin1.txt", "invalid UTF-8"), ("big.html", "--max-size"),
                               ("missing.html", "no such file"), ("empty.txt", "empty")] {
            let matching = lines.filter { $0.contains(file) }
            #expect(matching.count == 1 && matching[0].contains(reason), "\(file): \(matching)")
        }
        #expect(try StorylineStore(path: db).articleCount() == 2)
        // With the limit raised, the big page goes in; the rest are duplicates or still bad.
        let raised = try CLIProcess.run(["ingest", directory + "/in", "--db", db, "--max-size", "10MB"])
        #expect(raised.stdout.contains("ingested 1, duplicate 2, skipped 1, failed 2"), "\(raised.stdout)")
    }

    @Test func readsStandardInput() throws {
        let directory = try CLIProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let lines = (1...3).map { #"{"id": "w\#($0)", "text": "Wire story number \#($0) about the harbour.", "date": "2022-01-0\#($0)", "source": "Wire"}"# }
        let result = try CLIProcess.run(["ingest", "-", "--db", directory + "/s.db"], stdin: Data((lines.joined(separator: "\n") + "\n").utf8))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("ingested 3,"))
        let documents = try StorylineStore(path: directory + "/s.db").allDocuments()
        #expect(documents.map { $0.metadata.published?.date.description } == ["2022-01-01", "2022-01-02", "2022-01-03"])
        #expect(Set(documents.compactMap(\.metadata.source)) == ["Wire"])
    }

    @Test func nonTerminalProgressIsPlainLines() throws {
        let directory = try CLIProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try CLIProcess.write(CLIProcess.page(1), to: directory + "/a.html")
        let result = try CLIProcess.run(["ingest", directory + "/a.html", "--db", directory + "/p.db"])
        #expect(!result.stderr.contains("\u{1B}["))
        #expect(result.stderr.contains("[1/1]"))
    }
}

/// On a terminal the progress is a redrawn bar with rate and ETA (run under `script`, which provides a pty).
struct IngestProgressBarTests {
    @Test func terminalGetsABar() throws {
        let directory = try CLIProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        for index in 0..<3 { try CLIProcess.write(CLIProcess.page(index), to: directory + "/in/p\(index).html") }
        let command = "'\(try CLIProcess.executable())' ingest '\(directory)/in' --db '\(directory)/bar.db'"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", command, "/dev/null"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(text.contains("\r\u{1B}[K["))
        #expect(text.contains("MB/s"))
        #expect(text.contains("ETA"))
        #expect(text.contains("100%"))
        #expect(!text.contains("[1/3]"))
        #expect(text.contains("ingested 3,"))
    }
}

/// `storyline ingest --reanalyze` redoes extraction and analysis from the stored raw copies alone.
struct ReanalyzeTests {
    @Test func reanalysisNeedsNoSourceFiles() throws {
        let directory = try CLIProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try CLIProcess.write(CLIProcess.page(1), to: directory + "/in/a.html")
        let line = #"{"id": "w1", "text": "The harbour reopened on Monday, officials said.", "date": "2022-01-03", "source": "Wire", "title": "Reopened"}"#
        try CLIProcess.write(line + "\n", to: directory + "/in/b.jsonl")
        let db = directory + "/r.db"
        #expect(try CLIProcess.run(["ingest", directory + "/in", "--db", db, "--quiet"]).status == 0)
        let before = try StorylineStore(path: db).allDocuments()
        try FileManager.default.removeItem(atPath: directory + "/in")
        // Wipe the stored analysis so the test sees it come back from the raw copy.
        let store = try StorylineStore(path: db)
        try store.updateDocuments(before.map { Document(id: $0.id, text: "", metadata: ArticleMetadata()) })
        let result = try CLIProcess.run(["ingest", "--reanalyze", "--db", db])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("reanalysed 2, failed 0"))
        let after = try store.allDocuments()
        #expect(after.map(\.text) == before.map(\.text))
        #expect(after.map(\.metadata.title) == before.map(\.metadata.title))
        #expect(after.last?.metadata.published?.date.description == "2022-01-03")
        #expect(after.last?.metadata.source == "Wire")
        #expect(try store.search(SearchQuery(parsing: "harbour reopened")).count == 1)
        #expect(try store.consistencyProblems().isEmpty)
    }
}
