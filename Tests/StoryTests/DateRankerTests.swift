import Foundation
import Model
import Testing
@testable import Story

@Suite struct DateRankerTests {
    /// Features are standardised within the collection, so only their spread counts; a constant feature adds nothing.
    @Test func scoresAreWeightedStandardisedFeatures() {
        let ranker = DateRanker(features: ["a", "b"], weights: [1, 5])
        let scores = ranker.scores([[0, 1], [1, 1], [2, 1]])
        let z = 1 / (2.0 / 3).squareRoot()
        #expect(abs(scores[0] + z) < 1e-9 && abs(scores[1]) < 1e-9 && abs(scores[2] - z) < 1e-9)
        // Ten times the coverage ranks the dates the same (counts enter as logarithms, then standardised).
        let small = ranker.scores([[log1p(1), 1], [log1p(3), 1], [log1p(9), 1]])
        #expect(small[0] < small[1] && small[1] < small[2])
    }

    @Test func shippedRankerMatchesTheBuildersFeatures() throws {
        #expect(DateRanker.standard.features == DateEvidence.featureNames)
        #expect(DateRanker.standard.weights.count == DateEvidence.featureNames.count)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("date-ranker-\(UUID().uuidString).json")
        try Data(#"{"features":["published"],"weights":[1]}"#.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(throws: DateRanker.RankerError.self) { try DateRanker(contentsOf: url) }
    }

    /// Mentions count by when the mentioning article was published: on the day (or the next), later (a look back), or
    /// before it (a plan); copies count nowhere.
    @Test func evidenceSeparatesSameDayLaterAndEarlierMentions() {
        let table = SentenceTable(documents: StoryFixtures.strike(), skip: ["wire-1-copy"])
        let evidence = Dictionary(uniqueKeysWithValues: DateEvidence.collect(table, options: TimelineOptions()).map {
            ($0.date.description, $0.evidence)
        })
        let monday = evidence["2023-03-06"]
        #expect(monday?.published == 0)
        #expect(monday?.sameDayArticles == 1)   // the Herald, published the day after
        #expect(monday?.laterArticles == 1)     // Metro Daily, two days on
        #expect(monday?.referenceSpan == 2)
        #expect(monday?.outlets == ["Coast Herald", "Metro Daily"])
        let thursday = evidence["2023-03-09"]
        #expect(thursday?.earlierArticles == 1) // Metro Daily, the day before: talks "will resume on Thursday"
        #expect(thursday?.sameDayArticles == 1) // the wire, not its copy
        #expect(evidence["2023-03-10"]?.published == 1)
        #expect(Set(evidence.keys) == ["2023-03-06", "2023-03-07", "2023-03-08", "2023-03-09", "2023-03-10"])
    }

    /// Debris (a question, a transcript label, a " | " stamp) is never an event, however central it is.
    @Test func debrisIsNeverAnEvent() {
        var annotations = StoryFixtures.Annotations()
        annotations.timexes = [("on Monday", "2023-03-06"), ("Monday", "2023-03-06")]
        let page = StoryFixtures.document(
            "page-1", outlet: "Coast Herald", date: "2023-03-06",
            text: "Will the Valmera dock strike that began on Monday spread to other ports? Posted Monday | 4 comments | share this story with friends. Dock workers in Valmera stopped all container traffic at the port.",
            annotations)
        var options = TimelineOptions(dates: 1, sentencesPerDate: 3)
        options.minimumWords = 3
        options.redundancy = 1.1
        let kept = TimelineBuilder(options: options).build([page]).entries.flatMap(\.events).map(\.sentence.text)
        #expect(kept.count == 1)
        #expect(kept.allSatisfy { !$0.hasSuffix("?") && !$0.contains(" | ") })
        options.reportingOnly = false
        let all = TimelineBuilder(options: options).build([page]).entries.flatMap(\.events).map(\.sentence.text)
        #expect(all.count == 3)
    }

    /// A sweep builds the same timelines as separate runs.
    @Test func variantsMatchSeparateBuilds() {
        var first = TimelineOptions(dates: 2, sentencesPerDate: 1)
        first.minimumWords = 5
        var second = first
        second.dates = 3
        second.dateRanker = DateRanker(features: DateEvidence.featureNames, weights: [1, 0, 0, 0, 0, 0, 0, 0, 0])
        let documents = StoryFixtures.strike()
        let swept = TimelineBuilder.build(documents, copies: ["wire-1-copy"], variants: [first, second])
        for (index, options) in [first, second].enumerated() {
            let single = TimelineBuilder(options: options).build(documents, copies: ["wire-1-copy"])
            #expect(swept[index].entries.map(\.date) == single.entries.map(\.date))
            #expect(swept[index].entries.flatMap(\.events).map(\.sentence.text) == single.entries.flatMap(\.events).map(\.sentence.text))
        }
        // Weighting publications alone picks the days articles came out on.
        #expect(Set(swept[1].entries.map(\.date)) == ["2023-03-07", "2023-03-08", "2023-03-10"])
    }
}
