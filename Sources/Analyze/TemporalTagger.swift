import Model

/// Finds dates, times, durations and sets in a document and normalises them to TIMEX3 values relative to the
/// document date (tense-aware: "on Thursday" in a past-tense clause is the Thursday before).
///
/// When the document has no date, the ``DocumentDateEstimator`` estimates one from the content; the estimate is
/// stored in `metadata.published` (source `.contentEstimate`) and every value resolved against it is marked
/// `anchoredToEstimate`. Word lists live in `Resources/temporal/`.
public struct TemporalTagger: Analyzer {
    public let name = "timex"
    private let grammar = TemporalGrammar()
    private let estimator = DocumentDateEstimator()

    public init() {}

    public func annotate(_ document: inout Document) {
        if document.metadata.published == nil,
           let estimate = estimator.estimate(text: document.text, prior: nil, notAfter: document.metadata.notAfter, minimumConfidence: 0) {
            document.metadata.published = estimate
        }
        let anchor = document.metadata.published
        document.timexes = timexes(in: document.text, anchor: anchor?.date, anchorIsEstimate: anchor?.isEstimated ?? false)
    }

    /// The time expressions of a text resolved against `anchor` (nil: values keep `X` placeholders).
    public func timexes(in text: String, anchor: CalendarDate?, anchorIsEstimate: Bool = false) -> [Timex] {
        let tokens = TextTokenizer.tokens(of: text)
        let matches = grammar.matches(tokens, resolver: TimexResolver(anchor: anchor))
        // a value depends on the anchor when another anchor changes it: resolve again against a shifted anchor
        var relative: Set<Int> = []
        if anchorIsEstimate, let anchor {
            let shifted = grammar.matches(tokens, resolver: TimexResolver(anchor: anchor.adding(days: 400)))
            var byStart: [Int: String] = [:]
            for match in shifted { byStart[match.start] = match.value }
            for match in matches where byStart[match.start] != match.value { relative.insert(match.start) }
        }
        return matches.map { match in
            Timex(span: Span(tokens[match.start].start, tokens[match.end - 1].end), kind: match.kind,
                  value: match.value, modifier: match.modifier, anchoredToEstimate: relative.contains(match.start))
        }
    }
}
