/// Limits that apply while reading inputs.
public struct ReadLimits: Sendable {
    /// The largest single article accepted: an HTML or text file (after decompression), a WARC record's
    /// payload, a JSON Lines record. WARC and JSON Lines files themselves may be any size.
    public var maxArticleBytes: Int64

    public init(maxArticleBytes: Int64 = 32 << 20) {
        self.maxArticleBytes = maxArticleBytes
    }
}
