/// The MinHash signature of one document: one minimum per hash function.
public struct MinHashSignature: Hashable, Sendable {
    public var values: [UInt32]

    public init(values: [UInt32]) {
        self.values = values
    }

    /// The estimated Jaccard similarity of the two shingle sets: the share of equal minima.
    public func estimatedJaccard(with other: MinHashSignature) -> Double {
        let count = min(values.count, other.values.count)
        guard count > 0 else { return 0 }
        var equal = 0
        for index in 0..<count where values[index] == other.values[index] { equal += 1 }
        return Double(equal) / Double(count)
    }
}
