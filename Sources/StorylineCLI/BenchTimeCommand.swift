import Analyze
import ArgumentParser
import Dispatch
import Foundation
import Model

/// `storyline bench time`: time expressions + quantities throughput (MB of UTF-8 text per second on one core),
/// beside Microsoft Recognizers-Text (Python) run on the same texts in the same run.
struct BenchTimeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "time",
        abstract: "Temporal + quantity tagging speed (MB/s per core) beside Recognizers-Text on the same texts.",
        discussion: """
        Inputs are JSON Lines with `text` (and `date`), by default the TempEval-3 and NewsQuant dev sets. The peer
        needs the venv made by ../shared/eval/peers_timex.sh:
          swift build -c release
          .build/release/storyline bench time --peer-python /tmp/storyline-timex-peers-venv/bin/python
        """
    )

    @Option(name: .customLong("input"), help: "JSON Lines input (repeatable).")
    var inputs: [String] = ["../shared/data/timex/timebank.jsonl", "../shared/data/timex/aquaint.jsonl",
                            "../shared/data/quantities/newsquant.jsonl"]
    @Option(name: .customLong("repeat"), help: "Repetitions (the median is reported).") var runs: Int = 5
    @Option(help: "Python with recognizers-text-suite installed (peer); omit to skip the peer.") var peerPython: String?
    @Option(help: "The peer script.") var peerScript: String = "scripts/bench_time_recognizers.py"
    @Option(help: "Bytes of text the (slow) peer processes; ours is also timed on exactly this prefix.")
    var peerBytes: Int = 150_000

    func run() throws {
        var records: [InputRecord] = []
        for path in inputs { records += try JSONLinesReader.records(path: path) }
        // the prefix the peer reads: whole documents up to peerBytes, in input order
        var prefixCount = 0
        var prefixBytes = 0
        for record in records {
            let size = (record.text ?? "").utf8.count
            if prefixBytes + size > peerBytes && prefixCount > 0 { break }
            prefixBytes += size
            prefixCount += 1
        }
        let totalBytes = records.reduce(0) { $0 + ($1.text ?? "").utf8.count }
        let all = median(of: runs) { tag(records) }
        let prefix = median(of: runs) { tag(Array(records.prefix(prefixCount))) }
        let oursAll = Double(totalBytes) / all / 1e6
        let oursPrefix = Double(prefixBytes) / prefix / 1e6
        print("storyline time+quantities: \(records.count) docs, \(totalBytes) bytes, median \(format(all)) s → \(format(oursAll)) MB/s (1 core)")
        print("storyline on the peer's prefix: \(prefixCount) docs, \(prefixBytes) bytes → \(format(oursPrefix)) MB/s")
        guard let peerPython else {
            print("peer: skipped (no --peer-python)")
            return
        }
        guard let json = try PeerProcess.lastJSONLine(python: peerPython,
                                                      arguments: [peerScript] + inputs + ["--max-bytes", String(peerBytes)]),
              let peerRate = json["mb_per_s"] as? Double else {
            throw ValidationError("peer failed (see its error output above)")
        }
        print("Recognizers-Text (Python) on the same prefix: \(json["docs"] ?? "?") docs, \(json["bytes"] ?? "?") bytes, \(json["seconds"] ?? "?") s → \(format(peerRate)) MB/s")
        print("ratio storyline / Recognizers-Text: \(format(oursPrefix / peerRate))×")
    }

    /// Runs the taggers over the records once; seconds.
    private func tag(_ records: [InputRecord]) -> Double {
        let temporal = TemporalTagger()
        let quantities = QuantityTagger()
        var found = 0
        let started = DispatchTime.now().uptimeNanoseconds
        for record in records {
            var metadata = ArticleMetadata()
            if let date = record.date.flatMap(CalendarDate.init(iso:)) {
                metadata.published = DateAttribution(date: date, source: .input, confidence: 1)
            }
            var document = Document(id: record.id, text: record.text ?? "", metadata: metadata)
            temporal.annotate(&document)
            quantities.annotate(&document)
            found += document.timexes.count + document.quantities.count
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        if found == 0 { FileHandle.standardError.write(Data("warning: nothing found\n".utf8)) }  // keeps the work observable
        return seconds
    }

    private func median(of runs: Int, _ body: () -> Double) -> Double {
        let times = (0..<max(1, runs)).map { _ in body() }.sorted()
        return times[times.count / 2]
    }

    private func format(_ value: Double) -> String { String(format: "%.3f", value) }
}
