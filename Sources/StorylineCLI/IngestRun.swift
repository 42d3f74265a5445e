import Foundation
import Ingest
import Store

/// One ingest: reads the inputs, extracts and analyses the new articles in parallel, and stores them in atomic
/// batches. Content already in the store is counted as duplicate and not processed again.
final class IngestRun {
    struct Options {
        var limits = ReadLimits()
        var fetcher: PageFetcher?
        /// Articles per transaction.
        var batchSize = 64
        /// A batch is also written once its raw bytes pass this.
        var batchBytes = 32 << 20
        /// Print record-level skips (non-HTML WARC records, …) one by one.
        var verbose = false
    }

    let store: StorylineStore
    let options: Options
    let processor = ArticleProcessor()
    private var summary = IngestSummary()
    private var pending: [(raw: RawArticle, hash: String)] = []
    private var pendingBytes = 0
    private var pendingHashes = Set<String>()
    private var progress: ProgressReporter!
    private var recordSkips: [String: Int] = [:]

    init(store: StorylineStore, options: Options) {
        self.store = store
        self.options = options
    }

    /// Ingests the files; messages and progress go to standard error through a reporter in `mode`.
    func run(files: [InputFile], missing: [String], skipped: [(path: String, reason: String)] = [],
             progressMode: ProgressReporter.Mode) throws -> IngestSummary {
        let started = Date()
        let knownSizes = files.compactMap(\.size)
        let total: Int64? = knownSizes.count == files.count ? knownSizes.reduce(0, +) : nil
        progress = ProgressReporter(mode: progressMode, totalBytes: total, totalFiles: files.count)
        for path in missing {
            summary.failed += 1
            progress.message("error: \(path): no such file or directory")
        }
        for (path, reason) in skipped {
            summary.failed += 1
            progress.message("error: \(path): skipped: \(reason)")
        }
        let opener = InputOpener(limits: options.limits, fetcher: options.fetcher)
        var bytesBefore: Int64 = 0
        for file in files {
            progress.startFile(file.path)
            let before = summary.ingested + summary.duplicate + pending.count
            let (reader, _) = opener.open(file)
            var events = 0
            while let event = reader.next() {
                handle(event, file: file)
                events += 1
                if events % 16 == 0 { progress.update(bytesDone: bytesBefore + reader.bytesConsumed, articles: summary.ingested) }
            }
            bytesBefore += reader.bytesConsumed
            summary.files += 1
            progress.update(bytesDone: bytesBefore, articles: summary.ingested)
            progress.finishFile(file.path == "-" ? "stdin" : file.path,
                                articles: summary.ingested + summary.duplicate + pending.count - before)
        }
        try flush()
        if summary.ingested > 0 { try store.unifySourceNames() }
        progress.finish()
        for (reason, count) in recordSkips.sorted(by: { $0.key < $1.key }) where progressMode != .silent {
            FileHandle.standardError.write(Data("skipped \(count) record\(count == 1 ? "" : "s"): \(reason)\n".utf8))
        }
        summary.bytesRead = bytesBefore
        summary.seconds = Date().timeIntervalSince(started)
        return summary
    }

    /// Extracts and analyses every stored article again from its raw copy (after the stages improved), in
    /// atomic batches. Returns the number of articles redone and of raw copies that could not be read.
    func reanalyzeAll(progressMode: ProgressReporter.Mode) throws -> (redone: Int, failed: Int) {
        let total = try store.articleCount()
        let reporter = ProgressReporter(mode: progressMode, totalBytes: Int64(total), totalFiles: 1)
        reporter.startFile("stored articles")
        var afterRow: Int64 = 0, redone = 0, failed = 0
        while true {
            let (inputs, lastRow) = try store.storedInputs(afterRow: afterRow, limit: options.batchSize)
            guard let lastRow else { break }
            afterRow = lastRow
            var items: [(raw: RawArticle, hash: String)] = []
            for input in inputs {
                do {
                    let bytes = try Deflate.decompress(input.rawDeflate, originalSize: input.rawSize)
                    let raw = RawArticle(origin: input.origin, originOffset: input.originOffset, originRecord: input.originRecord,
                                         externalID: input.externalID, url: input.url, source: input.inputSource,
                                         kind: input.kind == "text" ? .text : .html, bytes: bytes, httpCharset: input.httpCharset,
                                         dateHint: input.inputDate, titleHint: input.inputTitle)
                    items.append((raw, input.contentHash))
                } catch {
                    failed += 1
                    reporter.message("error: stored article \(input.documentID): raw copy unreadable (\(UserFacingError.message(error)))")
                }
            }
            redone += try store.replaceAnalyses(processor.processAll(items))
            reporter.update(bytesDone: Int64(redone + failed), articles: redone)
        }
        try store.unifySourceNames()
        reporter.finish()
        return (redone, failed)
    }

    private func handle(_ event: ReadEvent, file: InputFile) {
        switch event {
        case .article(let raw):
            let hash = raw.contentHash
            if !pendingHashes.insert(hash).inserted {
                summary.duplicate += 1
                return
            }
            pending.append((raw, hash))
            pendingBytes += raw.bytes.count
            if pending.count >= options.batchSize || pendingBytes >= options.batchBytes {
                do { try flush() } catch { fatalStoreError(error) }
            }
        case .skipped(let location, let reason):
            summary.skipped += 1
            let isRecordLevel = location != file.path && location != "stdin"
            if isRecordLevel && !options.verbose {
                recordSkips[Self.reasonClass(reason), default: 0] += 1
            } else {
                progress.message("skipped: \(location): \(reason)")
            }
        case .failed(let location, let error):
            summary.failed += 1
            progress.message("error: \(location): \(error)")
        }
    }

    /// Extracts, analyses and writes the pending articles in one transaction.
    private func flush() throws {
        guard !pending.isEmpty else { return }
        let known = try store.knownHashes(pending.map(\.hash))
        let fresh = pending.filter { !known.contains($0.hash) }
        summary.duplicate += pending.count - fresh.count
        let result = try store.insert(prepared: processor.prepareAll(fresh))
        summary.ingested += result.inserted.count
        summary.duplicate += result.duplicates.count
        pending.removeAll(keepingCapacity: true)
        pendingHashes.removeAll(keepingCapacity: true)
        pendingBytes = 0
    }

    private func fatalStoreError(_ error: Error) -> Never {
        progress.finish()
        FileHandle.standardError.write(Data("error: \(store.path): cannot write: \(UserFacingError.message(error))\n".utf8))
        exit(2)
    }

    /// "not HTML (application/pdf)" → "not HTML"; groups record-level skip reasons for the summary.
    private static func reasonClass(_ reason: String) -> String {
        if let paren = reason.firstIndex(of: "("), reason.hasPrefix("not ") { return String(reason[..<paren]).trimmingCharacters(in: .whitespaces) }
        if reason.hasPrefix("HTTP status") { return "HTTP status not 2xx" }
        return reason
    }
}
