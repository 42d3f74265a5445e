/// An input opened for a source to read: its name, its bytes (decompressed), and the limits of the run.
public struct OpenedInput {
    public var path: String
    public var reader: BufferedByteReader
    /// The decompressor, when the file was gzip'd (a WARC reader reports record offsets in it).
    public var gzip: GzipByteSource?
    /// The size of the file on disk, when known.
    public var fileSize: Int64?
    public var limits: ReadLimits
    public var fetcher: PageFetcher?
}
