import ArgumentParser
import Engine
import Foundation
import Link
import Model
import Store
import Story

/// `storyline date`: the publication date of every article with where it came from, and the user's corrections
/// (`set`, `clear`), which persist in the store and are applied before undated articles are estimated.
struct DateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "date",
        abstract: "List articles' publication dates with their provenance; set or clear a date by hand (kept in the store).",
        subcommands: [List.self, Set.self, Clear.self],
        defaultSubcommand: List.self
    )

    /// The one stored document whose input id is `prefix`, or whose document id is `prefix` or starts with it.
    static func documentID(_ prefix: String, db: String) throws -> String {
        do {
            guard let id = try StoriesCommand.service(db: db).documentID(prefix) else {
                throw ValidationError("no article with id \(prefix)")
            }
            return id
        } catch let error as StoryServiceError {
            throw ValidationError(error.description)
        }
    }

    /// Re-dates the stories after the user's dates changed (the story index is rebuilt from the store).
    static func updateIndex(db: String) throws {
        print(try StoryIndexBuilder().update(db: db).line)
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "Every article's date, source, confidence and evidence.")
        @Option(help: "The store.") var db: String = StoreBackend.defaultLocation
        @Option(help: "Output format: md or json.") var format: OutputFormat = .md

        struct Row: Encodable {
            var id: String
            var article: String
            var outlet: String
            var title: String?
            var date: String?
            var source: String?
            var confidence: Double?
            var evidence: String?
        }

        func run() throws {
            let workspace = try StoriesCommand.workspace(db: db)
            let rows = workspace.documents.map { document in
                Row(id: document.id, article: document.reference, outlet: document.outlet, title: document.displayTitle(),
                    date: document.metadata.published?.date.description, source: document.metadata.published?.source.rawValue,
                    confidence: document.metadata.published?.confidence, evidence: document.metadata.published?.evidence)
            }.sorted { ($0.date ?? "9999", $0.id) < ($1.date ?? "9999", $1.id) }
            switch format {
            case .json: FileHandle.standardOutput.write(try JSONOutput.encode(rows))
            case .md:
                print("| article | outlet | date | from | confidence | title |")
                print("|---|---|---|---|---|---|")
                for row in rows {
                    let confidence = row.confidence.map { String(format: "%.2f", $0) } ?? ""
                    print("| \(row.article) | \(row.outlet) | \(row.date ?? "undated") | \(row.source ?? "") | \(confidence) | \(row.title ?? "") |")
                }
            }
        }
    }

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "set", abstract: "Set an article's publication date (YYYY-MM-DD).")
        @Argument(help: "The article id (or a unique start of it).") var article: String
        @Argument(help: "The date, YYYY-MM-DD.") var date: String
        @Option(help: "Why (kept as the date's evidence).") var note: String?
        @Option(help: "The store.") var db: String = StoreBackend.defaultLocation

        func run() throws {
            guard let day = CalendarDate(iso: date) else { throw ValidationError("\(date) is not a YYYY-MM-DD date") }
            let id = try DateCommand.documentID(article, db: db)
            try DateOverrideStore(path: db).set(documentID: id, date: day, note: note)
            print("\(id): published \(day) (set by the user)")
            try DateCommand.updateIndex(db: db)
        }
    }

    struct Clear: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "clear", abstract: "Forget the date set by hand for an article.")
        @Argument(help: "The article id (or a unique start of it).") var article: String
        @Option(help: "The store.") var db: String = StoreBackend.defaultLocation

        func run() throws {
            let id = try DateCommand.documentID(article, db: db)
            let removed = try DateOverrideStore(path: db).remove(documentID: id)
            print(removed ? "\(id): date set by hand removed" : "\(id): no date set by hand")
            if removed { try DateCommand.updateIndex(db: db) }
        }
    }
}
