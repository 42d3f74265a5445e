import ArgumentParser
import Foundation
import Store

/// `storyline bench search --db STORE QUERY...`: search latency on one store, SQLite or PostgreSQL: each query run
/// `--repeat` times in one process (after one warm-up run), the median and slowest per query and the median of the
/// medians. Run the same queries on two stores holding the same articles to compare the backends.
struct BenchSearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search latency on one store (SQLite or PostgreSQL): median of repeated queries."
    )

    @Option(help: "The store: a SQLite file or a postgres:// URL.") var db: String
    @Option(help: "Runs of each query (after one warm-up run).") var `repeat` = 21
    @Option(help: "Hits asked for.") var limit = 20
    @Argument(help: "The queries.") var queries: [String]

    func validate() throws {
        guard `repeat` > 0, limit > 0 else { throw ValidationError("--repeat and --limit must be positive") }
        guard !queries.isEmpty else { throw ValidationError("give at least one query") }
    }

    func run() throws {
        let store = try StoreBackend.open(db, access: .readOnly)
        print("store: \(store.path) (\(try store.articleCount()) articles), \(`repeat`) runs per query, limit \(limit)")
        var medians: [Double] = []
        for text in queries {
            let query = try SearchQuery(parsing: text)
            let hits = try store.search(query, limit: limit, highlight: ("[", "]")).count
            var times: [Double] = []
            for _ in 0..<`repeat` {
                let started = DispatchTime.now().uptimeNanoseconds
                _ = try store.search(query, limit: limit, highlight: ("[", "]"))
                times.append(Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6)
            }
            times.sort()
            let median = times[times.count / 2]
            medians.append(median)
            print(String(format: "%8.2f ms median  %8.2f ms max  %3d hits  %@", median, times.last!, hits, text))
        }
        medians.sort()
        print(String(format: "median of medians: %.2f ms", medians[medians.count / 2]))
    }
}
