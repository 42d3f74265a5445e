import Link
import Store

/// Gives the stories of a new clustering the ids their articles had before, so that `s3` is still the same story
/// after the next ingest: each earlier story passes its id to the new story holding most of its articles (largest
/// overlaps first; a story split in two keeps its id on the larger part, two stories merged keep the id of the one
/// contributing more). A story with none of the earlier articles gets the next unused number; numbers are never reused.
public enum StableStoryIDs {
    /// The stories and assignments renamed, and the next unused number.
    public static func assign(_ stories: [StoryCluster], assignments: [StoryAssignment], previous: [IndexedStory],
                              nextNumber: Int) -> (stories: [StoryCluster], assignments: [StoryAssignment], numbers: [String: Int], nextNumber: Int) {
        var previousStory: [String: Int] = [:]  // document → index in previous
        for (index, story) in previous.enumerated() {
            for document in story.documents { previousStory[document] = index }
        }
        var overlaps: [(new: Int, old: Int, count: Int)] = []
        for (newIndex, story) in stories.enumerated() {
            var counts: [Int: Int] = [:]
            for document in story.documents { if let old = previousStory[document] { counts[old, default: 0] += 1 } }
            overlaps += counts.map { (newIndex, $0.key, $0.value) }
        }
        overlaps.sort { ($0.count, previous[$1.old].number, $1.new) > ($1.count, previous[$0.old].number, $0.new) }
        var numberOf: [Int: Int] = [:]
        var takenOld = Set<Int>()
        for overlap in overlaps where numberOf[overlap.new] == nil && !takenOld.contains(overlap.old) {
            numberOf[overlap.new] = previous[overlap.old].number
            takenOld.insert(overlap.old)
        }
        var next = max(nextNumber, (previous.map(\.number).max() ?? 0) + 1)
        for index in stories.indices where numberOf[index] == nil {
            numberOf[index] = next
            next += 1
        }
        var renamed: [String: String] = [:]
        var numbers: [String: Int] = [:]
        let result = stories.enumerated().map { index, story -> StoryCluster in
            let id = "s\(numberOf[index]!)"
            renamed[story.id] = id
            numbers[id] = numberOf[index]!
            var story = story
            story.id = id
            story.events = story.events.map { event in
                var event = event
                event.id = rename(event.id, renamed)
                return event
            }
            return story
        }
        let renamedAssignments = assignments.map { assignment -> StoryAssignment in
            var assignment = assignment
            assignment.story = renamed[assignment.story] ?? assignment.story
            assignment.event = rename(assignment.event, renamed)
            return assignment
        }
        return (result, renamedAssignments, numbers, next)
    }

    /// "s4.e2" with s4 renamed to s9 → "s9.e2".
    static func rename(_ event: String, _ renamed: [String: String]) -> String {
        guard let dot = event.firstIndex(of: ".") else { return renamed[event] ?? event }
        let story = String(event[..<dot])
        return (renamed[story] ?? story) + event[dot...]
    }
}
