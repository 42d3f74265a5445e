import ArgumentParser
import Foundation
import Link
import Model
import Store
import Story

/// `storyline stories`: the stories in the store, their events, and (with --explain) why each article is where it is.
struct StoriesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stories",
        abstract: "List the stories and their events (online clustering by text, entities and dates)."
    )

    @Option(help: "The store.") var db: String = "storyline.db"
    @Option(help: "Output format: md or json.") var format: OutputFormat = .md
    @Flag(help: "Say why each article joined its story.") var explain = false

    func run() throws {
        let workspace = try Self.workspace(db: db)
        switch format {
        case .md: print(StoriesMarkdown.render(workspace, explain: explain), terminator: "")
        case .json:
            struct Listing: Encodable {
                var stories: [StoryCluster]
                var assignments: [StoryAssignment]
                var duplicates: DuplicateReport
            }
            FileHandle.standardOutput.write(try JSONOutput.encode(
                Listing(stories: workspace.storiesBySize, assignments: workspace.assignments, duplicates: workspace.duplicates)))
        }
    }

    /// The stored articles with their stories and copies.
    /// `boilerplate`: how an outlet's repeated sentences are learned (the defaults unless an option says otherwise).
    static func workspace(db: String, boilerplate: RepeatedSentenceFinder = RepeatedSentenceFinder()) throws -> StoryWorkspace {
        guard FileManager.default.fileExists(atPath: db) else {
            throw ValidationError("no store at \(db): run `storyline ingest PATH` first, or pass --db")
        }
        let userDates = try DateOverrideStore(path: db, access: .readOnly).all().map { ($0.documentID, $0.attribution) }
        let store = try StorylineStore(path: db, access: .readOnly)
        var documents = try store.allDocuments()
        // Stores written before documents carried their input id: take it from the stored input.
        if documents.contains(where: { $0.metadata.inputID == nil }) {
            let inputIDs = try store.inputIDs()
            for index in documents.indices where documents[index].metadata.inputID == nil {
                documents[index].metadata.inputID = inputIDs[documents[index].id]
            }
        }
        return StoryWorkspace(documents: documents,
                              userDates: Dictionary(userDates, uniquingKeysWith: { first, _ in first }),
                              boilerplate: boilerplate)
    }
}

/// Output formats of the story commands.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case md, json
}
