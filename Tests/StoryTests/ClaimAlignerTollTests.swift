import Analyze
import Model
import Testing
@testable import Story

/// Death tolls named before their number, tagged by the real quantity tagger and aligned across outlets.
/// Fixtures are our own invented sentences.
@Suite struct ClaimAlignerTollTests {
    func tagged(_ id: String, _ date: String, _ text: String) -> Document {
        var document = StoryFixtures.document(id, outlet: "Outlet \(id)", date: date, text: text)
        TemporalTagger().annotate(&document)
        QuantityTagger().annotate(&document)
        return document
    }

    @Test func sameDayTollsContradictAndALaterTollIsAnUpdate() {
        let documents = [
            tagged("relief", "2024-09-14", "At least 212 people have died in the typhoon and the landslides, the relief agency said on Saturday."),
            tagged("ministry", "2024-09-14", "The number of people confirmed dead in the typhoon has reached 190, the health ministry said on Saturday."),
            tagged("wire", "2024-09-20", "The relief agency put the death toll from the typhoon and the landslides at 240."),
        ]
        let groups = ClaimAligner().align(documents).filter { $0.concept == "killed" }
        #expect(groups.count == 1)
        guard let group = groups.first else { return }
        #expect(Set(group.claims.map(\.value)) == [212, 190, 240])
        #expect(group.verdict == .disagree)
        let relation = { (x: Double, y: Double) in
            group.comparisons.first { group.claims[$0.first].value == x && group.claims[$0.second].value == y }?.relation
        }
        #expect(relation(212, 190) == .conflict || relation(190, 212) == .conflict)
        #expect(relation(212, 240) == .update || relation(190, 240) == .update)
    }

    @Test func sameDayConflictsReadTheSameWhicheverArticleComesFirst() {
        // Two articles of one outlet carry the same figure; the other outlet's figure sits between them in id order.
        let documents = [
            tagged("a-relief", "2024-09-14", "At least 212 people have died in the typhoon, the relief agency said on Saturday."),
            tagged("b-ministry", "2024-09-14", "The number of people confirmed dead in the typhoon has reached 190, the health ministry said."),
            tagged("c-relief", "2024-09-14", "At least 212 people have died in the typhoon and the landslides, the relief agency said."),
        ].map { document -> Document in
            var document = document
            if document.id != "b-ministry" { document.metadata.source = "Relief Daily" }
            return document
        }
        guard let group = ClaimAligner().align(documents).first(where: { $0.concept == "killed" }) else {
            Issue.record("no killed group"); return
        }
        let conflicts = group.comparisons.filter { $0.relation == .conflict }
        #expect(conflicts.count == 2)
        #expect(Set(conflicts.map(\.explanation)).count == 1)
    }

    @Test func numbersWithTheirOwnCountedNounDoNotBorrowANearbyConcept() {
        let documents = [
            tagged("one", "2024-09-14", "The army moved 40,000 troops to the border, officials said."),
            tagged("two", "2024-09-15", "Some 85 members of private military firms are training forces in the region, where 45,000 troops now wait."),
            tagged("three", "2024-09-16", "About 60% of its ground forces are near the border, and the alliance has 32 nations."),
        ]
        let troops = ClaimAligner().align(documents).filter { $0.concept == "troops" }
        let values = Set(troops.flatMap { $0.claims.map(\.value) })
        #expect(values.contains(40_000) && values.contains(45_000))
        #expect(!values.contains(85) && !values.contains(60) && !values.contains(32))
    }
}
