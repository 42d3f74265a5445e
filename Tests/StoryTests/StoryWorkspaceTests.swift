import Model
import Testing
@testable import Story

@Suite struct StoryWorkspaceTests {
    @Test func aDateSetByTheUserReplacesTheEstimateAndReanchorsTheText() throws {
        let text = "The ferry service resumed on Friday after the storm. Officials said the port would reopen tomorrow."
        let undated = StoryFixtures.document("u", outlet: "Coast Herald", date: nil, text: text)
        let user = DateAttribution(date: CalendarDate(year: 2024, month: 5, day: 14), source: .user, confidence: 1,
                                   evidence: "set by the user")
        let workspace = StoryWorkspace(documents: [undated], userDates: ["u": user])
        let document = try #require(workspace.documents.first)
        #expect(document.metadata.published == user)
        #expect(!document.metadata.published!.isEstimated)
        let values = document.timexes.map { document.text(of: $0.span).lowercased() + "=" + $0.value }
        #expect(values.contains("friday=2024-05-10"))
        #expect(values.contains("tomorrow=2024-05-15"))
        #expect(document.timexes.allSatisfy { !$0.anchoredToEstimate })
    }

    @Test func anArticleNamingNoOutletTakesTheOutletOfTheFeedItemListingIt() throws {
        let body = "Dock workers returned to work on Monday after union leaders accepted a pay offer that raises wages by "
            + "six percent this year and another four percent next year, ending a two-week strike at the harbour. "
            + "The port authority said ships queued outside the harbour would be unloaded by the end of the week. "
            + "Union members voted by a wide margin to accept the offer at a meeting on Sunday evening."
        var page = StoryFixtures.document("page", outlet: "x", date: "2023-03-06", title: "Harbour strike ends after pay deal",
                                          text: body)
        page.metadata.source = nil
        let item = StoryFixtures.document("item", outlet: "Coast Herald", date: "2023-03-06",
                                          title: "Harbour strike ends after pay deal", text: "Dock workers went back to work on Monday.")
        var named = page
        named.metadata.source = "Metro Daily"
        let attributed = StoryWorkspace(documents: [item, page])
        #expect(attributed.documents.first { $0.id == "page" }?.metadata.source == "Coast Herald")
        #expect(attributed.duplicates.links.contains { $0.kind == .teaser && $0.original == "page" && $0.copy == "item" })
        let kept = StoryWorkspace(documents: [item, named])
        #expect(kept.documents.first { $0.id == "page" }?.metadata.source == "Metro Daily")
    }
}
