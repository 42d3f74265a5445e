import Foundation

/// A story: articles about one developing news topic, split into events.
public struct StoryCluster: Codable, Sendable {
    /// "s1", "s2", … in order of creation.
    public var id: String
    /// A short label: the title of the article closest to the story's centroid, else its key terms.
    public var title: String
    public var documents: [String]
    public var events: [StoryEvent]
    public var outlets: [String]
    public var firstDate: String?
    public var lastDate: String?
    /// The heaviest terms of the story centroid.
    public var keyTerms: [String]
    /// The entities most articles of the story name.
    public var keyEntities: [String]

    public init(id: String, title: String, documents: [String], events: [StoryEvent], outlets: [String],
                firstDate: String?, lastDate: String?, keyTerms: [String], keyEntities: [String]) {
        self.id = id
        self.title = title
        self.documents = documents
        self.events = events
        self.outlets = outlets
        self.firstDate = firstDate
        self.lastDate = lastDate
        self.keyTerms = keyTerms
        self.keyEntities = keyEntities
    }
}

/// Articles of a story that report one event (close in time and wording).
public struct StoryEvent: Codable, Sendable {
    /// "s1.e1", …
    public var id: String
    public var documents: [String]
    public var firstDate: String?
    public var lastDate: String?
    public var keyTerms: [String]

    public init(id: String, documents: [String], firstDate: String?, lastDate: String?, keyTerms: [String]) {
        self.id = id
        self.documents = documents
        self.firstDate = firstDate
        self.lastDate = lastDate
        self.keyTerms = keyTerms
    }
}

/// Why an article joined the story it is in.
public struct StoryAssignment: Codable, Sendable {
    public var document: String
    public var story: String
    public var event: String
    /// True when the article started a new story (nothing was similar enough).
    public var startedStory: Bool
    /// The combined similarity to the story when it joined (0 for a new story).
    public var similarity: Double
    /// Text cosine to the story centroid.
    public var textSimilarity: Double
    /// Share of the article's entities the story already names.
    public var entityOverlap: Double
    /// Days between the article and the nearest date of the story (nil when undated).
    public var dayGap: Int?
    /// The terms contributing most to the text similarity.
    public var sharedTerms: [String]
    public var sharedEntities: [String]

    /// One line for people.
    public var explanation: String {
        if startedStory { return "\(document) started \(story) (no story similar enough)" }
        var parts = ["similarity \(Self.format(similarity)) (text \(Self.format(textSimilarity)), entities \(Self.format(entityOverlap)))"]
        if !sharedTerms.isEmpty { parts.append("shared terms: " + sharedTerms.joined(separator: ", ")) }
        if !sharedEntities.isEmpty { parts.append("shared entities: " + sharedEntities.joined(separator: ", ")) }
        if let dayGap { parts.append("\(dayGap) days from the story's dates") }
        return "\(document) joined \(story) (\(event)): " + parts.joined(separator: "; ")
    }

    static func format(_ value: Double) -> String { String(format: "%.2f", value) }
}
