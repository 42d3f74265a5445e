import ArgumentParser
import Extract
import Foundation
import Model
#if canImport(Glibc)
import Glibc
#endif

/// `storyline bench extract`: pages per CPU-second for extraction with metadata (text, Markdown, title, authors,
/// dates, language), the parser's floor on the same pages (libxml2 with no-op callbacks; our `PageTree`), beside resiliparse (main-content text + title, on the same pages) and trafilatura (extract +
/// extract_metadata, on a prefix: it is slow) in the same run, with the ratios.
struct BenchExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extraction speed (pages per CPU-second, one core) beside resiliparse and trafilatura on the same pages.",
        discussion: """
        Input: JSON Lines from ../shared/eval/extraction_inputs.py or dates_inputs.py (HTML already decoded, as the
        peers get it).
          python3 ../shared/eval/extraction_inputs.py ../shared/data/extraction/wcxb-dev > /tmp/wcxb-dev.inputs.jsonl
          swift build -c release
          .build/release/storyline bench extract --input /tmp/wcxb-dev.inputs.jsonl \\
              --peer-python /tmp/storyline-peers-venv/bin/python
        The peer venv is the one ../shared/eval/peers_extraction.sh creates. Every figure is the median of
        --repeat runs of process CPU time.
        """
    )

    @Option(help: "JSON Lines input ({id, url?, html}).") var input: String
    @Option(help: "Pages to time (0: all).") var limit: Int = 0
    @Option(name: .customLong("repeat"), help: "Repetitions (the median is reported).") var runs: Int = 3
    @Option(help: "Python with trafilatura and resiliparse installed (peers); omit to skip the peers.") var peerPython: String?
    @Option(help: "The peer script.") var peerScript: String = "scripts/bench_extract_peers.py"
    @Option(help: "Pages trafilatura processes (ours is also timed on exactly these; 0: all).") var peerPages: Int = 300

    func run() throws {
        var pages: [(html: String, url: String?)] = []
        try JSONLinesReader.forEachRecord(path: input) { record in
            if let html = record.html, limit == 0 || pages.count < limit { pages.append((html, record.url)) }
        }
        guard !pages.isEmpty else { throw ValidationError("no pages with html in \(input)") }
        let bytes = pages.reduce(0) { $0 + $1.html.utf8.count }
        // With the peer, each of our runs is followed by one resiliparse run on the same pages, so load from other
        // jobs on the machine falls on both alike; the ratio is also given per round.
        var ourRuns: [(cpu: Double, wall: Double)] = []
        var resiliparseRuns: [(version: String, pages: Int, cpu: Double, rate: Double)] = []
        for _ in 0..<max(1, runs) {
            ourRuns.append(extractAll(pages))
            if let peerPython {
                resiliparseRuns.append(try peer("resiliparse", python: peerPython, pages: pages.count, repeats: 1))
            }
        }
        let all = ourRuns.sorted { $0.cpu < $1.cpu }[ourRuns.count / 2]
        let allRate = Double(pages.count) / all.cpu
        print("storyline extract: \(pages.count) pages, \(bytes / 1_000_000) MB of HTML, median \(format(all.cpu)) CPU-s "
              + "(\(format(all.wall)) s wall) → \(format(allRate)) pages/CPU-s, "
              + "\(format(Double(bytes) / all.cpu / 1e6)) MB/CPU-s (1 core, with metadata)")
        printParserFloor(pages, storyline: all.cpu)
        guard let peerPython else {
            print("peers: skipped (no --peer-python)")
            return
        }
        let resiliparse = resiliparseRuns.sorted { $0.cpu < $1.cpu }[resiliparseRuns.count / 2]
        print("resiliparse \(resiliparse.version) parse + extract_plain_text(main_content) + title, same \(resiliparse.pages) pages, "
              + "runs alternating with storyline's: median \(format(resiliparse.cpu)) CPU-s → \(format(resiliparse.rate)) pages/CPU-s")
        let roundRatios = zip(ourRuns, resiliparseRuns).map { format($1.cpu / $0.cpu) + "×" }
        let prefix = peerPages > 0 ? Array(pages.prefix(peerPages)) : pages
        let ours = prefix.count == pages.count ? all : median { extractAll(prefix) }
        let oursRate = Double(prefix.count) / ours.cpu
        let trafilatura = try peer("trafilatura", python: peerPython, pages: prefix.count)
        print("storyline on the first \(prefix.count) pages: \(format(ours.cpu)) CPU-s → \(format(oursRate)) pages/CPU-s")
        print("trafilatura \(trafilatura.version) extract + extract_metadata, same \(trafilatura.pages) pages: "
              + "\(format(trafilatura.cpu)) CPU-s → \(format(trafilatura.rate)) pages/CPU-s")
        print("ratio storyline / resiliparse: \(format(allRate / resiliparse.rate))× (\(pages.count) pages; "
              + "per round \(roundRatios.joined(separator: ", ")))")
        print("ratio storyline / trafilatura: \(format(oursRate / trafilatura.rate))× (\(prefix.count) pages)")
    }

    /// The mandated parser's share, timed on the same pages (median CPU-s of the same number of runs): libxml2 with
    /// no-op callbacks, and the `PageTree` extraction starts from; what is left is storyline's own work.
    private func printParserFloor(_ pages: [(html: String, url: String?)], storyline: Double) {
        let noOp = median { timed(pages) { ParserFloor.libxml2NoOp(html: $0) } }
        let tree = median { timed(pages) { ParserFloor.pageTree(html: $0) } }
        let share = { (cpu: Double) in String(format: "%.0f%%", 100 * cpu / storyline) }
        print("parser floor, same \(pages.count) pages (median CPU-s of \(max(1, runs))):")
        print("  libxml2 \(ParserFloor.libxml2Version) SAX, no-op callbacks, nothing skipped: \(format(noOp.cpu)) CPU-s → "
              + "\(format(Double(pages.count) / noOp.cpu)) pages/CPU-s (\(share(noOp.cpu)) of storyline's \(format(storyline)))")
        print("  PageTree (libxml2 + our callbacks and input shortcuts): \(format(tree.cpu)) CPU-s → "
              + "\(format(Double(pages.count) / tree.cpu)) pages/CPU-s (\(share(tree.cpu)))")
        print("  storyline above the PageTree (content, rendering, metadata, dates, language): "
              + "\(format(storyline - tree.cpu)) CPU-s (\(share(storyline - tree.cpu)))")
    }

    /// Runs `body` on every page once; CPU and wall seconds.
    private func timed(_ pages: [(html: String, url: String?)], _ body: (String) -> Int) -> (cpu: Double, wall: Double) {
        var total = 0
        let cpuStart = BenchExtractCommand.cpuSeconds()
        let wallStart = Date()
        for page in pages { total += body(page.html) }
        precondition(total >= 0)
        return (BenchExtractCommand.cpuSeconds() - cpuStart, Date().timeIntervalSince(wallStart))
    }

    /// Runs one peer on the first `pages` pages of the input (median of `repeats` runs, by default as many as ours).
    private func peer(_ name: String, python: String, pages: Int, repeats: Int? = nil) throws
        -> (version: String, pages: Int, cpu: Double, rate: Double) {
        guard let json = try PeerProcess.lastJSONLine(python: python, arguments: [
                  peerScript, input, "--peer", name, "--limit", String(limit == 0 ? pages : min(pages, limit)),
                  "--repeat", String(repeats ?? max(1, runs))]),
              let rate = json["pages_per_cpu_s"] as? Double, let cpu = json["cpu_s"] as? Double else {
            throw ValidationError("peer \(name) failed (see its error output above)")
        }
        return ("\(json["version"] ?? "?")", json["pages"] as? Int ?? pages, cpu, rate)
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
