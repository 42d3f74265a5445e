/// The registered input sources, asked in order: the first that recognises an input reads it.
public struct InputSources: Sendable {
    public var sources: [any InputSource]

    public init(_ sources: [any InputSource]) { self.sources = sources }

    /// WARC, feeds, JSON Lines, HTML, then plain text (which takes whatever is left).
    public static let standard = InputSources([WARCSource(), FeedSource(), JSONLinesSource(), HTMLSource(), TextSource()])

    /// Adds a source before the standard ones (or after `format`'s source).
    public func registering(_ source: any InputSource, before format: InputFormat? = nil) -> InputSources {
        var sources = self.sources
        let position = format.flatMap { name in sources.firstIndex { $0.format == name } } ?? 0
        sources.insert(source, at: position)
        return InputSources(sources)
    }

    /// The source that reads an input.
    public func source(for sniff: InputSniff) -> (any InputSource)? {
        sources.first { $0.recognises(sniff) }
    }
}
