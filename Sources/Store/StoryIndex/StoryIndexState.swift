import Foundation

/// When and from what the story index was last built.
public struct StoryIndexState: Sendable, Equatable {
    public var storeFingerprint: String
    public var nextStoryNumber: Int
    /// ISO 8601 time of the build.
    public var built: String
}
