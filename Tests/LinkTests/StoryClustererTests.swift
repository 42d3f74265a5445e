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

    /// A kept clustering (groups reduced to what comparison needs, term statistics of the new article's terms only)
    /// takes one more article exactly as the live clusterer does.
    @Test func aKeptClusteringTakesAnArticleAsTheLiveClustererWould() {
        let earlier = documents()
        let late = LinkFixtures.document("strike3", outlet: "Metro", date: "2023-03-10",
                                         text: "Crane operators at the Valmera container port voted to continue the dock strike over wages.",
                                         entities: [("Valmera", .place, "Valmera", true)])
        var live = StoryClusterer.clustering(earlier)
        let kept = live
        let expected = live.add(late)

        let article = kept.features(late)
        var frequencies: [UInt64: Int] = [:]
        for term in article.counts.keys { frequencies[term] = (kept.statistics.documentFrequency[term] ?? 0) + 1 }
        let vector = TermStatistics(documentCount: kept.statistics.documentCount + 1, documentFrequency: frequencies)
            .vector(counts: article.counts)
        let comparable = kept.groups.map { group -> ClusterGroup in
            var light = ClusterGroup()
            light.centroid = group.centroid
            for entity in group.entityCounts.keys { light.entityCounts[entity] = 1 }
            light.firstDay = group.firstDay
            light.lastDay = group.lastDay
            return light
        }
        let match = try! #require(kept.best(vector, entities: article.entities, day: article.day, among: comparable))
        var group = kept.groups[match.group]
        let event = kept.join(&group, article: article, vector: vector)
        let assignment = kept.joined(article, vector: vector, match: match, story: "s\(match.group + 1)", event: event, group: group)
        #expect(assignment.story == expected.story)
        #expect(assignment.event == expected.event)
        #expect(abs(assignment.similarity - expected.similarity) < 1e-9)
        #expect(group == live.groups[match.group])
        #expect(StoryClusterer.story(id: "s1", group: group, members: group.documents.compactMap { live.member($0) }) { live.surfaces[$0] }.title
                == live.stories[match.group].title)
    }
}
