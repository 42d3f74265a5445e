import ArgumentParser
import Dispatch
import Engine
import Foundation
import Ingest
import Store
import Story

/// `storyline bench index`: how fast the story commands answer from the persisted story index (median of repeated
/// in-process calls on a fresh service each time, as a command would), and what adding articles to the store costs
/// (ingest and index update), beside the full recomputation the commands did before the index existed.
struct BenchIndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Story commands from the story index (median ms), the cost of adding articles, and the full recomputation.",
        discussion: """
        Copies the store first (the benchmark adds articles to the copy):
          storyline bench index --db /tmp/story-stores/libya.db --add new-articles.jsonl
        """
    )

    @Option(help: "The store (copied; the copy is benchmarked).") var db: String
    @Option(help: "Articles to add one at a time (JSON Lines), to time an ingest of one article with its index update.")
    var add: String?
    @Option(help: "How many of --add to add.") var adds: Int = 5
    @Option(name: .customLong("repeat"), help: "Repetitions of each query (the median is reported).") var runs: Int = 7

    func run() throws {
        let copy = NSTemporaryDirectory() + "storyline-bench-index-\(UUID().uuidString).db"
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: copy + suffix) } }
        try FileManager.default.copyItem(atPath: db, toPath: copy)
        for suffix in ["-wal", "-shm"] where FileManager.default.fileExists(atPath: db + suffix) {
            try FileManager.default.copyItem(atPath: db + suffix, toPath: copy + suffix)
        }
        let store = try StorylineStore(path: copy)
        let index = try StoryIndexStore(path: copy)
        print("store: \(try store.articleCount()) articles; load \(Self.loadAverage())")
        if !(try index.isCurrent()) {
            let update = try Self.timed { try StoryIndexBuilder().update(store: store, index: index) }
            print(String(format: "index built: %.0f ms (%@)", update.ms, update.value.line))
        }
        let largest = try StoryService(db: copy).storiesBySize().first?.id
        print("largest story: \(largest ?? "none")")
        let queries: [(String, () throws -> Void)] = [
            ("stories", { _ = try StoryService(db: copy).storiesBySize() }),
            ("brief", { _ = try StoryService(db: copy).brief(largest) }),
            ("brief Markdown", { _ = try StoryService(db: copy).briefMarkdown(largest) }),
            ("timeline", { _ = try StoryService(db: copy).timeline(largest) }),
            ("actor list", { _ = try StoryService(db: copy).actors(largest) }),
        ]
        for (name, query) in queries {
            var times: [Double] = []
            for _ in 0..<max(1, runs) { times.append(try Self.timed(query).ms) }
            print(String(format: "%@: median %.1f ms (min %.1f, max %.1f) from the index", name, Self.median(times),
                         times.min() ?? 0, times.max() ?? 0))
        }
        let full = try Self.timed { try StoryService.recompute(db: copy) }
        print(String(format: "full recomputation of the stories (what every story command did before): %.0f ms", full.ms))
        if let add {
            let lines = try String(contentsOfFile: add, encoding: .utf8).split(separator: "\n").prefix(adds)
            var ingestTimes: [Double] = [], indexTimes: [Double] = [], joinTimes: [Double] = [], joined = 0
            for (number, line) in lines.enumerated() {
                let path = NSTemporaryDirectory() + "storyline-bench-add-\(number).jsonl"
                defer { try? FileManager.default.removeItem(atPath: path) }
                try (String(line) + "\n").write(toFile: path, atomically: true, encoding: .utf8)
                let service = IngestService(store: store)
                let total = try Self.timed { try service.run(files: InputExpander.expand([path]).files) }
                ingestTimes.append(total.ms)
                indexTimes.append((service.indexUpdate?.seconds ?? 0) * 1000)
                if let update = service.indexUpdate, update.joined > 0 {
                    joined += 1
                    joinTimes.append(update.joinSeconds * 1000)
                }
                print("  " + (service.indexUpdate?.line ?? "no index update"))
            }
            print(String(format: "add one article: median %.0f ms, of which the index update %.0f ms (%d articles)",
                         Self.median(ingestTimes), Self.median(indexTimes), ingestTimes.count))
            print(String(format: "  joining the kept stories: median %.1f ms (%d of %d articles joined; the rest rebuilt the index); "
                         + "the rest of the index update is the joined story's brief, timeline and actors",
                         Self.median(joinTimes), joined, ingestTimes.count))
        }
    }

    static func timed<Value>(_ work: () throws -> Value) throws -> (value: Value, ms: Double) {
        let started = DispatchTime.now().uptimeNanoseconds
        let value = try work()
        return (value, Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6)
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }

    static func loadAverage() -> String {
        (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").prefix(3).joined(separator: " ") ?? "?"
    }
}
