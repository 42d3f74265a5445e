import ArgumentParser
import Foundation
import Store
#if canImport(Glibc)
import Glibc
#endif

/// `storyline search QUERY`: full-text search over the stored articles, ranked by bm25.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Full-text search over the stored articles.",
        discussion: """
            Words match stemmed and case-insensitive; words side by side must all match. Also:
              "exact phrase"      a phrase
              a OR b, a NOT b, -b  boolean operators (upper case); parentheses group
              nato*               prefix
              title:putin  source:reuters  text:troops   one field
              date:2021-12-01..2021-12-31  date:2022-01  date:..2021-12-31   publication-date range
            """
    )

    /// Output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, csv }

    @Argument(help: "The query (several arguments are joined with spaces).")
    var query: [String]

    @Option(help: "The store: a SQLite file, or a postgres://USER@HOST:PORT/DATABASE URL (default: $STORYLINE_DB, else storyline.db).")
    var db = StoreBackend.defaultLocation

    @Option(help: "Output format: text, json or csv.")
    var format: Format = .text

    @Option(help: "Most results to show.")
    var limit = 20

    func run() throws {
        guard StoreBackend.isPostgres(db) || FileManager.default.fileExists(atPath: db) else {
            throw ValidationError("no database at \(db) (run `storyline ingest` first, or pass --db)")
        }
        let parsed: SearchQuery
        do { parsed = try SearchQuery(parsing: query.joined(separator: " ")) } catch let error as SearchQuery.SyntaxError {
            throw ValidationError("query: \(error.description)")
        }
        let store = try StoreBackend.open(db, access: .readOnly)
        let colour = format == .text && isatty(1) != 0
        let highlight = colour ? ("\u{1B}[1;33m", "\u{1B}[0m") : (format == .text ? ("[", "]") : ("<b>", "</b>"))
        let hits: [SearchHit]
        do { hits = try store.search(parsed, limit: limit, highlight: highlight) } catch {
            UserFacingError.reportDetail(error)
            throw ValidationError("query: \(UserFacingError.message(error))")
        }
        print(SearchResultFormatter.render(hits, format: format), terminator: "")
    }
}
