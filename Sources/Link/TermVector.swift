/// A sparse, L2-normalised bag of terms (folded word hashes) with weights, sorted by term.
public struct TermVector: Sendable, Hashable {
    public private(set) var terms: [UInt64]
    public private(set) var weights: [Float]

    public init() {
        terms = []
        weights = []
    }

    /// A vector as kept earlier: terms ascending, weights already normalised (not checked beyond the counts).
    public init(sortedTerms: [UInt64], normalisedWeights: [Float]) {
        precondition(sortedTerms.count == normalisedWeights.count, "one weight per term")
        terms = sortedTerms
        weights = normalisedWeights
    }

    /// Builds a vector from raw term weights (any order, repeated terms added) and normalises it.
    public init(weights raw: [UInt64: Float]) {
        let sorted = raw.filter { $0.value > 0 }.sorted { $0.key < $1.key }
        terms = sorted.map(\.key)
        weights = sorted.map(\.value)
        normalise()
    }

    /// Builds a vector from the `limit` heaviest of the raw term weights (ties: the smaller term first), normalised:
    /// the same terms as `TermVector(weights:).truncated(to:)`, found by selection instead of sorting every term.
    public init(heaviest raw: [UInt64: Float], limit: Int) {
        guard raw.count > limit else {
            self.init(weights: raw)
            return
        }
        var pairs: [(term: UInt64, weight: Float)] = []
        pairs.reserveCapacity(raw.count)
        for (term, weight) in raw where weight > 0 { pairs.append((term, weight)) }
        guard pairs.count > limit else {
            self.init(weights: raw)
            return
        }
        TermVector.selectHeaviest(&pairs, count: limit)
        self.init(weights: Dictionary(uniqueKeysWithValues: pairs.prefix(limit).map { ($0.term, $0.weight) }))
    }

    /// Moves the `count` heaviest pairs (weight descending, then term ascending) to the front, in no order (quickselect).
    static func selectHeaviest(_ pairs: inout [(term: UInt64, weight: Float)], count: Int) {
        func heavier(_ a: (term: UInt64, weight: Float), _ b: (term: UInt64, weight: Float)) -> Bool {
            a.weight != b.weight ? a.weight > b.weight : a.term < b.term
        }
        var low = 0, high = pairs.count - 1
        let target = count - 1
        while low < high {
            let pivot = pairs[(low + high) / 2]
            var i = low, j = high
            while i <= j {
                while heavier(pairs[i], pivot) { i += 1 }
                while heavier(pivot, pairs[j]) { j -= 1 }
                if i <= j {
                    pairs.swapAt(i, j)
                    i += 1
                    j -= 1
                }
            }
            if target <= j { high = j } else if target >= i { low = i } else { return }
        }
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
        // The `limit` largest, in order, ties in term order (a stable sort's order), without sorting them all.
        var top: [(UInt64, Float)] = []
        for pair in shared {
            guard top.count < limit || pair.1 > top[top.count - 1].1 else { continue }
            var position = top.count
            while position > 0 && top[position - 1].1 < pair.1 { position -= 1 }
            top.insert(pair, at: position)
            if top.count > limit { top.removeLast() }
        }
        return top.map { (term: $0.0, contribution: $0.1) }
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
