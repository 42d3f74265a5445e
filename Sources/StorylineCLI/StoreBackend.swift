import Foundation
import PostgresStore
import Store

/// The one place that decides which store a `--db` names: a `postgres://` (or `postgresql://`) URL is a PostgreSQL
/// store, anything else a SQLite file. `STORYLINE_DB` gives the default of every command's `--db`.
///
/// PostgreSQL serves the article commands (`ingest`, `search`) so far; every other command on a PostgreSQL store is
/// refused before it starts, with one line saying so (the story index and the corrections live in SQLite only).
enum StoreBackend {
    /// `STORYLINE_DB`, else `storyline.db`.
    static var defaultLocation: String {
        ProcessInfo.processInfo.environment["STORYLINE_DB"].flatMap { $0.isEmpty ? nil : $0 } ?? "storyline.db"
    }

    static func isPostgres(_ db: String) -> Bool { PostgresLocation.isPostgresURL(db) }

    /// The commands that work on a PostgreSQL store.
    static let postgresCommands: Set<String> = ["ingest", "search", "bench search"]

    /// The commands whose `--db` defaults to ``defaultLocation`` and that need a SQLite store.
    static let sqliteDefaultCommands: Set<String> = ["stories", "timeline", "brief", "actor", "date", "show", "export", "index",
                                                     "check", "serve"]

    /// Opens the article store `db` names (for writing: creates and migrates it).
    static func open(_ db: String, access: StoreAccess) throws -> any ArticleStore {
        if isPostgres(db) { return try PostgresArticleStore(url: db, access: access) }
        return try StorylineStore(path: db, access: access)
    }

    /// The line refusing the command `arguments` (the command line without the program) asks for, when it names a
    /// PostgreSQL store (by `--db` or `STORYLINE_DB`) and the command does not work on one yet; nil otherwise.
    static func refusal(arguments: [String], environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        guard let command = arguments.first, !command.hasPrefix("-"), command != "help" else { return nil }
        guard !arguments.contains(where: { ["--help", "-h", "--version"].contains($0) }) else { return nil }
        var given: String?
        for (index, argument) in arguments.enumerated() {
            if argument == "--db", index + 1 < arguments.count { given = arguments[index + 1] }
            if argument.hasPrefix("--db=") { given = String(argument.dropFirst(5)) }
        }
        // STORYLINE_DB only stands in for `--db` in the commands whose `--db` has a default.
        let db = given ?? (sqliteDefaultCommands.contains(command) ? environment["STORYLINE_DB"] : nil)
        let subcommand = arguments.count > 1 ? command + " " + arguments[1] : command
        guard let db, isPostgres(db), !postgresCommands.contains(command), !postgresCommands.contains(subcommand) else { return nil }
        return "storyline \(command) does not work on a PostgreSQL store yet (only ingest and search do: "
            + "the story index and corrections are kept in SQLite); use --db FILE for a SQLite store"
    }
}
