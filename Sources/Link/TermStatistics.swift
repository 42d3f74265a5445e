import Foundation

/// Document frequencies of terms over a growing collection, giving IDF weights for ``TermVector``s.
public struct TermStatistics: Sendable {
    public private(set) var documentCount = 0
    public private(set) var documentFrequency: [UInt64: Int] = [:]
    private let tokenizer = TextTokenizer()

    public init() {}

    /// Statistics as kept earlier: `documentFrequency` may hold only the terms about to be weighted.
    public init(documentCount: Int, documentFrequency: [UInt64: Int]) {
        self.documentCount = documentCount
        self.documentFrequency = documentFrequency
    }

    /// The content terms (no stop words, no bare numbers) of a piece of text, with counts.
    public func termCounts(_ text: String) -> [UInt64: Int] {
        var counts: [UInt64: Int] = [:]
        for token in tokenizer.tokens(text) where !token.isStopWord && !token.isNumber {
            counts[token.hash, default: 0] += 1
        }
        return counts
    }

    /// Counts one more document containing these terms.
    public mutating func add(terms: some Sequence<UInt64>) {
        documentCount += 1
        for term in Set(terms) { documentFrequency[term, default: 0] += 1 }
    }

    /// Smoothed inverse document frequency: ln((1 + N) / (1 + df)) + 1.
    public func idf(_ term: UInt64) -> Float {
        Float(log(Double(1 + documentCount) / Double(1 + (documentFrequency[term] ?? 0))) + 1)
    }

    /// A TF-IDF vector with sublinear term frequency (1 + ln tf).
    public func vector(counts: [UInt64: Int]) -> TermVector {
        var weights: [UInt64: Float] = [:]
        weights.reserveCapacity(counts.count)
        for (term, count) in counts { weights[term] = (1 + Float(log(Double(count)))) * idf(term) }
        return TermVector(weights: weights)
    }
}
