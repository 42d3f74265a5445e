import Foundation

/// One story's clustering group as the story index keeps it: what a new article is compared with (`centroid`,
/// `entities`, the day range) apart from the whole group (`state`, read only for the story an article joins).
public struct StoryJoinGroup: Sendable, Equatable {
    public var storyID: String
    public var firstDay: Int?
    public var lastDay: Int?
    public var centroid: Data
    public var entities: Data
    /// Nil when read for comparison only.
    public var state: Data?

    public init(storyID: String, firstDay: Int?, lastDay: Int?, centroid: Data, entities: Data, state: Data?) {
        self.storyID = storyID
        self.firstDay = firstDay
        self.lastDay = lastDay
        self.centroid = centroid
        self.entities = entities
        self.state = state
    }
}
