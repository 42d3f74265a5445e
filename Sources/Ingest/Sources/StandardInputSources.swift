/// WARC files: `WARC/` first.
public struct WARCSource: InputSource {
    public init() {}
    public var format: InputFormat { .warc }
    public func recognises(_ sniff: InputSniff) -> Bool { sniff.trimmed.starts(with: Array("WARC/".utf8)) }
    public func open(_ input: OpenedInput) -> ArticleReader {
        WARCReader(path: input.path, reader: input.reader, gzip: input.gzip, limits: input.limits)
    }
}

/// RSS and Atom feeds: an `<rss>`, `<feed>` or `<rdf:RDF>` root after the XML declaration, comments and a DOCTYPE.
public struct FeedSource: InputSource {
    public init() {}
    public var format: InputFormat { .feed }
    public func recognises(_ sniff: InputSniff) -> Bool { FormatDetector.isFeed(sniff.lowered) }
    public func open(_ input: OpenedInput) -> ArticleReader {
        FeedArticleReader(path: input.path, reader: input.reader, limits: input.limits, fetcher: input.fetcher)
    }
}

/// JSON Lines: the first line is one JSON object.
public struct JSONLinesSource: InputSource {
    public init() {}
    public var format: InputFormat { .jsonLines }
    public func recognises(_ sniff: InputSniff) -> Bool {
        sniff.trimmed.first == UInt8(ascii: "{") && FormatDetector.firstLineIsJSONObject(sniff.trimmed)
    }
    public func open(_ input: OpenedInput) -> ArticleReader {
        JSONLinesArticleReader(path: input.path, reader: input.reader, limits: input.limits)
    }
}

/// One HTML page: markup near the start, or an .html name and a tag.
public struct HTMLSource: InputSource {
    public init() {}
    public var format: InputFormat { .html }
    public func recognises(_ sniff: InputSniff) -> Bool {
        if FormatDetector.looksLikeMarkup(sniff.lowered) { return true }
        let name = sniff.fileName
        return (name.hasSuffix(".html") || name.hasSuffix(".htm") || name.hasSuffix(".html.gz") || name.hasSuffix(".htm.gz"))
            && sniff.lowered.contains(UInt8(ascii: "<"))
    }
    public func open(_ input: OpenedInput) -> ArticleReader { SingleFileSource.open(input, kind: .html) }
}

/// A plain-text scrape: what no other source recognised (binary input is refused before).
public struct TextSource: InputSource {
    public init() {}
    public var format: InputFormat { .text }
    public func recognises(_ sniff: InputSniff) -> Bool { true }
    public func open(_ input: OpenedInput) -> ArticleReader { SingleFileSource.open(input, kind: .text) }
}

/// A file that is one article, refused whole when larger than the limit.
enum SingleFileSource {
    static func open(_ input: OpenedInput, kind: RawArticle.ContentKind) -> ArticleReader {
        if let size = input.fileSize, input.gzip == nil, size > input.limits.maxArticleBytes {
            return FailedInputReader(event: .failed(location: input.path, error: .tooLarge(size: size, limit: input.limits.maxArticleBytes)))
        }
        return SingleFileReader(path: input.path, reader: input.reader, kind: kind, limits: input.limits)
    }
}
