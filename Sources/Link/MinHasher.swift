/// MinHash signatures of documents over word shingles (Broder 1997), the input of ``LSHIndex``.
///
/// A document's shingles are its overlapping `shingleSize`-word windows (folded word hashes from
/// ``TextTokenizer``, stop words included: copies are copies of the wording). Each shingle hash goes through
/// `permutations` seeded 32-bit mixers, eight at a time in SIMD lanes, and the signature keeps each mixer's minimum.
/// The share of equal positions between two signatures estimates the Jaccard similarity of their shingle sets.
public struct MinHasher: Sendable {
    public let permutations: Int
    public let shingleSize: Int
    private let seeds: [SIMD8<UInt32>]
    private let tokenizer = TextTokenizer(foldPlurals: false)

    public init(permutations: Int = 128, shingleSize: Int = 5, seed: UInt64 = 0x5eed_1e55) {
        precondition(permutations > 0 && permutations % 8 == 0, "permutations must be a positive multiple of 8")
        self.permutations = permutations
        self.shingleSize = max(1, shingleSize)
        var state = seed
        var lanes: [SIMD8<UInt32>] = []
        for _ in 0..<(permutations / 8) {
            var block = SIMD8<UInt32>()
            for lane in 0..<8 { block[lane] = UInt32(truncatingIfNeeded: MinHasher.splitMix(&state)) }
            lanes.append(block)
        }
        seeds = lanes
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

    /// The signature of a text.
    public func signature(_ text: String) -> MinHashSignature {
        signature(shingles: shingles(text))
    }

    /// The signature of a set (or multiset) of shingle hashes.
    public func signature(shingles: [UInt64]) -> MinHashSignature {
        var minima = [SIMD8<UInt32>](repeating: SIMD8(repeating: .max), count: seeds.count)
        let m1: UInt32 = 0x7feb_352d, m2: UInt32 = 0x846c_a68b
        seeds.withUnsafeBufferPointer { seedBuffer in
            minima.withUnsafeMutableBufferPointer { minBuffer in
                for shingle in shingles {
                    let value = SIMD8<UInt32>(repeating: UInt32(truncatingIfNeeded: shingle ^ (shingle >> 32)))
                    for block in 0..<seedBuffer.count {
                        // A seeded lowbias32-style mixer per lane: x ^= seed; x ^= x>>16; x *= m1; x ^= x>>15; x *= m2; x ^= x>>16
                        var x = value ^ seedBuffer[block]
                        x ^= x &>> 16
                        x &*= m1
                        x ^= x &>> 15
                        x &*= m2
                        x ^= x &>> 16
                        minBuffer[block] = pointwiseMin(minBuffer[block], x)
                    }
                }
            }
        }
        var values = [UInt32]()
        values.reserveCapacity(permutations)
        for block in minima { for lane in 0..<8 { values.append(block[lane]) } }
        return MinHashSignature(values: values)
    }

    /// Order-sensitive combination of a window of token hashes.
    @inline(__always) static func combine(_ window: ArraySlice<UInt64>) -> UInt64 {
        var hash: UInt64 = 0x9e37_79b9_7f4a_7c15
        for token in window {
            hash = (hash ^ token) &* 0xff51_afd7_ed55_8ccd
            hash ^= hash >> 29
        }
        return hash
    }

    static func splitMix(_ state: inout UInt64) -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
