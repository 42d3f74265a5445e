import Model

/// SKELETON — to be implemented (entities).
public struct EntityRecognizer: Analyzer {
    public let name = "entities"
    public init() {}
    public func annotate(_ document: inout Document) {}
}
