import ArgumentParser
import Engine
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

    @Option(help: "The store.") var db: String = StoreBackend.defaultLocation
    @Option(help: "Output format: md or json.") var format: OutputFormat = .md
    @Flag(help: "Say why each article joined its story.") var explain = false

    func run() throws {
        let service = try Self.service(db: db)
        switch format {
        case .md: print(StoriesMarkdown.render(stories: try service.storiesBySize(), assignments: try service.assignments(),
                                               duplicates: try service.duplicates(), boilerplate: try service.boilerplate(),
                                               explain: explain), terminator: "")
        case .json:
            struct Listing: Encodable {
                var stories: [StoryCluster]
                var assignments: [StoryAssignment]
                var duplicates: DuplicateReport
            }
            FileHandle.standardOutput.write(try JSONOutput.encode(
                Listing(stories: try service.storiesBySize(), assignments: try service.assignments(), duplicates: try service.duplicates())))
        }
    }

    /// The story service over the store at `db` (read-only).
    static func service(db: String) throws -> StoryService {
        do { return try StoryService(db: db) } catch let error as StoryServiceError {
            throw ValidationError(error.description)
        }
    }

    /// The stored articles with their stories and copies (from the story index when it is current).
    /// `boilerplate`: other settings for learning an outlet's repeated sentences than the index was built with.
    static func workspace(db: String, boilerplate: RepeatedSentenceFinder? = nil) throws -> StoryWorkspace {
        try service(db: db).workspace(boilerplate: boilerplate)
    }
}

/// Output formats of the story commands.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case md, json
}
