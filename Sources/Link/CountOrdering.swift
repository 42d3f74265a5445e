/// Two articles of a story that count the same thing (same concept, same "since" year, comparable magnitude) where
/// one gives a clearly larger figure: news counts of the dead, the displaced or troops massed mostly grow as a story
/// goes on, so the larger figure's report is probably the later one. A weak date clue (``CountTrendFinder``), the
/// reverse of the claim aligner's "a later, larger toll is an update".
public struct CountOrdering: Sendable, Equatable {
    /// Index (in the resolver's input) of the article with the larger figure.
    public var later: Int
    /// Index of the article with the smaller figure.
    public var earlier: Int
    public var concept: String
    /// True for counts that only grow (``CountConcepts/cumulative``): the order is likelier.
    public var cumulative: Bool
    /// The figures as written.
    public var laterText: String
    public var earlierText: String
    /// Content words the two figures' sentences share beyond the story's subject (more: likelier the same count).
    public var sharedWords: Int

    public init(later: Int, earlier: Int, concept: String, cumulative: Bool, laterText: String, earlierText: String,
                sharedWords: Int = 0) {
        self.later = later
        self.earlier = earlier
        self.concept = concept
        self.cumulative = cumulative
        self.laterText = laterText
        self.earlierText = earlierText
        self.sharedWords = sharedWords
    }
}
