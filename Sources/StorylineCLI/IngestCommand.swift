import ArgumentParser
import Engine
import Foundation
import Ingest
import Store
#if canImport(Glibc)
import Glibc
#endif

/// `storyline ingest PATH...`: reads HTML, text scrapes, WARC, JSON Lines and RSS/Atom into the store.
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Ingest HTML, text scrapes, WARC, JSON Lines and RSS/Atom into the store.",
        discussion: """
            PATH is a file, a directory (read recursively), a glob, or '-' for standard input (also the default \
            when input is piped). Formats are detected from the content; .gz files are decompressed. Each article \
            is extracted, analysed and stored; batches are written atomically, so an interrupted run can be \
            repeated: content already stored is counted as duplicate. Bad inputs get a one-line error and the run \
            goes on; the exit status is 1 when anything failed.
            """
    )

    @Argument(help: "Files, directories, globs, or '-' for standard input.")
    var paths: [String] = []

    @Option(help: "The store: a SQLite file, or a postgres://USER@HOST:PORT/DATABASE URL (default: $STORYLINE_DB, else storyline.db).")
    var db = StoreBackend.defaultLocation

    @Option(name: .customLong("max-size"), help: "Largest single article (HTML/text file, WARC record, JSON line), e.g. 32MB, 1G.")
    var maxSize = "32MB"

    @Flag(help: "Download the pages RSS/Atom items link to (instead of storing their descriptions).")
    var fetch = false

    @Flag(name: .customLong("allow-private-addresses"),
          help: "With --fetch: also download from loopback, private and link-local addresses (refused by default: feed links are untrusted).")
    var allowPrivateAddresses = false

    @Option(help: "Parallel downloads with --fetch.")
    var concurrency = 4

    @Option(help: "Seconds before a download times out.")
    var timeout: Double = 20

    @Option(help: "Retries of a failed download (network errors, timeouts, 429, 5xx).")
    var retries = 2

    @Option(name: .customLong("batch-size"), help: "Articles per atomic write.")
    var batchSize = 64

    @Flag(help: "No progress output (errors and the summary are still printed).")
    var quiet = false

    @Flag(help: "Report every skipped WARC record on its own line.")
    var verbose = false

    @Flag(name: .customLong("no-index"),
          help: "Leave the story index out of date (for bulk loads in several runs; `storyline index --update` brings it up to date).")
    var noIndex = false

    @Flag(help: "Extract and analyse every stored article again from its raw copy (no PATH needed).")
    var reanalyze = false

    /// What ingest says instead of the story-index update on a PostgreSQL store.
    static let noStoryIndexLine = "story index: not kept on PostgreSQL yet (story commands need a SQLite store)"

    func validate() throws {
        guard ByteCount.parse(maxSize) != nil else { throw ValidationError("--max-size: not a size: \(maxSize)") }
        guard batchSize > 0 else { throw ValidationError("--batch-size must be at least 1") }
        guard concurrency > 0 else { throw ValidationError("--concurrency must be at least 1") }
    }

    func run() throws {
        if reanalyze {
            guard paths.isEmpty else { throw ValidationError("--reanalyze works on the stored articles; give no PATH") }
            guard StoreBackend.isPostgres(db) || FileManager.default.fileExists(atPath: db) else { throw ValidationError("no database at \(db)") }
            var options = IngestOptions()
            options.batchSize = batchSize
            options.updateStoryIndex = !noIndex && !StoreBackend.isPostgres(db)
            let started = Date()
            let store = try StoreBackend.open(db, access: .readWrite)
            let service = IngestService(store: store, options: options)
            let reporter = ProgressReporter(mode: ProgressReporter.automaticMode(quiet: quiet),
                                            totalBytes: Int64(try store.articleCount()), totalFiles: 1)
            let result = try service.reanalyzeAll(observer: reporter)
            print("reanalysed \(result.redone), failed \(result.failed) in \(String(format: "%.1f", Date().timeIntervalSince(started))) s")
            if let update = service.indexUpdate { print(update.line) }
            if StoreBackend.isPostgres(db) { print(Self.noStoryIndexLine) }
            if result.failed > 0 { throw ExitCode(1) }
            return
        }
        var arguments = paths
        if arguments.isEmpty {
            guard isatty(0) == 0 else { throw ValidationError("give files or directories to ingest, or pipe input to '-'") }
            arguments = ["-"]
        }
        var options = IngestOptions()
        options.limits = ReadLimits(maxArticleBytes: ByteCount.parse(maxSize)!)
        options.batchSize = batchSize
        options.verbose = verbose
        options.updateStoryIndex = !noIndex && !StoreBackend.isPostgres(db)
        if fetch {
            options.fetcher = PageFetcher(concurrency: concurrency, timeout: timeout, retries: retries,
                                          maxBodyBytes: Int(clamping: ByteCount.parse(maxSize)!), allowPrivateAddresses: allowPrivateAddresses)
        }
        let store: any ArticleStore
        do { store = try StoreBackend.open(db, access: .readWrite) } catch {
            UserFacingError.reportDetail(error)
            throw ValidationError("cannot open the store: \(UserFacingError.message(error))")
        }
        // A damaged SQLite store is refused before anything is written to it.
        if let sqlite = store as? StorylineStore {
            let problems = (try? sqlite.quickCheck()) ?? ["the check could not run"]
            guard problems.isEmpty else { throw ValidationError(StoreError.damaged(path: db, problems: problems).description) }
        }
        let inputs = InputExpander.expand(arguments)
        let knownSizes = inputs.files.compactMap(\.size)
        let mode = ProgressReporter.automaticMode(quiet: quiet)
        let reporter = ProgressReporter(mode: mode, totalBytes: knownSizes.count == inputs.files.count ? knownSizes.reduce(0, +) : nil,
                                        totalFiles: inputs.files.count)
        let service = IngestService(store: store, options: options)
        let summary: IngestSummary
        do {
            summary = try service.run(files: inputs.files, missing: inputs.missing, skipped: inputs.skipped, observer: reporter)
        } catch let error as IngestWriteError {
            reporter.finish()
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode(2)
        }
        for (reason, count) in service.recordSkips.sorted(by: { $0.key < $1.key }) where mode != .silent {
            FileHandle.standardError.write(Data("skipped \(count) record\(count == 1 ? "" : "s"): \(reason)\n".utf8))
        }
        print(summary.line)
        if let update = service.indexUpdate { print(update.line) }
        if StoreBackend.isPostgres(db) { print(Self.noStoryIndexLine) }
        let count = try store.articleCount()
        print("database: \(store.path) (\(count) article\(count == 1 ? "" : "s"))")
        if summary.failed > 0 { throw ExitCode(1) }
    }
}
