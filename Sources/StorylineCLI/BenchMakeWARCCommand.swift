import ArgumentParser
import Foundation
import Ingest

/// `storyline bench make-warc OUT --size 500MB`: writes a synthetic WARC for the ingest benchmark.
struct BenchMakeWARCCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "make-warc",
        abstract: "Write a synthetic WARC (.warc or .warc.gz by the name) of at least the given size for benchmarks."
    )

    @Argument(help: "Output file; a name ending in .gz is written gzip'd, one member per record.")
    var output: String

    @Option(help: "Minimum size on disk, e.g. 500MB.")
    var size = "500MB"

    @Option(help: "Random seed.")
    var seed: UInt64 = 1

    func run() throws {
        guard let bytes = ByteCount.parse(size) else { throw ValidationError("--size: not a size: \(size)") }
        let folder = (output as NSString).deletingLastPathComponent
        if !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        var generator = BenchCorpusGenerator(seed: seed)
        let result = try generator.writeWARC(to: output, minimumBytes: bytes, gzip: output.hasSuffix(".gz"))
        print("wrote \(output): \(result.records) records, \(result.pages) HTML pages, \(ByteCount.format(InputExpander.size(of: output) ?? 0))")
    }
}
