import Foundation
import Model

/// Everything the story index holds after one update, written in one transaction.
public struct StoryIndexSnapshot: Sendable {
    /// What the index was built from (``StoryIndexStore/storeFingerprint()`` at build time).
    public var storeFingerprint: String
    /// The number the next new story gets.
    public var nextStoryNumber: Int
    public var stories: [IndexedStory]
    /// The articles as the stories see them: story-level dates, the user's dates, outlet boilerplate left out.
    public var documents: [Document]
    /// Named engine data kept whole (copies, repeated sentences, assignments), each encoded by the engine.
    public var blobs: [String: Data]
    /// The clustering as new articles join it; nil keeps none (the next update then clusters the store again).
    public var joinState: StoryJoinState?

    public init(storeFingerprint: String, nextStoryNumber: Int, stories: [IndexedStory], documents: [Document],
                blobs: [String: Data], joinState: StoryJoinState? = nil) {
        self.storeFingerprint = storeFingerprint
        self.nextStoryNumber = nextStoryNumber
        self.stories = stories
        self.documents = documents
        self.blobs = blobs
        self.joinState = joinState
    }
}
