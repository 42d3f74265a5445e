import Foundation

/// What the story index keeps of the clustering so that a new article can join a story (or start one) without the
/// store being clustered again: the term statistics, each story's group (centroid, entities, day range, events) and
/// each article's term vector with its title and outlet. Encoded by the engine; the store keeps bytes.
public struct StoryJoinState: Sendable {
    /// How many articles the term statistics count.
    public var documentCount: Int
    public var terms: [StoryJoinTerm]
    public var groups: [StoryJoinGroup]
    public var members: [StoryJoinMember]
    /// Each article's LSH band keys, by document id (copy candidates for later arrivals).
    public var bandKeys: [String: [UInt64]]

    public init(documentCount: Int, terms: [StoryJoinTerm], groups: [StoryJoinGroup], members: [StoryJoinMember], bandKeys: [String: [UInt64]]) {
        self.documentCount = documentCount
        self.terms = terms
        self.groups = groups
        self.members = members
        self.bandKeys = bandKeys
    }
}
