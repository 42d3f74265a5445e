import Testing
import Model
@testable import Link

@Suite struct StoryClustererTests {
    static let strike = [
        "Dock workers at the port of Valmera walked off the job, halting container traffic. The dock union wants higher wages for crane operators.",
        "The Valmera dock strike entered its second day as crane operators kept picket lines at the container port. Union leaders demand wages that match inflation.",
        "Container ships are diverted from Valmera as the dock strike by crane operators continues. Port officials say wage talks with the union could resume.",
    ]
    static let vaccine = [
        "A hospital network in Corbin began enrolling volunteers for a nasal flu vaccine trial run by the state university.",
        "Researchers at the state university need 1,500 volunteers for the nasal flu vaccine trial in Corbin hospitals this winter.",
    ]

    func documents() -> [Document] {
        var result: [Document] = []
        for (index, text) in StoryClustererTests.strike.enumerated() {
            result.append(LinkFixtures.document("strike\(index)", outlet: ["Herald", "Metro", "Wire"][index],
                                                date: "2023-03-0\(index + 6)", text: text,
                                                entities: [("Valmera", .place, "Valmera", true)]))
        }
        for (index, text) in StoryClustererTests.vaccine.enumerated() {
            result.append(LinkFixtures.document("vaccine\(index)", outlet: "Herald", date: "2023-03-0\(index + 6)", text: text,
                                                entities: [("Corbin", .place, "Corbin", true)]))
        }
        return result
    }

    @Test func separatesTwoStories() {
        let (stories, assignments) = StoryClusterer.cluster(documents())
        #expect(stories.count == 2)
        let strike = stories.first { $0.documents.contains("strike0") }
        #expect(Set(strike?.documents ?? []) == ["strike0", "strike1", "strike2"])
        #expect(strike?.outlets.count == 3)
        #expect(assignments.count == 5)
        #expect(assignments.filter(\.startedStory).count == 2)
    }

    @Test func newArticleJoinsExistingStoryWithAReason() {
        var clusterer = StoryClusterer()
        for document in documents() { clusterer.add(document) }
        let late = LinkFixtures.document("strike-late", outlet: "Radio", date: "2023-03-10",
                                         text: "Crane operators end the Valmera dock strike after the union accepts a wage offer.",
                                         entities: [("Valmera", .place, "Valmera", true)])
        let assignment = clusterer.add(late)
        #expect(!assignment.startedStory)
        let strikeStory = clusterer.stories.first { $0.documents.contains("strike0") }
        #expect(assignment.story == strikeStory?.id)
        #expect(assignment.sharedEntities == ["valmera"])
        #expect(assignment.sharedTerms.contains("strike") || assignment.sharedTerms.contains("dock"))
        #expect(assignment.explanation.contains("joined \(assignment.story)"))
    }

    @Test func aLongGapStartsANewStory() {
        var clusterer = StoryClusterer()
        for document in documents() { clusterer.add(document) }
        let much = LinkFixtures.document("strike-next-year", outlet: "Radio", date: "2024-06-10",
                                         text: StoryClustererTests.strike[0], entities: [("Valmera", .place, "Valmera", true)])
        #expect(clusterer.add(much).startedStory)
    }

    @Test func aLowConfidenceEstimatedDateDoesNotSplitAStory() {
        var clusterer = StoryClusterer()
        for document in documents() { clusterer.add(document) }
        var late = LinkFixtures.document("strike-undated", outlet: "Radio", date: nil, text: StoryClustererTests.strike[1],
                                         entities: [("Valmera", .place, "Valmera", true)])
        late.metadata.published = DateAttribution(date: CalendarDate(year: 2016, month: 7, day: 1), source: .contentEstimate,
                                                  confidence: 0.2)
        #expect(!clusterer.add(late).startedStory)
    }
}
