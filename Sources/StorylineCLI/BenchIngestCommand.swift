import ArgumentParser
import Foundation
import Ingest
import Store

/// `storyline bench ingest`: ingest throughput (MB/s, articles/s) for an HTML directory and a WARC, and the peak
/// memory of ingesting a ≥ 500 MB WARC. Each ingest runs as a child process (`storyline ingest`) on a fresh
/// database; its wall time and peak RSS come from `wait4`. Generated inputs go to `--work` (default /tmp).
struct BenchIngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Ingest throughput for an HTML directory and a WARC, and peak RSS on a ≥500 MB WARC."
    )

    @Option(help: "Folder for generated inputs and databases.")
    var work = "/tmp/storyline-bench"

    @Option(name: .customLong("html-pages"), help: "Synthetic HTML pages to generate for the directory benchmark.")
    var htmlPages = 300

    @Option(name: .customLong("real-html"), help: "Also time this directory of real pages (skipped when missing).")
    var realHTML = "../shared/data/extraction/wcxb-dev/html"

    @Option(name: .customLong("warc-size"), help: "Size of the WARC.gz for the throughput run.")
    var warcSize = "10MB"

    @Option(name: .customLong("big-warc-size"), help: "Size of the uncompressed WARC for the memory run.")
    var bigWARCSize = "520MB"

    @Option(help: "Runs of each throughput measurement (the median is reported).")
    var runs = 3

    @Flag(name: .customLong("skip-big"), help: "Skip the peak-memory run on the big WARC.")
    var skipBig = false

    func run() throws {
        #if DEBUG
        FileHandle.standardError.write(Data("warning: this is a debug build; measure with `swift run -c release storyline bench ingest`\n".utf8))
        #endif
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        let executable = ChildProcess.currentExecutable()
        var rows: [String] = []

        let htmlDirectory = work + "/html-\(htmlPages)"
        if !FileManager.default.fileExists(atPath: htmlDirectory) {
            var generator = BenchCorpusGenerator(seed: 7)
            _ = try generator.writePages(to: htmlDirectory, count: htmlPages)
        }
        rows.append(try measure(name: "HTML directory (\(htmlPages) synthetic pages)", input: htmlDirectory, executable: executable))
        if FileManager.default.fileExists(atPath: realHTML) {
            rows.append(try measure(name: "HTML directory (real pages, .html.gz: \(realHTML))", input: realHTML, executable: executable))
        }

        let warc = work + "/bench-\(warcSize).warc.gz"
        if !FileManager.default.fileExists(atPath: warc) {
            var generator = BenchCorpusGenerator(seed: 11)
            _ = try generator.writeWARC(to: warc, minimumBytes: ByteCount.parse(warcSize) ?? 100 << 20, gzip: true)
        }
        rows.append(try measure(name: "WARC.gz (synthetic, \(warcSize))", input: warc, executable: executable))

        if !skipBig {
            let big = work + "/big-\(bigWARCSize).warc"
            if !FileManager.default.fileExists(atPath: big) {
                var generator = BenchCorpusGenerator(seed: 13)
                _ = try generator.writeWARC(to: big, minimumBytes: ByteCount.parse(bigWARCSize) ?? 520 << 20, gzip: false)
            }
            rows.append(try measure(name: "big WARC (synthetic, \(bigWARCSize), peak-memory run)", input: big, executable: executable, runs: 1))
        }
        print("| input | size on disk | articles | runs | median wall s | its CPU s | MB/s (wall) | articles/s (wall) | reader only MB/s (wall) | peak RSS ingest | peak RSS reader |")
        print("|---|---|---|---|---|---|---|---|---|---|---|")
        rows.forEach { print($0) }
    }

    /// Times `storyline ingest INPUT` (fresh database each run) and `storyline bench read INPUT`.
    private func measure(name: String, input: String, executable: String, runs: Int? = nil) throws -> String {
        let runCount = max(1, runs ?? self.runs)
        let files = InputExpander.expand([input]).files
        let size = files.compactMap(\.size).reduce(0, +)
        var times: [(wall: Double, cpu: Double)] = [], peak: Int64 = 0, articles = 0
        for run in 0..<runCount {
            let db = work + "/bench.db"
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db + suffix) }
            let log = work + "/ingest.log"
            let result = try ChildProcess.run(executable, ["ingest", input, "--db", db, "--quiet"], logPath: log)
            if result.status > 1 {
                // A crash (e.g. a signal from a stage) is a result too: report it and go on with the next input.
                FileHandle.standardError.write(Data("\(name): ingest exited with \(result.status); see \(log)\n".utf8))
                return "| \(name) | \(ByteCount.format(size)) | crashed (exit \(result.status)) after \(String(format: "%.1f", result.seconds)) s | | | | | | | | |"
            }
            times.append((result.seconds, result.cpuSeconds))
            peak = max(peak, result.peakRSS)
            articles = try StorylineStore(path: db).articleCount()
            FileHandle.standardError.write(Data("\(name) run \(run + 1): \(String(format: "%.2f", result.seconds)) s (CPU \(String(format: "%.2f", result.cpuSeconds)) s), \(articles) articles, peak RSS \(ByteCount.format(result.peakRSS))\n".utf8))
        }
        let reader = try ChildProcess.run(executable, ["bench", "read", input])
        let median = times.sorted { $0.wall < $1.wall }[times.count / 2]
        let mb = Double(size) / 1_048_576
        return "| \(name) | \(ByteCount.format(size)) | \(articles) | \(runCount) | \(String(format: "%.2f", median.wall)) | "
            + "\(String(format: "%.2f", median.cpu)) | \(String(format: "%.2f", mb / median.wall)) | "
            + "\(String(format: "%.1f", Double(articles) / median.wall)) | "
            + "\(String(format: "%.1f", mb / reader.seconds)) (CPU \(String(format: "%.2f", reader.cpuSeconds)) s) | "
            + "\(ByteCount.format(peak)) | \(ByteCount.format(reader.peakRSS)) |"
    }
}
