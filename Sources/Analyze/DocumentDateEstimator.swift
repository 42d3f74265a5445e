import Model

/// SKELETON — estimates a publication date from the content of an undated article.
public struct DocumentDateEstimator: Sendable {
    public init() {}

    /// The estimated publication date, with `.contentEstimate` source, confidence and evidence; nil when the text
    /// gives nothing to go on.
    public func estimate(text: String) -> DateAttribution? { nil }
}
