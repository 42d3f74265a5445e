/// A piece of page debris the extractor removed, with the rule that removed it, so a user can check.
public struct RemovedBlock: Hashable, Codable, Sendable {
    public var text: String
    /// The rule, e.g. "advertisement marker", "related-links heading", "navigation", "repeated title".
    public var reason: String

    public init(text: String, reason: String) {
        self.text = text
        self.reason = reason
    }
}
