import ArgumentParser
import Foundation
import Link
import Store
import Story

/// `storyline export`: the store's stories as machine-readable files.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the stories' facts for other tools.",
        subcommands: [Facts.self]
    )

    /// `storyline export facts`: every story's actors, quotes, claims and time expressions as JSON Lines.
    struct Facts: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "facts",
            abstract: "Every story's actors, quotes, numeric claims and time expressions as JSON Lines (one fact a line).",
            discussion: "Articles are named by the id their input gave them; offsets are Unicode code points into the article text."
        )

        @Option(help: "The store.") var db: String = "storyline.db"
        @Option(name: .shortAndLong, help: "Write to this file instead of standard output.") var output: String?
        @Option(help: "A sentence is an outlet's boilerplate when at least this share of the outlet's articles repeat it.")
        var boilerplateShare: Double = RepeatedSentenceFinder().minimumShare

        func run() throws {
            var finder = RepeatedSentenceFinder()
            finder.minimumShare = boilerplateShare
            let workspace = try StoriesCommand.workspace(db: db, boilerplate: finder)
            let exporter = FactsExporter(inputIDs: try StorylineStore(path: db).inputIDs(),
                                         overrides: try ActorCommand.overrides(db: db))
            let writer = try JSONLinesWriter(path: output)
            try exporter.export(workspace) { facts in
                for fact in facts { try writer.write(fact) }
            }
            try writer.close()
        }
    }
}
