import Testing
@testable import Link

@Suite struct MinHasherTests {
    let hasher = MinHasher()

    func trueJaccard(_ a: String, _ b: String) -> Double {
        let x = Set(hasher.shingles(a)), y = Set(hasher.shingles(b))
        return Double(x.intersection(y).count) / Double(x.union(y).count)
    }

    @Test func estimateTracksTrueJaccard() {
        let a = LinkFixtures.harbourStrike, b = LinkFixtures.harbourStrikeEdited
        let estimate = hasher.signature(a).estimatedJaccard(with: hasher.signature(b))
        let truth = trueJaccard(a, b)
        #expect(truth > 0.4 && truth < 0.95)
        #expect(abs(estimate - truth) < 0.12)
    }

    @Test(arguments: [0.2, 0.5, 0.8])
    func estimateOfSyntheticSetsIsUnbiased(jaccard: Double) {
        // Two sets of 2,000 shingles sharing round(J·4000/(1+J)) elements have Jaccard ≈ J.
        let shared = Int((jaccard * 4000 / (1 + jaccard)).rounded())
        var state: UInt64 = 42
        let common = (0..<shared).map { _ in MinHasher.splitMix(&state) }
        let a = common + (0..<(2000 - shared)).map { _ in MinHasher.splitMix(&state) }
        let b = common + (0..<(2000 - shared)).map { _ in MinHasher.splitMix(&state) }
        let truth = Double(shared) / Double(4000 - shared)
        let estimate = hasher.signature(shingles: a).estimatedJaccard(with: hasher.signature(shingles: b))
        #expect(abs(estimate - truth) < 0.1)
    }

    @Test func shortTextsStillFillEverySignaturePosition() {
        let signature = hasher.signature("Port reopens.")
        #expect(signature.values.count == 128)
        #expect(Set(signature.values).count > 100)  // densified bins differ from one another
    }

    @Test func onePassSignatureEqualsTheShingleSignature() {
        for text in [LinkFixtures.harbourStrike, LinkFixtures.vaccineTrial, "Port reopens.", "", "Russia’s troops’ 13,000 men's"] {
            #expect(hasher.signature(text) == hasher.signature(shingles: hasher.shingles(text)))
        }
    }

    @Test func identicalTextsHaveIdenticalSignatures() {
        #expect(hasher.signature(LinkFixtures.vaccineTrial) == hasher.signature("  " + LinkFixtures.vaccineTrial.uppercased()))
    }

    @Test func unrelatedTextsShareAlmostNothing() {
        let estimate = hasher.signature(LinkFixtures.harbourStrike).estimatedJaccard(with: hasher.signature(LinkFixtures.vaccineTrial))
        #expect(estimate < 0.1)
    }

    @Test func lshPairsSimilarAndNotUnrelated() {
        var index = LSHIndex()
        index.insert(hasher.signature(LinkFixtures.harbourStrike))
        index.insert(hasher.signature(LinkFixtures.vaccineTrial))
        let candidates = index.query(hasher.signature(LinkFixtures.harbourStrikeEdited))
        #expect(candidates == [0])
        #expect(index.threshold > 0.3 && index.threshold < 0.6)
    }
}
