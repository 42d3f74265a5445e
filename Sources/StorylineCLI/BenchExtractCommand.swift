import ArgumentParser
import Extract
import Foundation
import Model
#if canImport(Glibc)
import Glibc
#endif

/// `storyline bench extract`: pages per CPU-second for extraction with metadata (text, Markdown, title, authors,
/// dates, language), beside trafilatura (extract + extract_metadata) on the same decoded pages in the same run.
struct BenchExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extraction speed (pages per CPU-second, one core) beside trafilatura on the same pages.",
        discussion: """
        Input: JSON Lines from ../shared/eval/extraction_inputs.py (HTML already decoded, as the peers get it).
          python3 ../shared/eval/extraction_inputs.py ../shared/data/extraction/wcxb-dev > /tmp/wcxb-dev.inputs.jsonl
          swift build -c release
          .build/release/storyline bench extract --input /tmp/wcxb-dev.inputs.jsonl \\
              --peer-python /tmp/storyline-peers-venv/bin/python
        The peer venv is the one ../shared/eval/peers_extraction.sh creates.
        """
    )

    @Option(help: "JSON Lines input ({id, url?, html}).") var input: String
    @Option(help: "Pages to time (0: all).") var limit: Int = 0
    @Option(name: .customLong("repeat"), help: "Repetitions (the median is reported).") var runs: Int = 3
    @Option(help: "Python with trafilatura installed (peer); omit to skip the peer.") var peerPython: String?
    @Option(help: "The peer script.") var peerScript: String = "scripts/bench_extract_trafilatura.py"
    @Option(help: "Pages the (slow) peer processes (ours is also timed on exactly these).") var peerPages: Int = 300

    func run() throws {
        var pages: [(html: String, url: String?)] = []
        try JSONLinesReader.forEachRecord(path: input) { record in
            if let html = record.html, limit == 0 || pages.count < limit { pages.append((html, record.url)) }
        }
        guard !pages.isEmpty else { throw ValidationError("no pages with html in \(input)") }
        let bytes = pages.reduce(0) { $0 + $1.html.utf8.count }
        let all = median { extractAll(pages) }
        print("storyline extract: \(pages.count) pages, \(bytes / 1_000_000) MB of HTML, median \(format(all.cpu)) CPU-s "
              + "(\(format(all.wall)) s wall) → \(format(Double(pages.count) / all.cpu)) pages/CPU-s, "
              + "\(format(Double(bytes) / all.cpu / 1e6)) MB/CPU-s (1 core, with metadata)")
        let prefix = Array(pages.prefix(peerPages))
        let ours = median { extractAll(prefix) }
        let oursRate = Double(prefix.count) / ours.cpu
        print("storyline on the peer's \(prefix.count) pages: \(format(oursRate)) pages/CPU-s")
        guard let peerPython else {
            print("peer: skipped (no --peer-python)")
            return
        }
        guard let json = try PeerProcess.lastJSONLine(python: peerPython,
                                                      arguments: [peerScript, input, "--limit", String(prefix.count)]),
              let peerRate = json["pages_per_cpu_s"] as? Double else {
            throw ValidationError("peer failed (see its error output above)")
        }
        print("trafilatura \(json["version"] ?? "?") extract + extract_metadata on the same pages: \(json["pages"] ?? "?") pages, "
              + "\(json["cpu_s"] ?? "?") CPU-s → \(format(peerRate)) pages/CPU-s")
        print("ratio storyline / trafilatura: \(format(oursRate / peerRate))×")
    }

    /// Extracts every page once; CPU and wall seconds.
    private func extractAll(_ pages: [(html: String, url: String?)]) -> (cpu: Double, wall: Double) {
        let extractor = ArticleExtractor()
        var characters = 0
        let cpuStart = BenchExtractCommand.cpuSeconds()
        let wallStart = Date()
        for page in pages {
            let article = extractor.extract(html: page.html, url: page.url)
            characters += article.text.utf8.count + (article.metadata.title?.utf8.count ?? 0)
                + (article.metadata.published == nil ? 0 : 1)
        }
        precondition(characters >= 0)
        return (BenchExtractCommand.cpuSeconds() - cpuStart, Date().timeIntervalSince(wallStart))
    }

    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
            + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
    }

    private func median(_ body: () -> (cpu: Double, wall: Double)) -> (cpu: Double, wall: Double) {
        let times = (0..<max(1, runs)).map { _ in body() }.sorted { $0.cpu < $1.cpu }
        return times[times.count / 2]
    }

    private func format(_ value: Double) -> String { String(format: "%.2f", value) }
}
