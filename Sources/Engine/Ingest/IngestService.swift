import Foundation
import Ingest
import Store

/// The article's life cycle up to the store: reads the inputs, extracts and analyses the new articles in parallel,
/// stores them in atomic batches, and brings the story index up to date. Content already in the store is counted as
/// duplicate and not processed again. Front ends (the CLI, a server) call it and render what it reports.
public final class IngestService {
    public let store: any ArticleStore
    public let options: IngestOptions
    let processor = ArticleProcessor()
    private var summary = IngestSummary()
    private var pending: [(raw: RawArticle, hash: String)] = []
    private var pendingBytes = 0
    private var pendingHashes = Set<String>()
    private var observer: IngestObserver = SilentIngestObserver()
    /// Record-level skips by reason, when they are counted rather than reported one by one.
    public private(set) var recordSkips: [String: Int] = [:]
    /// What the last story-index update did (nil when none ran).
    public private(set) var indexUpdate: StoryIndexUpdate?

    public init(store: any ArticleStore, options: IngestOptions = IngestOptions()) {
        self.store = store
        self.options = options
    }

    /// Ingests the files, reporting to `observer`; `missing` and `skipped` are inputs the caller could not open.
    public func run(files: [InputFile], missing: [String] = [], skipped: [(path: String, reason: String)] = [],
                    observer: IngestObserver = SilentIngestObserver()) throws -> IngestSummary {
        self.observer = observer
        let started = Date()
        for path in missing {
            summary.failed += 1
            observer.message("error: \(path): no such file or directory")
        }
        for (path, reason) in skipped {
            summary.failed += 1
            observer.message("error: \(path): skipped: \(reason)")
        }
        let opener = InputOpener(limits: options.limits, fetcher: options.fetcher)
        var bytesBefore: Int64 = 0
        for file in files {
            observer.startFile(file.path)
            let before = summary.ingested + summary.duplicate + pending.count
            let (reader, _) = opener.open(file)
            var events = 0
            while let event = reader.next() {
                try handle(event, file: file)
                events += 1
                if events % 16 == 0 { observer.update(bytesDone: bytesBefore + reader.bytesConsumed, articles: summary.ingested) }
            }
            bytesBefore += reader.bytesConsumed
            summary.files += 1
            observer.update(bytesDone: bytesBefore, articles: summary.ingested)
            observer.finishFile(file.path == "-" ? "stdin" : file.path,
                                articles: summary.ingested + summary.duplicate + pending.count - before)
        }
        try flush()
        if summary.ingested > 0 { try store.unifySourceNames() }
        if options.updateStoryIndex {
            let index = try StoryIndexStore(path: store.path)
            let isCurrent = try index.isCurrent()
            if summary.ingested > 0 || !isCurrent { indexUpdate = try StoryIndexBuilder().update(store: store, index: index) }
        }
        observer.finish()
        summary.bytesRead = bytesBefore
        summary.seconds = Date().timeIntervalSince(started)
        return summary
    }

    /// Extracts and analyses every stored article again from its raw copy (after the stages improved), in
    /// atomic batches, with what the input said at the first ingest (its date, title, source and crawl date), then
    /// rebuilds the story index. Returns the number of articles redone and of raw copies that could not be read.
    public func reanalyzeAll(observer: IngestObserver = SilentIngestObserver()) throws -> (redone: Int, failed: Int) {
        var afterRow: Int64 = 0, redone = 0, failed = 0
        observer.startFile("stored articles")
        while true {
            let (inputs, lastRow) = try store.storedInputs(afterRow: afterRow, limit: options.batchSize)
            guard let lastRow else { break }
            afterRow = lastRow
            var items: [(raw: RawArticle, hash: String)] = []
            for input in inputs {
                do {
                    items.append((try Self.rawArticle(input), input.contentHash))
                } catch {
                    failed += 1
                    observer.message("error: stored article \(input.documentID): its raw copy cannot be read")
                }
            }
            redone += try store.replaceAnalyses(processor.processAll(items))
            observer.update(bytesDone: Int64(redone + failed), articles: redone)
        }
        try store.unifySourceNames()
        if options.updateStoryIndex {
            indexUpdate = try StoryIndexBuilder().update(store: store, index: StoryIndexStore(path: store.path), rebuild: true)
        }
        observer.finish()
        return (redone, failed)
    }

    /// The raw article a stored input was made from, with what its input said.
    static func rawArticle(_ input: StoredInput) throws -> RawArticle {
        let bytes = try Deflate.decompress(input.rawDeflate, originalSize: input.rawSize)
        var raw = RawArticle(origin: input.origin, originOffset: input.originOffset, originRecord: input.originRecord,
                             externalID: input.externalID, url: input.url, source: input.inputSource,
                             kind: input.kind == "text" ? .text : .html, bytes: bytes, httpCharset: input.httpCharset,
                             dateHint: input.inputDate, titleHint: input.inputTitle)
        raw.crawlDate = input.inputCrawlDate
        return raw
    }

    private func handle(_ event: ReadEvent, file: InputFile) throws {
        switch event {
        case .article(let raw):
            let hash = raw.contentHash
            if !pendingHashes.insert(hash).inserted {
                summary.duplicate += 1
                return
            }
            pending.append((raw, hash))
            pendingBytes += raw.bytes.count
            if pending.count >= options.batchSize || pendingBytes >= options.batchBytes { try flush() }
        case .skipped(let location, let reason):
            summary.skipped += 1
            let isRecordLevel = location != file.path && location != "stdin"
            if isRecordLevel && !options.verbose {
                recordSkips[Self.reasonClass(reason), default: 0] += 1
            } else {
                observer.message("skipped: \(location): \(reason)")
            }
        case .failed(let location, let error):
            summary.failed += 1
            observer.message("error: \(location): \(error)")
        }
    }

    /// Extracts, analyses and writes the pending articles in one transaction.
    private func flush() throws {
        guard !pending.isEmpty else { return }
        let known = try store.knownHashes(pending.map(\.hash))
        let fresh = pending.filter { !known.contains($0.hash) }
        summary.duplicate += pending.count - fresh.count
        let result: BatchResult
        do {
            result = try store.insert(prepared: processor.prepareAll(fresh))
        } catch {
            throw IngestWriteError(path: store.path)
        }
        summary.ingested += result.inserted.count
        summary.duplicate += result.duplicates.count
        pending.removeAll(keepingCapacity: true)
        pendingHashes.removeAll(keepingCapacity: true)
        pendingBytes = 0
    }

    /// "not HTML (application/pdf)" → "not HTML"; groups record-level skip reasons for the summary.
    static func reasonClass(_ reason: String) -> String {
        if let paren = reason.firstIndex(of: "("), reason.hasPrefix("not ") { return String(reason[..<paren]).trimmingCharacters(in: .whitespaces) }
        if reason.hasPrefix("HTTP status") { return "HTTP status not 2xx" }
        return reason
    }
}
