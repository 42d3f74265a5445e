/// One term of the story index's term statistics: in how many articles it occurs, and how it is written.
public struct StoryJoinTerm: Sendable, Equatable {
    public var term: UInt64
    public var documentFrequency: Int
    public var surface: String

    public init(term: UInt64, documentFrequency: Int, surface: String) {
        self.term = term
        self.documentFrequency = documentFrequency
        self.surface = surface
    }
}
