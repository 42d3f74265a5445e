/// A sparse, L2-normalised bag of terms (folded word hashes) with weights, sorted by term.
public struct TermVector: Sendable, Hashable {
    public private(set) var terms: [UInt64]
    public private(set) var weights: [Float]

    public init() {
        terms = []
        weights = []
    }

    /// Builds a vector from raw term weights (any order, repeated terms added) and normalises it.
    public init(weights raw: [UInt64: Float]) {
        let sorted = raw.filter { $0.value > 0 }.sorted { $0.key < $1.key }
        terms = sorted.map(\.key)
        weights = sorted.map(\.value)
        normalise()
    }

    public var isEmpty: Bool { terms.isEmpty }

    /// Cosine similarity of two normalised vectors.
    public func cosine(_ other: TermVector) -> Float {
        var i = 0, j = 0
        var sum: Float = 0
        let a = terms, b = other.terms
        while i < a.count && j < b.count {
            if a[i] == b[j] {
                sum += weights[i] * other.weights[j]
                i += 1
                j += 1
            } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return sum
    }

    /// The terms both vectors share, by their contribution to the cosine, largest first.
    public func sharedTerms(_ other: TermVector, limit: Int) -> [(term: UInt64, contribution: Float)] {
        var shared: [(UInt64, Float)] = []
        var i = 0, j = 0
        while i < terms.count && j < other.terms.count {
            if terms[i] == other.terms[j] {
                shared.append((terms[i], weights[i] * other.weights[j]))
                i += 1
                j += 1
            } else if terms[i] < other.terms[j] { i += 1 } else { j += 1 }
        }
        return shared.sorted { $0.1 > $1.1 }.prefix(limit).map { (term: $0.0, contribution: $0.1) }
    }

    /// The sum of several vectors, normalised (a centroid's direction).
    public static func centroid(_ vectors: [TermVector]) -> TermVector {
        var sum: [UInt64: Float] = [:]
        for vector in vectors {
            for (term, weight) in zip(vector.terms, vector.weights) { sum[term, default: 0] += weight }
        }
        return TermVector(weights: sum)
    }

    /// Adds `other × scale` to this vector and renormalises (online centroid update).
    public mutating func add(_ other: TermVector, scale: Float = 1) {
        var sum: [UInt64: Float] = [:]
        for (term, weight) in zip(terms, weights) { sum[term] = weight }
        for (term, weight) in zip(other.terms, other.weights) { sum[term, default: 0] += weight * scale }
        self = TermVector(weights: sum)
    }

    /// Keeps only the `limit` heaviest terms (bounds centroid size), renormalised.
    public func truncated(to limit: Int) -> TermVector {
        guard terms.count > limit else { return self }
        let keep = zip(terms, weights).sorted { $0.1 > $1.1 }.prefix(limit)
        return TermVector(weights: Dictionary(uniqueKeysWithValues: keep.map { ($0.0, $0.1) }))
    }

    private mutating func normalise() {
        var norm: Float = 0
        for weight in weights { norm += weight * weight }
        guard norm > 0 else { return }
        let inverse = 1 / norm.squareRoot()
        for index in weights.indices { weights[index] *= inverse }
    }
}
