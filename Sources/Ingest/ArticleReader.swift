/// Reads the articles of one input, one at a time, in bounded memory.
public protocol ArticleReader: AnyObject {
    /// The next article or report; nil when the input is exhausted (or stopped after a fatal error).
    func next() -> ReadEvent?
    /// Bytes of the input file consumed so far (compressed bytes for gzip), for progress.
    var bytesConsumed: Int64 { get }
}
