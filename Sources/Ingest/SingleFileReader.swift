/// Reads a whole HTML page or text scrape (gzip'd or not) as one article.
public final class SingleFileReader: ArticleReader {
    private let path: String
    private let reader: BufferedByteReader
    private let kind: RawArticle.ContentKind
    private let limits: ReadLimits
    private var done = false

    public init(path: String, reader: BufferedByteReader, kind: RawArticle.ContentKind, limits: ReadLimits) {
        self.path = path
        self.reader = reader
        self.kind = kind
        self.limits = limits
    }

    public var bytesConsumed: Int64 { reader.source.fileBytesConsumed }

    public func next() -> ReadEvent? {
        guard !done else { return nil }
        done = true
        do {
            let raw = try reader.readAll(limit: limits.maxArticleBytes)
            let bytes = try ContentValidator.validate(raw, kind: kind, httpCharset: nil)
            return .article(RawArticle(origin: path, kind: kind, bytes: bytes))
        } catch IngestError.empty {
            return .skipped(location: path, reason: IngestError.empty.description)
        } catch let error as IngestError {
            return .failed(location: path, error: error)
        } catch {
            return .failed(location: path, error: .unreadable("\(error)"))
        }
    }
}
