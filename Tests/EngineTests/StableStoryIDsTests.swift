import Engine
import Foundation
import Link
import Store
import Testing

@Suite struct StableStoryIDsTests {
    func story(_ id: String, _ documents: [String]) -> StoryCluster {
        StoryCluster(id: id, title: id, documents: documents,
                     events: [StoryEvent(id: "\(id).e1", documents: documents, firstDate: nil, lastDate: nil, keyTerms: [])],
                     outlets: [], firstDate: nil, lastDate: nil, keyTerms: [], keyEntities: [])
    }

    func indexed(_ id: String, _ number: Int, _ documents: [String]) -> IndexedStory {
        IndexedStory(id: id, number: number, documents: documents, fingerprint: "", payload: Data())
    }

    @Test func aStoryKeepsItsIdWhenTheClusteringNumbersItDifferently() {
        // The new clustering found the stories in the other order; a new article joined the old s2.
        let previous = [indexed("s1", 1, ["a", "b"]), indexed("s2", 2, ["c", "d", "e"])]
        let stories = [story("s1", ["c", "d", "e", "f"]), story("s2", ["a", "b"]), story("s3", ["g"])]
        let result = StableStoryIDs.assign(stories, assignments: [], previous: previous, nextNumber: 3)
        #expect(result.stories.map(\.id) == ["s2", "s1", "s3"])
        #expect(result.stories[0].events.map(\.id) == ["s2.e1"])
        #expect(result.nextNumber == 4)
    }

    @Test func aSplitStoryKeepsItsIdOnTheLargerPartAndNumbersAreNeverReused() {
        let previous = [indexed("s4", 4, ["a", "b", "c"])]
        let stories = [story("s1", ["a"]), story("s2", ["b", "c"])]
        let json = #"[{"document":"a","story":"s1","event":"s1.e1","startedStory":true,"similarity":0,"textSimilarity":0,"entityOverlap":0,"sharedTerms":[],"sharedEntities":[]}]"#
        let assignments = try! JSONDecoder().decode([StoryAssignment].self, from: Data(json.utf8))
        let result = StableStoryIDs.assign(stories, assignments: assignments, previous: previous, nextNumber: 7)
        #expect(result.stories.map(\.id) == ["s7", "s4"])
        #expect(result.assignments.map(\.story) == ["s7"])
        #expect(result.assignments.map(\.event) == ["s7.e1"])
        #expect(result.nextNumber == 8)
    }
}
