import Model

/// Finds ``CountOrdering``s in a story: per article, the largest figure it gives for each counted concept
/// (``CountConcepts``, over the quantity tagger's quantities, ranges such as "tens of thousands of soldiers" included)
/// with its hedged interval (``CountHedges``) and "since" year; two articles are ordered when one's
/// lower bound exceeds the other's figure by `margin` while staying within `growthRatio` of it (so "3 killed in the
/// blast" is not compared with "13,000 killed since 2014").
public struct CountTrendFinder: Sendable {
    /// How much the larger figure's lower bound must exceed the smaller's upper figure.
    public var margin = 1.05
    /// Figures further apart than this count different things.
    public var growthRatio = 4.0
    /// Smaller figures are too often counts of different small incidents.
    public var minimumValue = 10.0

    public init() {}

    /// One article's figure for one concept.
    struct Count {
        var concept: String
        var since: String?
        var low: Double
        /// The figure's upper end: the hedged upper bound, or the figure itself when the hedge has none ("at least").
        var top: Double
        var text: String
    }

    public func orderings(_ documents: [Document]) -> [CountOrdering] {
        let counts = documents.map(largestCounts)
        var result: [CountOrdering] = []
        for i in documents.indices {
            for j in documents.indices where j > i {
                for a in counts[i] {
                    for b in counts[j] where b.concept == a.concept {
                        if let x = a.since, let y = b.since, x != y { continue }
                        if let ordering = order(a, i, b, j) ?? order(b, j, a, i) { result.append(ordering) }
                    }
                }
            }
        }
        return result
    }

    /// `later` gives the clearly larger, comparable figure.
    private func order(_ small: Count, _ earlier: Int, _ large: Count, _ later: Int) -> CountOrdering? {
        guard large.low > small.top * margin, large.low <= small.top * growthRatio else { return nil }
        return CountOrdering(later: later, earlier: earlier, concept: large.concept,
                             cumulative: CountConcepts.cumulative.contains(large.concept),
                             laterText: large.text, earlierText: small.text)
    }

    /// The article's largest figure per concept and "since" year.
    func largestCounts(_ document: Document) -> [Count] {
        var best: [String: Count] = [:]
        for quantity in document.quantities where quantity.value >= minimumValue {
            let sentence = document.sentenceIndex(containing: quantity.span.start).map { document.sentences[$0].span }
            guard let concept = CountConcepts.concept(quantity)
                    ?? sentence.flatMap({ CountConcepts.nearbyConcept(quantity, sentence: $0, in: document) })
            else { continue }
            let interval = CountHedges.interval(value: quantity.value, high: quantity.high, hedge: quantity.hedge)
            let since = sentence.flatMap { CountConcepts.sinceYear(document.text(of: $0)) }
            let count = Count(concept: concept, since: since, low: interval.low,
                              top: interval.high ?? max(quantity.value, quantity.high ?? 0),
                              text: SentenceText.clean(document.text(of: quantity.span)))
            let key = concept + "|" + (since ?? "")
            if best[key].map({ count.top > $0.top }) ?? true { best[key] = count }
        }
        return best.keys.sorted().map { best[$0]! }
    }
}
