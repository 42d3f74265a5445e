import ArgumentParser
import Engine
import Foundation
import Ingest
import Model
import Store
import Story

/// `storyline demo`: ingests the bundled example corpus and prints what the pipeline knows about it.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Ingest the bundled example corpus and print what the pipeline knows."
    )

    @Option(help: "Keep the database here (default: a temporary file, removed afterwards).")
    var db: String?

    @Option(help: "Ingest this corpus folder instead of the bundled one.")
    var corpus: String?

    func run() throws {
        let corpusPath = try corpus ?? Self.bundledCorpus()
        let temporary = db == nil
        let databasePath = db ?? NSTemporaryDirectory() + "storyline-demo-\(UUID().uuidString).db"
        defer {
            if temporary {
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: databasePath + suffix) }
            }
        }
        let store = try StorylineStore(path: databasePath)
        // The corpus folders (html, text, warc, jsonl, feeds); README.md and expected.json at the top are not inputs.
        let folders = try FileManager.default.contentsOfDirectory(atPath: corpusPath).sorted()
            .map { corpusPath + "/" + $0 }
            .filter { path in
                var isDirectory: ObjCBool = false
                return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
            }
        let inputs = InputExpander.expand(folders)
        let files = inputs.files
        print("Storyline demo: \(Self.corpusTitle(corpusPath))")
        print("corpus: \(files.count) files in \(corpusPath)")
        let summary = try IngestService(store: store).run(files: files, missing: inputs.missing, skipped: inputs.skipped)
        print(summary.line)
        print(temporary ? "database: temporary (use --db PATH to keep it)" : "database: \(databasePath)")
        print()
        // Dates of undated articles come from their whole story (the workspace), not from each text alone.
        let service = try StoriesCommand.service(db: databasePath)
        let workspace = try service.workspace()
        let copyKinds = Dictionary(workspace.duplicates.links.map { ($0.copy, $0.kind.rawValue) }, uniquingKeysWith: { first, _ in first })
        print(DemoReport(documents: workspace.documents, summary: try store.summary(), copyKinds: copyKinds).render())
        // The main job: the cited brief of the largest story.
        let brief = try service.brief(nil)
        print()
        print(BriefMarkdown.render(brief), terminator: "")
        print()
        if temporary {
            print("To open these stories in the desk (web pages and a JSON API), keep the store and serve it:")
            print("  storyline demo --db demo.db && storyline serve --db demo.db    # then open http://127.0.0.1:8080/")
        } else {
            print("Open the desk (web pages and a JSON API): storyline serve --db \(databasePath)    # then open http://127.0.0.1:8080/")
        }
    }

    /// The corpus folder inside the executable's resource bundle.
    static func bundledCorpus() throws -> String {
        guard let resources = Bundle.module.resourceURL else { throw ValidationError("the demo corpus is missing from this build") }
        for candidate in ["Resources/DemoCorpus", "DemoCorpus"] {
            let path = resources.appendingPathComponent(candidate).path
            if FileManager.default.fileExists(atPath: path) { return path }
        }
        throw ValidationError("the demo corpus is missing from this build (looked in \(resources.path))")
    }

    /// The first heading of the corpus README, if any.
    static func corpusTitle(_ corpus: String) -> String {
        guard let readme = try? String(contentsOfFile: corpus + "/README.md", encoding: .utf8),
              let heading = readme.split(separator: "\n").first(where: { $0.hasPrefix("# ") }) else { return "example corpus" }
        return String(heading.dropFirst(2))
    }
}
