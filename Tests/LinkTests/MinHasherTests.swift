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
