/// Counts over the whole store.
public struct StoreSummary: Sendable, Equatable {
    public var articles: Int
    /// (source, articles) sorted by count, then name; articles without a source are counted under "unknown".
    public var sources: [SourceCount]
    /// Earliest and latest publication dates known (`YYYY-MM-DD`).
    public var firstDate: String?
    public var lastDate: String?
    /// Sum of raw input sizes and of the compressed copies kept.
    public var rawBytes: Int64
    public var storedRawBytes: Int64

    public init(articles: Int, sources: [SourceCount], firstDate: String?, lastDate: String?, rawBytes: Int64,
                storedRawBytes: Int64) {
        self.articles = articles
        self.sources = sources
        self.firstDate = firstDate
        self.lastDate = lastDate
        self.rawBytes = rawBytes
        self.storedRawBytes = storedRawBytes
    }

    /// Articles of one source.
    public struct SourceCount: Sendable, Equatable {
        public var source: String
        public var articles: Int

        public init(source: String, articles: Int) {
            self.source = source
            self.articles = articles
        }
    }
}
