/// A small deterministic generator (a 64-bit linear congruential generator) for tests that build thousands of inputs
/// from a fixed seed, so a failure can be replayed.
struct SeededRandom {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// The next number, 0 ..< 2³¹ (the generator's high bits).
    mutating func next() -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int(truncatingIfNeeded: state >> 33)
    }
}
