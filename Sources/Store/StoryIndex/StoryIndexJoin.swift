import Foundation
import Model

/// What joining new articles to the story index changes, written in one transaction: the stories they joined or
/// started (with all their members), the new articles as the stories see them, the clustering state they touched,
/// the engine's whole-index data and the new store fingerprint.
public struct StoryIndexJoin: Sendable {
    public var storeFingerprint: String
    public var nextStoryNumber: Int
    /// Stories changed or started, each with its whole member list.
    public var stories: [IndexedStory]
    /// The new articles as the stories see them.
    public var documents: [Document]
    /// Ids among `documents` whose stored analysis is what the stories see (no copy kept).
    public var unchanged: Set<String>
    public var documentCount: Int
    /// Terms whose statistics changed (absolute values).
    public var terms: [StoryJoinTerm]
    /// Groups changed or started, with their whole state.
    public var groups: [StoryJoinGroup]
    public var members: [StoryJoinMember]
    /// Each article's LSH band keys, by document id (copy candidates for later arrivals).
    public var bandKeys: [String: [UInt64]]
    /// Named engine data replaced whole.
    public var blobs: [String: Data]

    public init(storeFingerprint: String, nextStoryNumber: Int, stories: [IndexedStory], documents: [Document],
                unchanged: Set<String>, documentCount: Int, terms: [StoryJoinTerm], groups: [StoryJoinGroup],
                members: [StoryJoinMember], bandKeys: [String: [UInt64]], blobs: [String: Data]) {
        self.storeFingerprint = storeFingerprint
        self.nextStoryNumber = nextStoryNumber
        self.stories = stories
        self.documents = documents
        self.unchanged = unchanged
        self.documentCount = documentCount
        self.terms = terms
        self.groups = groups
        self.members = members
        self.bandKeys = bandKeys
        self.blobs = blobs
    }
}
