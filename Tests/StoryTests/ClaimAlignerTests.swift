import Testing
import Model
@testable import Story

@Suite struct ClaimAlignerTests {
    func report(_ id: String, _ date: String, _ sentence: String, _ surface: String, _ value: Double, _ hedge: String?) -> Document {
        var annotations = StoryFixtures.Annotations()
        annotations.quantities = [(surface, value, hedge, "killed", nil)]
        return StoryFixtures.document(id, outlet: "Outlet \(id)", date: date, text: sentence, annotations)
    }

    @Test func hedgesAndReportDatesDecideAgreementAndUpdates() {
        let documents = [
            report("a", "2021-12-01", "At least 13,000 have been killed since 2014.", "At least 13,000", 13000, "at least"),
            report("b", "2021-12-21", "The war has killed nearly 13,000 since 2014.", "nearly 13,000", 13000, "nearly"),
            report("c", "2021-12-23", "The fighting has killed more than 14,000 people since 2014.", "more than 14,000", 14000, "more than"),
        ]
        let groups = ClaimAligner().align(documents)
        #expect(groups.count == 1)
        let group = groups[0]
        #expect(group.concept == "killed")
        #expect(group.since == "2014")
        #expect(group.claims.map(\.sentence.document) == ["a", "b", "c"])
        // A toll running since 2014 does not grow by a thousand in the two days between b and c: a contradiction.
        #expect(group.verdict == .disagree)
        let relation = { (x: String, y: String) in
            group.comparisons.first { group.claims[$0.first].sentence.document == x && group.claims[$0.second].sentence.document == y }?.relation
        }
        #expect(relation("a", "b") == .consistent)   // at least 13,000 / nearly 13,000 meet at 13,000
        #expect(relation("a", "c") == .update)       // three weeks later: growth a count of years can have
        #expect(relation("b", "c") == .conflict)     // two days later: implausible growth
        #expect(group.summary.contains("Outlet c says more than 14,000"))
        #expect(group.pairs.implausible == 1 && group.pairs.sameTime == 0 && group.pairs.growth == 1 && group.pairs.consistent == 1)
    }

    @Test func aFigureDatedInItsSentenceIsComparedAtThatDate() throws {
        var earlier = StoryFixtures.Annotations()
        earlier.quantities = [("60 people", 60, nil, "missing", nil)]
        var later = StoryFixtures.Annotations()
        later.quantities = [("19 people", 19, nil, "missing", nil), ("60", 60, nil, "missing", nil)]
        later.timexes = [("March 8", "2025-03-08")]
        let documents = [
            StoryFixtures.document("a", outlet: "Herald", date: "2025-03-08", text: "Another 60 people were listed as missing.", earlier),
            StoryFixtures.document("b", outlet: "Wire", date: "2025-03-17",
                                   text: "The agency said 19 people were still missing, down from 60 on March 8.", later),
        ]
        let groups = ClaimAligner().align(documents)
        #expect(groups.count == 1)
        let group = try #require(groups.first)
        #expect(group.concept == "missing")
        #expect(group.claims.count == 3)
        let pastFigure = try #require(group.claims.first { $0.sentence.document == "b" && $0.value == 60 })
        #expect(pastFigure.asOf == "2025-03-08")
        #expect(group.claims.first { $0.value == 19 }?.asOf == nil)
        // 60 on March 8 in both reports agree; the later 19 is a change of a count that can fall, not a contradiction.
        #expect(group.verdict == .update)
    }

    @Test func sameDayDifferenceIsADisagreement() {
        let documents = [
            report("a", "2021-12-21", "Nearly 13,000 have been killed.", "Nearly 13,000", 13000, "nearly"),
            report("b", "2021-12-21", "More than 14,000 have been killed.", "More than 14,000", 14000, "more than"),
        ]
        #expect(ClaimAligner().align(documents).first?.verdict == .disagree)
    }

    @Test func laterSmallerTollContradicts() {
        let documents = [
            report("a", "2021-12-01", "More than 14,000 have been killed.", "More than 14,000", 14000, "more than"),
            report("b", "2021-12-21", "Nearly 13,000 have been killed.", "Nearly 13,000", 13000, "nearly"),
        ]
        let group = ClaimAligner().align(documents).first
        #expect(group?.verdict == .disagree)
        #expect(group?.comparisons.first?.relation == .conflict)
    }

    @Test func differentMagnitudesAreDifferentCounts() {
        let documents = [
            report("a", "2021-12-01", "Three people were killed in the blast.", "Three", 3, nil),
            report("b", "2021-12-02", "Nearly 13,000 have been killed.", "Nearly 13,000", 13000, "nearly"),
        ]
        #expect(ClaimAligner().align(documents).isEmpty)
    }

    @Test func aGrowingTollIsOneCountAndASameDayDifferenceIsFlagged() {
        let documents = [
            report("a", "2025-03-04", "At least 14 people have died.", "At least 14", 14, "at least"),
            report("b", "2025-03-06", "At least 41 people have died.", "At least 41", 41, "at least"),
            report("c", "2025-03-07", "At least 96 people have died.", "At least 96", 96, "at least"),
            report("d", "2025-03-08", "The ministry confirmed 190 dead.", "190", 190, nil),
            report("e", "2025-03-08", "At least 212 people have died.", "At least 212", 212, "at least"),
        ]
        let groups = ClaimAligner().align(documents)
        #expect(groups.count == 1)
        #expect(groups.first?.claims.count == 5)
        #expect(groups.first?.verdict == .disagree)
        let conflicts = groups.first?.comparisons.filter { $0.relation == .conflict } ?? []
        #expect(conflicts.count == 1)
        #expect(conflicts.first?.explanation.contains("reported the same day") == true)
        // "at least 14" then "at least 41" overlap under their hedges, but the later, larger figure is an update.
        let group = groups[0]
        let first = group.comparisons.first { group.claims[$0.first].sentence.document == "a" && group.claims[$0.second].sentence.document == "b" }
        #expect(first?.relation == .update)
    }

    @Test func aConceptWordNearTheNumberStandsInForDescribes() {
        var annotations = StoryFixtures.Annotations()
        annotations.quantities = [("190", 190, nil, nil, nil)]
        let a = StoryFixtures.document("a", outlet: "A", date: "2025-03-08",
                                       text: "The number of people confirmed dead has reached 190, the ministry said.", annotations)
        var other = StoryFixtures.Annotations()
        other.quantities = [("At least 212", 212, "at least", "died", "people")]
        let b = StoryFixtures.document("b", outlet: "B", date: "2025-03-08", text: "At least 212 people have died.", other)
        let group = ClaimAligner().align([a, b]).first
        #expect(group?.concept == "killed")
        #expect(group?.verdict == .disagree)
    }

    @Test func hedgeIntervals() {
        #expect(HedgeTable.interval(value: 100, high: nil, hedge: "at least") == (100, nil))
        #expect(HedgeTable.interval(value: 100, high: nil, hedge: "nearly").low == 90)
        #expect(HedgeTable.interval(value: 100, high: nil, hedge: "up to") == (0, 100))
        #expect(HedgeTable.interval(value: 5, high: 10, hedge: nil) == (5, 10))
        #expect(HedgeTable.interval(value: 7, high: nil, hedge: nil) == (7, 7))
    }
}
