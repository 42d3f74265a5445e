import Ingest

/// How an ingest reads and writes.
public struct IngestOptions: Sendable {
    public var limits = ReadLimits()
    public var fetcher: PageFetcher?
    /// Articles per transaction.
    public var batchSize = 64
    /// A batch is also written once its raw bytes pass this.
    public var batchBytes = 32 << 20
    /// Report record-level skips (non-HTML WARC records, …) one by one instead of counting them.
    public var verbose = false
    /// Bring the story index up to date when the run stored something.
    public var updateStoryIndex = true

    public init() {}
}
