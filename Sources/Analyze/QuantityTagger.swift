import Model

/// SKELETON — to be implemented (quantities).
public struct QuantityTagger: Analyzer {
    public let name = "quantities"
    public init() {}
    public func annotate(_ document: inout Document) {}
}
