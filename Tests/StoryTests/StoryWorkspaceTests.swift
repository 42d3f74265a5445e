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
}
