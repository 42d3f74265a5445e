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
    /// Content words (4+ letters, not stop words, not the concept's own words, not in every article of the story)
    /// the two figures' sentences must share: a sign they count the same thing. Every ordering says how many they
    /// share; the resolver trusts it more the more they share (``DateClueWeights/countTrendWeights``).
    public var minimumSharedWords = 0
    /// Larger stories are not searched (pairs grow with the square; firm dates settle them anyway).
    public var maximumDocuments = 300
    private let tokenizer = TextTokenizer()
    /// Words that say what is counted ("killed", "troops", "people"): shared by every pair of counts of one concept.
    private static let conceptHashes = Set((Array(CountConcepts.conceptOfWord.keys) + Array(CountConcepts.genericUnits))
        .map { TextTokenizer.hash(ofFoldedWord: $0) })

    public init() {}

    /// One article's figure for one concept.
    struct Count {
        var concept: String
        var since: String?
        var low: Double
        /// The figure's upper end: the hedged upper bound, or the figure itself when the hedge has none ("at least").
        var top: Double
        var text: String
        /// Hashes of the content words of its sentence.
        var context: Set<UInt64>
    }

    public func orderings(_ documents: [Document]) -> [CountOrdering] {
        guard documents.count <= maximumDocuments else { return [] }
        let counts = documents.map(largestCounts)
        // words of every article: the story's subject, which says nothing about which count is meant
        var subject: Set<UInt64> = []
        if documents.count >= 3 {
            var everywhere: Set<UInt64>?
            for document in documents {
                let words = Set(tokenizer.tokens(document.text).map(\.hash))
                everywhere = everywhere.map { $0.intersection(words) } ?? words
            }
            subject = everywhere ?? []
        }
        var result: [CountOrdering] = []
        for i in documents.indices {
            for j in documents.indices where j > i {
                for a in counts[i] {
                    for b in counts[j] where b.concept == a.concept {
                        if let x = a.since, let y = b.since, x != y { continue }
                        let shared = a.context.intersection(b.context).subtracting(subject).count
                        guard shared >= minimumSharedWords else { continue }
                        if var ordering = order(a, i, b, j) ?? order(b, j, a, i) {
                            ordering.sharedWords = shared
                            result.append(ordering)
                        }
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

    /// Hashes of the content words of a sentence (4+ letters, not stop words or numbers, not concept words or general
    /// counted nouns).
    private func contentWords(_ document: Document, _ span: Span) -> Set<UInt64> {
        var words: Set<UInt64> = []
        document.text.utf8.withContiguousStorageIfAvailable { bytes in
            tokenizer.forEachToken(bytes, from: span.start, to: min(span.end, bytes.count)) { token in
                if token.end - token.start >= 4, !token.isStopWord, !token.isNumber,
                   !CountTrendFinder.conceptHashes.contains(token.hash) {
                    words.insert(token.hash)
                }
            }
        }
        return words
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
                              text: SentenceText.clean(document.text(of: quantity.span)),
                              context: sentence.map { contentWords(document, $0) } ?? [])
            let key = concept + "|" + (since ?? "")
            if best[key].map({ count.top > $0.top }) ?? true { best[key] = count }
        }
        return best.keys.sorted().map { best[$0]! }
    }
}
