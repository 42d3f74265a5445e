import Model

/// Finds numbers in digits and words ("150,000", "two million", "60%", "$1.2bn", "5-10 minutes") with their unit or
/// counted noun, hedge ("nearly", "at least"), range, and what they describe ("killed", "displaced").
///
/// Numbers inside dates and clock times found by the ``TemporalTagger`` (run before this analyzer in
/// ``AnalysisPipeline/standard()``) are skipped. Word lists live in `Resources/quantities/`.
public struct QuantityTagger: Analyzer {
    public let name = "quantities"
    private let scanner: QuantityScanner

    /// - Parameter includeBareNumbers: also report numbers without unit, counted noun, hedge or scale ("in 5 of the
    ///   12 cases" → 5 and 12). Off for news, where such numbers are mostly labels, addresses and scores.
    public init(includeBareNumbers: Bool = false) {
        scanner = QuantityScanner(includeBareNumbers: includeBareNumbers)
    }

    public func annotate(_ document: inout Document) {
        let excluded = document.timexes.filter { $0.kind != .duration }.map(\.span).sorted()
        document.quantities = quantities(in: document.text, excluding: excluded)
    }

    /// The quantities of a text; `excluding` lists byte spans of dates and times whose numbers are not quantities.
    public func quantities(in text: String, excluding: [Span] = []) -> [Quantity] {
        scanner.quantities(TextTokenizer.tokens(of: text), excluded: excluding)
    }
}
