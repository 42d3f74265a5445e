import Model

/// SKELETON — to be implemented (sentences).
public struct SentenceSplitter: Analyzer {
    public let name = "sentences"
    public init() {}
    public func annotate(_ document: inout Document) {}
}
