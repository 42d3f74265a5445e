/// MinHash signatures of documents over word shingles, the input of ``LSHIndex``.
///
/// A document's shingles are its overlapping `shingleSize`-word windows (folded word hashes from
/// ``TextTokenizer``, stop words included: copies are copies of the wording). The signature is a one-permutation
/// MinHash (Li, Owen & Zhang 2012) with rotation densification (Shrivastava & Li 2014): each shingle is hashed
/// once, the top bits choose one of `permutations` bins and the bin keeps its minimum; an empty bin borrows the
/// value of the next non-empty bin to its right, offset by the distance. Like a k-permutation MinHash, the share
/// of equal positions between two signatures estimates the Jaccard similarity of the shingle sets, at the cost of
/// one hash per shingle instead of k.
public struct MinHasher: Sendable {
    public let permutations: Int
    public let shingleSize: Int
    private let seed: UInt64
    private let binShift: UInt64
    private let tokenizer = TextTokenizer(foldPlurals: false, markStopWords: false)

    /// - Parameter permutations: the signature length, a power of two (128 by default).
    public init(permutations: Int = 128, shingleSize: Int = 5, seed: UInt64 = 0x5eed_1e55) {
        precondition(permutations >= 2 && permutations & (permutations - 1) == 0, "permutations must be a power of two")
        self.permutations = permutations
        self.shingleSize = max(1, shingleSize)
        var state = seed
        self.seed = MinHasher.splitMix(&state)
        binShift = UInt64(64 - permutations.trailingZeroBitCount)
    }

    /// The shingle hashes of a text, in text order (duplicates kept).
    public func shingles(_ text: String) -> [UInt64] {
        shingles(tokens: tokenizer.tokens(text).map(\.hash))
    }

    /// The shingle hashes of a sequence of token hashes.
    public func shingles(tokens: [UInt64]) -> [UInt64] {
        guard !tokens.isEmpty else { return [] }
        if tokens.count <= shingleSize { return [MinHasher.combine(tokens[...])] }
        var result: [UInt64] = []
        result.reserveCapacity(tokens.count - shingleSize + 1)
        for start in 0...(tokens.count - shingleSize) {
            result.append(MinHasher.combine(tokens[start..<(start + shingleSize)]))
        }
        return result
    }

    /// The signature of a text, in one pass: tokens, shingles and bins without intermediate arrays.
    /// Equal to `signature(shingles: shingles(text))`.
    public func signature(_ text: String) -> MinHashSignature {
        if let signature = text.utf8.withContiguousStorageIfAvailable({ signature(utf8: $0) }) { return signature }
        return Array(text.utf8).withUnsafeBufferPointer { signature(utf8: $0) }
    }

    private func signature(utf8 bytes: UnsafeBufferPointer<UInt8>) -> MinHashSignature {
        var bins = [UInt32](repeating: .max, count: permutations)
        var filled = [Bool](repeating: false, count: permutations)
        let size = shingleSize
        var count = 0
        bins.withUnsafeMutableBufferPointer { bins in
            filled.withUnsafeMutableBufferPointer { filled in
                // The last `size` token hashes in a ring, and their polynomial hash rolled along the text.
                var window = [UInt64](repeating: 0, count: size)
                let top = MinHasher.power(size - 1)
                window.withUnsafeMutableBufferPointer { window in
                    var rolling: UInt64 = 0
                    var ring = 0
                    tokenizer.forEachToken(bytes, from: 0, to: bytes.count) { token in
                        if count >= size { rolling &-= window[ring] &* top }  // drop the oldest token
                        rolling = rolling &* MinHasher.base &+ token.hash
                        window[ring] = token.hash
                        ring = ring &+ 1 == size ? 0 : ring &+ 1
                        count &+= 1
                        if count >= size { add(rolling, bins, filled) }
                    }
                    if count > 0 && count < size {
                        add(MinHasher.combine(ArraySlice(window[0..<count])), bins, filled)
                    }
                }
            }
        }
        return densified(bins, filled, empty: count == 0)
    }

    @inline(__always)
    private func add(_ shingle: UInt64, _ bins: UnsafeMutableBufferPointer<UInt32>, _ filled: UnsafeMutableBufferPointer<Bool>) {
        // Mix the (linear) shingle hash with the seed: xorshift-multiply twice.
        var hash = (shingle ^ seed) &* 0xc4ce_b9fe_1a85_ec53
        hash ^= hash >> 29
        hash = hash &* 0xff51_afd7_ed55_8ccd
        hash ^= hash >> 32
        let bin = Int(truncatingIfNeeded: hash >> binShift)
        let value = UInt32(truncatingIfNeeded: hash)
        if value < bins[bin] { bins[bin] = value }
        filled[bin] = true
    }

    /// The signature of a set (or multiset) of shingle hashes.
    public func signature(shingles: [UInt64]) -> MinHashSignature {
        var bins = [UInt32](repeating: .max, count: permutations)
        var filled = [Bool](repeating: false, count: permutations)
        bins.withUnsafeMutableBufferPointer { bins in
            filled.withUnsafeMutableBufferPointer { filled in
                for shingle in shingles { add(shingle, bins, filled) }
            }
        }
        return densified(bins, filled, empty: shingles.isEmpty)
    }

    private func densified(_ bins: [UInt32], _ filled: [Bool], empty: Bool) -> MinHashSignature {
        guard !empty else { return MinHashSignature(values: bins) }
        // Rotation densification: an empty bin takes the next filled bin's value, offset by the distance.
        var result = bins
        for bin in 0..<permutations where !filled[bin] {
            var distance = 1
            while !filled[(bin + distance) % permutations] { distance += 1 }
            result[bin] = bins[(bin + distance) % permutations] &+ UInt32(truncatingIfNeeded: distance) &* 0x9e37_79b1
        }
        return MinHashSignature(values: result)
    }

    /// Order-sensitive combination of a window of token hashes: Σ tᵢ·base^(n−1−i) mod 2⁶⁴ (a polynomial hash, so
    /// the one-pass signature can roll it along the text).
    @inline(__always) static func combine(_ window: ArraySlice<UInt64>) -> UInt64 {
        var hash: UInt64 = 0
        for token in window { hash = hash &* base &+ token }
        return hash
    }

    static let base: UInt64 = 0x9e37_79b9_7f4a_7c15

    static func power(_ exponent: Int) -> UInt64 {
        var result: UInt64 = 1
        for _ in 0..<max(0, exponent) { result = result &* base }
        return result
    }

    static func splitMix(_ state: inout UInt64) -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
