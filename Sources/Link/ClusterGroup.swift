/// A story, or one event of a story, as ``StoryClusterer`` keeps it: its articles, the sum of their term vectors and
/// its centroid, the entities its articles name with counts, its day range and (for a story) its events. Everything
/// a later article needs to be compared with the story and to join it, so that a persisted group can take new
/// articles without the collection being clustered again.
public struct ClusterGroup: Sendable, Equatable {
    /// Document ids, in the order they joined.
    public var documents: [String] = []
    public var centroidSum: [UInt64: Float] = [:]
    /// The `centroidTerms` heaviest terms of `centroidSum`, normalised.
    public var centroid = TermVector()
    public var entityCounts: [String: Int] = [:]
    public var firstDay: Int?
    public var lastDay: Int?
    public var events: [ClusterGroup] = []

    /// Centroids keep this many terms.
    public static let centroidTerms = 400

    public init() {}

    public init(documents: [String], centroidSum: [UInt64: Float], entityCounts: [String: Int], firstDay: Int?,
                lastDay: Int?, events: [ClusterGroup]) {
        self.documents = documents
        self.centroidSum = centroidSum
        centroid = TermVector(heaviest: centroidSum, limit: Self.centroidTerms)
        self.entityCounts = entityCounts
        self.firstDay = firstDay
        self.lastDay = lastDay
        self.events = events
    }

    /// Adds an article's vector, entities and day (not its events).
    mutating func absorb(_ document: String, vector: TermVector, entities: Set<String>, day: Int?) {
        documents.append(document)
        for (term, weight) in zip(vector.terms, vector.weights) { centroidSum[term, default: 0] += weight }
        centroid = TermVector(heaviest: centroidSum, limit: Self.centroidTerms)
        for entity in entities { entityCounts[entity, default: 0] += 1 }
        if let day {
            firstDay = min(firstDay ?? day, day)
            lastDay = max(lastDay ?? day, day)
        }
    }
}
