import Analyze
import Model
import Testing
@testable import Story

/// Which figures the aligner compares and what it says of them, on invented reports about an invented country
/// (Valdoria, its city Port Selin), tagged by the real taggers.
@Suite struct ClaimGroupingTests {
    func tagged(_ id: String, _ date: String, _ text: String) -> Document {
        var document = StoryFixtures.document(id, outlet: "Outlet \(id)", date: date, text: text)
        TemporalTagger().annotate(&document)
        QuantityTagger().annotate(&document)
        return document
    }

    func groups(_ documents: [Document]) -> [ClaimGroup] { ClaimAligner().align(documents) }

    func values(_ group: ClaimGroup?) -> Set<Double> { Set(group?.claims.map(\.value) ?? []) }

    @Test func aCityTollStaysApartFromTheNationalToll() {
        let documents = [
            tagged("a", "2024-03-02", "At least 150 people have been killed in Valdoria since the protests began."),
            tagged("b", "2024-03-02", "Some 120 people have been killed in Port Selin, the second city of Valdoria."),
            tagged("c", "2024-03-03", "The crackdown has killed at least 160 people nationwide, a rights group said."),
            tagged("d", "2024-03-03", "Doctors said 130 people had been killed in Port Selin alone. Valdoria is in turmoil."),
            tagged("e", "2024-03-04", "At least 170 people have died in Valdorian protests, the group said."),
        ]
        let result = groups(documents)
        let national = result.first { $0.claims.contains { $0.value == 150 } }
        let city = result.first { $0.claims.contains { $0.value == 120 } }
        #expect(values(national) == [150, 160, 170])
        #expect(values(city) == [120, 130])
        #expect(city?.concept.contains("Port Selin") == true)
    }

    @Test func aRateNeverJoinsATotal() {
        let documents = [
            tagged("a", "2024-05-02", "The well is leaking about 5,000 barrels of oil a day."),
            tagged("b", "2024-05-03", "Scientists say the well leaks 6,000 barrels a day."),
            tagged("c", "2024-05-03", "So far 9,000 barrels of oil have leaked into the bay."),
            tagged("d", "2024-05-04", "By now some 10,000 barrels of oil have leaked."),
        ]
        let result = groups(documents)
        #expect(result.count == 2)
        #expect(result.contains { values($0) == [5_000, 6_000] && $0.concept.contains("per day") })
        #expect(result.contains { values($0) == [9_000, 10_000] && !$0.concept.contains("per day") })
    }

    @Test func aTollThatGrowsOverDaysIsAnUpdate() {
        let documents = [
            tagged("a", "2024-09-10", "At least 40 people were killed by the floods."),
            tagged("b", "2024-09-10", "About 40 people were killed by the floods, officials said."),
            tagged("c", "2024-09-12", "The floods have killed 90 people, officials said."),
            tagged("d", "2024-09-14", "The floods have killed at least 150 people."),
            tagged("e", "2024-09-15", "At least 150 people were killed by the floods."),
        ]
        let group = groups(documents).first { $0.claims.contains { $0.value == 90 } }
        #expect(values(group) == [40, 90, 150])
        #expect(group?.verdict == .update)
        #expect((group?.pairs.growth ?? 0) > 0)
        #expect(group?.pairs.sameTime == 0)
    }

    @Test func differentFiguresFromDifferentSourcesOnOneDayDisagree() {
        let documents = [
            tagged("a", "2024-09-14", "The health ministry said 190 people were killed in the floods."),
            tagged("b", "2024-09-14", "A relief agency said 320 people were killed in the floods."),
            tagged("c", "2024-09-14", "At least 300 people were killed in the floods, according to the relief agency."),
        ]
        let group = groups(documents).first
        #expect(values(group) == [190, 300, 320])
        #expect(group?.verdict == .disagree)
        #expect((group?.pairs.sameTime ?? 0) >= 2)
    }

    @Test func theSameFigureEverywhereAgrees() {
        let documents = [
            tagged("a", "2024-04-21", "Eleven workers died in the explosion."),
            tagged("b", "2024-04-25", "The blast killed 11 workers."),
            tagged("c", "2024-05-30", "The explosion killed 11 workers on the platform."),
        ]
        let group = groups(documents).first
        #expect(values(group) == [11])
        #expect(group?.verdict == .agree)
    }

    @Test func aFigureOfAnotherYearNeverJoinsTheStorysSeries() {
        let documents = [
            tagged("a", "2024-01-14", "Officials fear 2,000 people were killed by the quake."),
            tagged("b", "2024-01-15", "A quake in 1998 killed 2,500 people in the region."),
            tagged("c", "2024-01-16", "The quake killed at least 2,200 people, officials said."),
        ]
        let group = groups(documents).first { $0.claims.contains { $0.value == 2_000 } }
        #expect(values(group) == [2_000, 2_200])
    }

    @Test func bodiesRecoveredAreNotGroupedWithTheEstimatedToll() {
        let documents = [
            tagged("a", "2024-01-15", "Up to 50,000 people may have been killed, officials said."),
            tagged("b", "2024-01-15", "More than 40,000 bodies have been recovered so far."),
            tagged("c", "2024-01-16", "Officials said 45,000 people may have died."),
            tagged("d", "2024-01-16", "Workers had buried 42,000 bodies by Saturday."),
        ]
        let result = groups(documents)
        #expect(result.contains { values($0) == [50_000, 45_000] })
        #expect(result.contains { values($0) == [40_000, 42_000] })
    }

    @Test func everyFigureIsAClaimGroupedOrNot() {
        let documents = [
            tagged("a", "2024-09-10", "At least 40 people were killed by the floods, and 300 were injured."),
            tagged("b", "2024-09-11", "The floods killed 45 people."),
        ]
        let alignment = ClaimAligner().alignment(documents)
        #expect(Set(alignment.claims.map(\.value)) == [40, 300, 45])
        #expect(alignment.groups.count == 1)
    }
}
