import Analyze
import Model
import Testing
@testable import Story

/// Verdicts (update, disagreement between sources or outlets, agreement), the one-line headline, the compact series
/// and the ranking by coverage, on invented reports about an invented country (Valdoria), tagged by the real taggers.
@Suite struct ClaimVerdictTests {
    func tagged(_ id: String, _ date: String, _ text: String, outlet: String? = nil) -> Document {
        var document = StoryFixtures.document(id, outlet: outlet ?? "Outlet \(id)", date: date, text: text)
        TemporalTagger().annotate(&document)
        QuantityTagger().annotate(&document)
        return document
    }

    func group(_ documents: [Document], containing value: Double) -> ClaimGroup? {
        ClaimAligner().align(documents).first { $0.claims.contains { $0.value == value } }
    }

    @Test func sourcesThatDifferDayAfterDayDisagreeEvenAsTheFiguresGrow() {
        // The ministry's count and the rights group's count both grow, but on every day both report they differ.
        let documents = [
            tagged("a", "2024-03-01", "The Health Ministry said 100 people had been killed in the unrest."),
            tagged("b", "2024-03-01", "Human Rights Watch said 250 people had been killed in the unrest."),
            tagged("c", "2024-03-03", "The Health Ministry said 130 people had been killed in the unrest."),
            tagged("d", "2024-03-03", "Human Rights Watch said 320 people had been killed in the unrest."),
            tagged("e", "2024-03-05", "The Health Ministry said 160 people had been killed in the unrest."),
            tagged("f", "2024-03-05", "Human Rights Watch said 390 people had been killed in the unrest."),
        ]
        let found = try? #require(group(documents, containing: 100))
        #expect(found?.claims.count == 6)
        #expect(found?.pairs.reportDays == 3)
        #expect(found?.pairs.conflictDays == 3)
        #expect(found?.verdict == .disagree)
        #expect(found?.disagreement == .sources)
        #expect(found?.headline.hasPrefix("disagreement between sources:") == true)
    }

    @Test func oneSourceQuotedTwoWaysIsAnOutletDisagreement() {
        let documents = [
            tagged("a", "2024-03-01", "About 3,500 people have fled the fighting, the agency said.", outlet: "Herald"),
            tagged("b", "2024-03-01", "Some 2,200 people have fled the fighting, the agency said.", outlet: "Courier"),
        ]
        let found = group(documents, containing: 3_500)
        #expect(found?.verdict == .disagree)
        #expect(found?.disagreement == .outlets)
        #expect(found?.headline.contains("Herald") == true && found?.headline.contains("Courier") == true)
    }

    @Test func aTollThatGrowsWithAgreeingSameDayReportsIsAnUpdate() {
        let documents = [
            tagged("a", "2024-09-10", "At least 40 people were killed by the floods."),
            tagged("b", "2024-09-10", "About 40 people were killed by the floods."),
            tagged("c", "2024-09-12", "The floods have killed 90 people."),
            tagged("d", "2024-09-12", "Nearly 90 people were killed by the floods."),
            tagged("e", "2024-09-14", "The floods have killed at least 150 people."),
            tagged("f", "2024-09-14", "About 150 people were killed by the floods."),
        ]
        let found = group(documents, containing: 90)
        #expect(found?.pairs.reportDays == 3)
        #expect(found?.pairs.conflictDays == 0)
        #expect(found?.verdict == .update)
        #expect(found?.disagreement == nil)
        #expect(found?.headline.hasPrefix("update: from “At least 40") == true)
        #expect(found?.headline.contains(" to “About 150") == true)
    }

    @Test func aYearOneSentenceNamesInPassingDoesNotStartTheCount() {
        let documents = [
            tagged("a", "2024-03-01", "At least 200 people have been killed in the unrest."),
            tagged("b", "2024-03-03", "The unrest has killed 260 people, more than any protest since 1990."),
            tagged("c", "2024-03-04", "At least 280 people have been killed in the unrest."),
            tagged("d", "2024-03-05", "At least 300 people have been killed in the unrest."),
            tagged("e", "2024-03-06", "The unrest has killed 310 people."),
        ]
        let found = group(documents, containing: 200)
        #expect(found?.since == nil)
        #expect(found?.pairs.implausible == 0)
        #expect(found?.verdict == .update)
    }

    @Test func aCountOfYearsThatJumpsInDaysContradictsItself() {
        // One report of three says the toll runs since 2014: a thousand more two days later is not an update.
        let documents = [
            tagged("a", "2021-12-29", "The war has killed nearly 13,000 people since 2014."),
            tagged("b", "2021-12-29", "At least 13,000 people have been killed."),
            tagged("c", "2021-12-31", "The fighting has killed more than 14,000 people."),
        ]
        let found = group(documents, containing: 14_000)
        #expect(found?.since == "2014")
        #expect((found?.pairs.implausible ?? 0) >= 1)
        #expect(found?.verdict == .disagree)
    }

    @Test func groupsComeRankedByTheArticlesThatGiveThem() {
        let documents = [
            tagged("a", "2024-09-10", "The floods killed 40 people. Another 300 people were injured."),
            tagged("b", "2024-09-11", "The floods killed 45 people."),
            tagged("c", "2024-09-11", "Some 320 people were injured. The floods killed 45 people."),
            tagged("d", "2024-09-12", "The toll rose to 48 people killed."),
        ]
        let groups = ClaimAligner().align(documents)
        #expect(groups.map(\.articles) == groups.map(\.articles).sorted(by: >))
        #expect(groups.first?.concept == "killed")
        #expect(groups.first?.articles == 4)
    }

    @Test func theSeriesMergesRepeatedFiguresAndKeepsTheEnds() {
        let documents = (1...9).map { day in
            tagged("r\(day)", "2024-05-0\(day)", "The spill has covered \(day < 4 ? 100 : day * 40) miles of coastline.")
        }
        let found = try? #require(group(documents, containing: 100))
        let series = ClaimSeriesPoint.series(of: found?.claims ?? [])
        #expect(series.first?.reports == 3)  // 100 miles on 1–3 May is one step
        #expect(series.first?.first == "2024-05-01" && series.first?.last == "2024-05-03")
        #expect(series.first?.label == "“100 miles” (1 May–3 May; Outlet r1, Outlet r2, Outlet r3)")
        let short = ClaimSeriesPoint.series(of: found?.claims ?? [], limit: 3)
        #expect(short.count == 3)
        #expect(short.first?.value == 100 && short.last?.value == 360)
    }

    @Test func theBriefShowsAHeadlineAndASeriesNotPairs() {
        let documents = [
            tagged("a", "2024-03-01", "The Health Ministry said 100 people had been killed in the unrest."),
            tagged("b", "2024-03-01", "Human Rights Watch said 250 people had been killed in the unrest."),
            tagged("c", "2024-03-03", "The Health Ministry said 130 people had been killed in the unrest."),
        ]
        let workspace = StoryWorkspace(documents: documents)
        let brief = BriefBuilder().build(try! workspace.story(nil), duplicates: workspace.duplicates)
        let markdown = BriefMarkdown.render(brief)
        let section = markdown.components(separatedBy: "## Claims and disagreements").last?
            .components(separatedBy: "## Coverage").first ?? ""
        #expect(section.contains("- **killed** (3 articles, 3 outlets): disagreement between sources"))
        #expect(section.contains(" → "))
        #expect(!section.contains("contradict each other"))
        #expect(!section.contains("conflict:"))
    }
}
