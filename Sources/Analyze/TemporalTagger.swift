import Model

/// SKELETON — to be implemented (timex).
public struct TemporalTagger: Analyzer {
    public let name = "timex"
    public init() {}
    public func annotate(_ document: inout Document) {}
}
