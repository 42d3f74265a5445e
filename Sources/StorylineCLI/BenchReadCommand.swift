import ArgumentParser
import Foundation
import Ingest

/// `storyline bench read PATH...`: only reads and hashes the articles (no extraction, analysis or store), to
/// measure the readers alone against a peer reader.
struct BenchReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Read inputs and hash each article, nothing else (reader-only throughput).",
        shouldDisplay: false
    )

    @Argument(help: "Files or directories.")
    var paths: [String]

    @Flag(name: .customLong("no-hash"), help: "Skip the SHA-256 content hash (to see what reading alone costs).")
    var noHash = false

    func run() throws {
        let files = InputExpander.expand(paths).files
        let opener = InputOpener(limits: ReadLimits(maxArticleBytes: 64 << 20))
        var articles = 0, bytes: Int64 = 0, other = 0
        for file in files {
            let (reader, _) = opener.open(file)
            while let event = reader.next() {
                if case .article(let raw) = event {
                    articles += 1
                    bytes += Int64(raw.bytes.count)
                    if !noHash { _ = raw.contentHash }
                } else {
                    other += 1
                }
            }
        }
        print("articles \(articles), payload \(bytes) bytes, other events \(other)")
    }
}
