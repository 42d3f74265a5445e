import Model

/// SKELETON — to be implemented (quotes).
public struct QuoteExtractor: Analyzer {
    public let name = "quotes"
    public init() {}
    public func annotate(_ document: inout Document) {}
}
