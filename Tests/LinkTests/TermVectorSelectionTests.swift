import Testing
@testable import Link

@Suite struct TermVectorSelectionTests {
    /// A deterministic pseudo-random sequence (no seeding needed).
    struct Sequence {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 11
        }
    }

    @Test func theHeaviestTermsAreTheOnesTruncationKeeps() {
        var random = Sequence(state: 42)
        for size in [3, 399, 400, 401, 1_000, 5_000] {
            var raw: [UInt64: Float] = [:]
            for _ in 0..<size {
                // Few distinct weights, so that ties are common and their order matters.
                raw[random.next() % 100_000] = Float(random.next() % 50)
            }
            let selected = TermVector(heaviest: raw, limit: 400)
            let truncated = TermVector(weights: raw).truncated(to: 400)
            #expect(selected.terms == truncated.terms, "size \(size)")
            for (a, b) in zip(selected.weights, truncated.weights) { #expect(abs(a - b) < 1e-5) }
        }
    }

    @Test func sharedTermsAreTheLargestContributionsInOrder() {
        var raw: [UInt64: Float] = [:], other: [UInt64: Float] = [:]
        for term in UInt64(0)..<200 {
            raw[term] = Float(term % 7 + 1)
            other[term] = Float(term % 3 + 1)
        }
        let a = TermVector(weights: raw), b = TermVector(weights: other)
        let shared = a.sharedTerms(b, limit: 5)
        // Stable order: the largest product 7 × 3 first, ties by term.
        var all: [(UInt64, Float)] = []
        for (index, term) in a.terms.enumerated() {
            if let j = b.terms.firstIndex(of: term) { all.append((term, a.weights[index] * b.weights[j])) }
        }
        let expected = all.sorted { $0.1 > $1.1 }.prefix(5).map(\.0)
        #expect(shared.map(\.term) == expected)
        #expect(shared.count == 5)
    }
}
