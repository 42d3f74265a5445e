import Foundation

/// Locality-sensitive hashing over MinHash signatures (banding): documents whose signatures agree on every row of
/// at least one band become candidate pairs.
///
/// With `bands` b and `rows` r the chance that a pair of Jaccard similarity s becomes a candidate is
/// 1 − (1 − s^r)^b; the default 32 × 4 over 128 minima catches pairs above ≈ 0.42 almost surely and lets
/// exact verification (``DuplicateDetector``) decide.
public struct LSHIndex: Sendable {
    public let bands: Int
    public let rows: Int
    private var buckets: [[UInt64: [Int]]]
    public private(set) var count = 0

    public init(bands: Int = 32, rows: Int = 4) {
        self.bands = bands
        self.rows = rows
        buckets = Array(repeating: [:], count: bands)
    }

    /// The similarity at which a pair has a 50% chance of becoming a candidate, ≈ (1/b)^(1/r).
    public var threshold: Double { Foundation.pow(1 / Double(bands), 1 / Double(rows)) }

    /// Adds a signature under the next item number (0, 1, 2, …) and returns the earlier items sharing a band.
    @discardableResult
    public mutating func insert(_ signature: MinHashSignature) -> [Int] {
        precondition(signature.values.count >= bands * rows, "signature shorter than bands × rows")
        let item = count
        count += 1
        var candidates = Set<Int>()
        for band in 0..<bands {
            let key = bandKey(signature, band: band)
            if let earlier = buckets[band][key] { candidates.formUnion(earlier) }
            buckets[band][key, default: []].append(item)
        }
        return candidates.sorted()
    }

    /// The items sharing at least one band with a signature, without adding it.
    public func query(_ signature: MinHashSignature) -> [Int] {
        var candidates = Set<Int>()
        for band in 0..<bands {
            if let items = buckets[band][bandKey(signature, band: band)] { candidates.formUnion(items) }
        }
        return candidates.sorted()
    }

    /// The key of each band of a signature (band numbers are part of the keys, so keys of different bands differ).
    public func bandKeys(_ signature: MinHashSignature) -> [UInt64] {
        (0..<bands).map { bandKey(signature, band: $0) }
    }

    private func bandKey(_ signature: MinHashSignature, band: Int) -> UInt64 {
        var key: UInt64 = 0xcbf2_9ce4_8422_2325 &+ UInt64(band)
        for row in 0..<rows {
            key = (key ^ UInt64(signature.values[band * rows + row])) &* 0x0000_0100_0000_01B3
        }
        return key
    }
}
