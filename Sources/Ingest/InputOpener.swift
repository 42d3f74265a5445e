/// Opens an input file, detects its format from its content and returns the matching ``ArticleReader``.
public struct InputOpener: Sendable {
    public var limits: ReadLimits
    /// When set, feed items' linked pages are downloaded instead of using their descriptions.
    public var fetcher: PageFetcher?
    /// The kinds of input recognised, asked in order.
    public var sources: InputSources

    public init(limits: ReadLimits = ReadLimits(), fetcher: PageFetcher? = nil, sources: InputSources = .standard) {
        self.limits = limits
        self.fetcher = fetcher
        self.sources = sources
    }

    /// A reader for one file. Problems opening or recognising it come back as a reader with one failure.
    public func open(_ file: InputFile) -> (reader: ArticleReader, format: InputFormat?) {
        let name = file.path == "-" ? "stdin" : file.path
        do {
            let fileSource = try FileByteSource(path: file.path)
            let magic = BufferedByteReader(source: fileSource, capacity: 1 << 16)
            let head = try magic.peek(2)
            if head.isEmpty { return (FailedInputReader(event: .skipped(location: name, reason: IngestError.empty.description)), nil) }
            var reader = magic
            var gzip: GzipByteSource?
            if head == [0x1f, 0x8b] {
                // The buffered reader is itself a byte source: the peeked bytes go to the decompressor first.
                let decompressed = try GzipByteSource(input: magic)
                gzip = decompressed
                reader = BufferedByteReader(source: decompressed, capacity: 1 << 16)
            }
            let prefix: [UInt8]
            do {
                prefix = try reader.peek(FormatDetector.sniffLength)
            } catch let error as IngestError {
                return (FailedInputReader(event: .failed(location: name, error: error)), nil)
            }
            if prefix.isEmpty { return (FailedInputReader(event: .skipped(location: name, reason: IngestError.empty.description)), nil) }
            if let compression = FormatDetector.unsupportedCompression(prefix) {
                return (FailedInputReader(event: .failed(location: name, error: .unsupportedCompression(compression))), nil)
            }
            guard let source = FormatDetector.source(prefix: prefix, fileName: name, sources: sources) else {
                return (FailedInputReader(event: .failed(location: name, error: .binary)), nil)
            }
            let input = OpenedInput(path: name, reader: reader, gzip: gzip, fileSize: file.size, limits: limits, fetcher: fetcher)
            return (source.open(input), source.format)
        } catch let error as IngestError {
            return (FailedInputReader(event: .failed(location: name, error: error)), nil)
        } catch {
            return (FailedInputReader(event: .failed(location: name, error: .unreadable("\(error)"))), nil)
        }
    }
}
