import Model

/// Runs the per-article analyzers in order: sentences, time, quantities, entities, quotes.
public struct AnalysisPipeline: Sendable {
    public var analyzers: [any Analyzer]

    public init(analyzers: [any Analyzer]) {
        self.analyzers = analyzers
    }

    /// The standard English pipeline. `bareNumbers` makes the quantity tagger also report numbers without unit.
    public static func standard(bareNumbers: Bool = false) -> AnalysisPipeline {
        AnalysisPipeline(analyzers: [
            SentenceSplitter(),
            TemporalTagger(),
            QuantityTagger(includeBareNumbers: bareNumbers),
            EntityRecognizer(),
            QuoteExtractor(),
        ])
    }

    public func run(_ document: inout Document) {
        for analyzer in analyzers { analyzer.annotate(&document) }
    }
}
