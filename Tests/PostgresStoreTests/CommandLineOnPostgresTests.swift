import Foundation
import Testing

/// `storyline ingest` and `search` with `--db postgres://…` (and STORYLINE_DB), run as a user would; story commands on
/// such a store stop with one line.
@Suite(.enabled(if: TestPostgres.isEnabled, "no PostgreSQL cluster could be started"))
struct CommandLineOnPostgresTests {
    private static let packageRoot = #filePath.components(separatedBy: "/Tests/")[0]

    private struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    private func storyline(_ arguments: [String], environment: [String: String] = [:]) throws -> Output {
        let binary = try #require(["debug", "release"].map { Self.packageRoot + "/.build/\($0)/storyline" }
            .first(where: FileManager.default.isExecutableFile(atPath:)), "storyline is not built")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: Self.packageRoot)
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: stdout, stderr: stderr)
    }

    @Test func ingestSearchAndRefusals() throws {
        let location = try TestPostgres.freshDatabase()
        let url = try TestPostgres.cluster().url(database: location.database)
        let ingest = try storyline(["ingest", "Tests/Seeds", "--db", url, "--quiet"])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        #expect(ingest.stdout.contains("(5 articles)"))
        #expect(ingest.stdout.contains("story index: not kept on PostgreSQL yet"))
        #expect(ingest.stdout.contains("database: postgres://storyline@/\(location.database)?host="))
        let again = try storyline(["ingest", "Tests/Seeds", "--quiet"], environment: ["STORYLINE_DB": url])
        #expect(again.status == 0 && again.stdout.contains("(5 articles)"), "\(again.stderr)")

        let search = try storyline(["search", "--db", url, "--format", "json", "Putin AND NATO"])
        #expect(search.status == 0, "\(search.stderr)")
        let hits = try JSONSerialization.jsonObject(with: Data(search.stdout.utf8)) as? [[String: Any]] ?? []
        #expect(!hits.isEmpty)
        #expect(hits.allSatisfy { ($0["snippet"] as? String)?.contains("<b>") == true })
        let text = try storyline(["search", "Lukashenko"], environment: ["STORYLINE_DB": url])
        #expect(text.stdout.contains("[Lukashenko]"), "\(text.stderr)")

        let stories = try storyline(["stories", "--db", url])
        #expect(stories.status != 0)
        #expect(stories.stderr.split(separator: "\n").count == 1)
        #expect(stories.stderr.contains("does not work on a PostgreSQL store yet"))

        let missing = try storyline(["search", "--db", try TestPostgres.cluster().url(database: "absent"), "x"])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("absent"), "\(missing.stderr)")
    }
}
