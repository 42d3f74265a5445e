/// The articles of an RSS/Atom feed file: each item's description, or with a ``PageFetcher`` the linked pages.
///
/// A feed is read whole (feeds are small and bounded by the size limit). A page that cannot be fetched is
/// reported as failed with its URL.
public final class FeedArticleReader: ArticleReader {
    private let path: String
    private let reader: BufferedByteReader
    private let limits: ReadLimits
    private let fetcher: PageFetcher?
    private var pending: [ReadEvent]?
    private var index = 0

    public init(path: String, reader: BufferedByteReader, limits: ReadLimits, fetcher: PageFetcher?) {
        self.path = path
        self.reader = reader
        self.limits = limits
        self.fetcher = fetcher
    }

    public var bytesConsumed: Int64 { reader.source.fileBytesConsumed }

    public func next() -> ReadEvent? {
        if pending == nil { pending = load() }
        guard let events = pending, index < events.count else { return nil }
        defer { index += 1 }
        return events[index]
    }

    private func load() -> [ReadEvent] {
        let items: [FeedItem]
        do {
            items = try FeedParser.parse(try reader.readAll(limit: limits.maxArticleBytes))
        } catch let error as IngestError {
            return [.failed(location: path, error: error)]
        } catch {
            return [.failed(location: path, error: .unreadable("\(error)"))]
        }
        if items.isEmpty { return [.skipped(location: path, reason: "feed has no items")] }
        guard let fetcher else {
            return items.enumerated().map { offset, item in
                let location = "\(path)#\(offset + 1)"
                guard let content = item.content, !content.isEmpty else {
                    return .skipped(location: location, reason: "item has no description (use --fetch for the linked page)")
                }
                return .article(RawArticle(origin: path, originOffset: Int64(offset + 1), originRecord: item.id ?? item.link,
                                           url: item.link, kind: .html, bytes: Array(content.utf8),
                                           dateHint: item.date, titleHint: item.title))
            }
        }
        let links = items.map { $0.link }
        let fetched = fetcher.fetchAll(links.map { $0 ?? "" })
        return zip(items, fetched).enumerated().map { offset, pair in
            let (item, result) = pair
            let location = "\(path)#\(offset + 1)"
            guard let link = item.link, !link.isEmpty else { return .skipped(location: location, reason: "item has no link") }
            switch result {
            case .failure(let error):
                return .failed(location: location, error: error)
            case .success(let page):
                if Int64(page.body.count) > limits.maxArticleBytes {
                    return .failed(location: location, error: .tooLarge(size: Int64(page.body.count), limit: limits.maxArticleBytes))
                }
                let kind: RawArticle.ContentKind = page.mediaType == "text/plain" ? .text : .html
                do {
                    let bytes = try ContentValidator.validate(page.body, kind: kind, httpCharset: page.charset)
                    return .article(RawArticle(origin: path, originOffset: Int64(offset + 1), originRecord: link, url: link,
                                               kind: kind, bytes: bytes, httpCharset: page.charset,
                                               dateHint: item.date, titleHint: item.title))
                } catch let error as IngestError {
                    return .failed(location: "\(location) \(link)", error: error)
                } catch {
                    return .failed(location: location, error: .unreadable("\(error)"))
                }
            }
        }
    }
}
