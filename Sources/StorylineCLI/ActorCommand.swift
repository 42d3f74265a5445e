import ArgumentParser
import Engine
import Foundation
import Link
import Store
import Story

/// `storyline actor`: list story-level actors, and merge or split them (the choice is stored and re-applied).
struct ActorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actor",
        abstract: "List, merge or split story-level actors; merges and splits persist in the store.",
        subcommands: [List.self, Merge.self, Split.self, Overrides.self, Undo.self],
        defaultSubcommand: List.self
    )

    /// The stored overrides as Link overrides, oldest first.
    static func overrides(db: String) throws -> [ActorOverride] { try StoryService.actorOverrides(db: db) }

    /// Rebuilds the stories' kept actor lists and briefs after the user's choices changed.
    static func refreshProducts(db: String) throws {
        guard let store = try? StorylineStore(path: db) else { return }
        try StoryIndexBuilder().update(store: store, index: StoryIndexStore(path: db))
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "The actors of a story with every alias.")
        @Argument(help: "A story id or number (default: the largest story).") var story: String?
        @Option(help: "The store.") var db: String = StoreBackend.defaultLocation
        @Option(help: "Output format: md or json.") var format: OutputFormat = .md

        func run() throws {
            let service = try StoriesCommand.service(db: db)
            if let kept = try service.keptProduct(format == .json ? .actors : .actorsMarkdown, story: story) {
                FileHandle.standardOutput.write(kept)
                return
            }
            let actors = try service.actors(story)
            switch format {
            case .json: FileHandle.standardOutput.write(try JSONOutput.encode(actors))
            case .md: print(ActorListMarkdown.render(actors), terminator: "")
            }
        }
    }

    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "merge", abstract: "Make one actor of two or more (ids, names or aliases).")
        @Argument(help: "The actors to merge; the first gives the name.") var actors: [String]
        @Option(help: "The store.") var db: String = StoreBackend.defaultLocation

        func run() throws {
            guard actors.count >= 2 else { throw ValidationError("merge needs at least two actors") }
            let id = try ActorOverrideStore(path: db).add(kind: ActorOverride.Kind.merge.rawValue, actors: actors)
            print("override \(id): merge \(actors.joined(separator: " + "))")
            try ActorCommand.refreshProducts(db: db)
        }
    }

    struct Split: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "split", abstract: "Move the articles' clusters using some aliases out of an actor.")
        @Argument(help: "The actor (id, name or alias).") var actor: String
        @Option(name: .customLong("alias"), help: "An alias to move out (repeatable).") var aliases: [String] = []
        @Option(help: "The store.") var db: String = StoreBackend.defaultLocation

        func run() throws {
            guard !aliases.isEmpty else { throw ValidationError("split needs at least one --alias") }
            let id = try ActorOverrideStore(path: db).add(kind: ActorOverride.Kind.split.rawValue, actors: [actor], aliases: aliases)
            print("override \(id): split \(aliases.joined(separator: ", ")) out of \(actor)")
            try ActorCommand.refreshProducts(db: db)
        }
    }

    struct Overrides: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "overrides", abstract: "The stored merges and splits, in the order they apply.")
        @Option(help: "The store.") var db: String = StoreBackend.defaultLocation

        func run() throws {
            for stored in try ActorOverrideStore(path: db, access: .readOnly).all() {
                print("\(stored.id)\t\(stored.kind)\t\(stored.actors.joined(separator: ", "))\t\(stored.aliases.joined(separator: ", "))\t\(stored.created)")
            }
        }
    }

    struct Undo: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "undo", abstract: "Remove a stored merge or split by its number.")
        @Argument(help: "The override number (see `actor overrides`).") var id: Int64
        @Option(help: "The store.") var db: String = StoreBackend.defaultLocation

        func run() throws {
            try ActorOverrideStore(path: db).remove(id: id)
            try ActorCommand.refreshProducts(db: db)
        }
    }
}
