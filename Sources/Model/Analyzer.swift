/// A pipeline component that adds one kind of annotation to a document (as spaCy's components do).
public protocol Analyzer: Sendable {
    /// A short name for logs and benchmarks ("sentences", "timex", …).
    var name: String { get }
    func annotate(_ document: inout Document)
}
