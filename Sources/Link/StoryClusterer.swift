import Model

/// Online story clustering: each article, in the order given (oldest first is best), joins the most similar
/// existing story or starts a new one; inside a story it joins the closest event or starts one.
///
/// Similarity = `textWeight` × TF-IDF cosine to the story centroid + (1 − `textWeight`) × the share of the
/// article's named entities the story already names, damped by the day gap beyond `sameStoryDays`. Every
/// decision is kept as a ``StoryAssignment`` that says why.
public struct StoryClusterer: Sendable {
    public var joinThreshold = 0.2
    public var eventThreshold = 0.35
    public var textWeight = 0.7
    /// Gaps up to this many days cost nothing; the similarity then falls linearly to zero at `maximumGapDays`.
    public var sameStoryDays = 14
    public var maximumGapDays = 120
    /// Estimated publication dates below this confidence are not used for day gaps.
    public var minimumEstimateConfidence = 0.5
    /// Events span at most this many days.
    public var eventWindowDays = 3

    struct Group {
        var documents: [Int] = []
        var centroidSum: [UInt64: Float] = [:]
        var centroid = TermVector()
        var entityCounts: [String: Int] = [:]
        var firstDay: Int?
        var lastDay: Int?
        var events: [Group] = []
    }

    private var statistics = TermStatistics()
    private var groups: [Group] = []
    private var profiles: [(document: Document, vector: TermVector, entities: Set<String>)] = []
    private var surfaces: [UInt64: String] = [:]
    public private(set) var assignments: [StoryAssignment] = []

    public init() {}

    /// Clusters a whole collection (sorted by date, then id, for stable results).
    public static func cluster(_ documents: [Document]) -> (stories: [StoryCluster], assignments: [StoryAssignment]) {
        var clusterer = StoryClusterer()
        let ordered = documents.sorted {
            ($0.publishedDate?.dayNumber ?? Int.max, $0.id) < ($1.publishedDate?.dayNumber ?? Int.max, $1.id)
        }
        for document in ordered { clusterer.add(document) }
        return (clusterer.stories, clusterer.assignments)
    }

    /// Adds one article and returns why it went where it went.
    @discardableResult
    public mutating func add(_ document: Document) -> StoryAssignment {
        let counts = termCounts(document)
        statistics.add(terms: counts.keys)
        let vector = statistics.vector(counts: counts)
        let entities = StoryClusterer.entityNames(document)
        // A content estimate with low confidence says little about when the article appeared: no gap penalty.
        let published = document.metadata.published
        let day = published.flatMap { $0.isEstimated && $0.confidence < minimumEstimateConfidence ? nil : $0.date.dayNumber }
        let index = profiles.count
        profiles.append((document, vector, entities))

        var best: (group: Int, score: Double, text: Double, entity: Double, gap: Int?)?
        for (groupIndex, group) in groups.enumerated() {
            let text = Double(vector.cosine(group.centroid))
            let entity = entities.isEmpty ? 0 : Double(entities.filter { group.entityCounts[$0] != nil }.count) / Double(entities.count)
            let gap = StoryClusterer.gap(day, group.firstDay, group.lastDay)
            var score = textWeight * text + (1 - textWeight) * entity
            if let gap, gap > sameStoryDays {
                score *= max(0, 1 - Double(gap - sameStoryDays) / Double(max(1, maximumGapDays - sameStoryDays)))
            }
            if score > (best?.score ?? -1) { best = (groupIndex, score, text, entity, gap) }
        }
        let assignment: StoryAssignment
        if let best, best.score >= joinThreshold {
            let shared = vector.sharedTerms(groups[best.group].centroid, limit: 5).compactMap { surfaces[$0.term] }
            let sharedEntities = entities.filter { groups[best.group].entityCounts[$0] != nil }.sorted().prefix(5)
            let event = join(&groups[best.group], document: index, vector: vector, entities: entities, day: day, nested: true)
            assignment = StoryAssignment(document: document.id, story: "s\(best.group + 1)",
                                         event: "s\(best.group + 1).e\(event + 1)", startedStory: false,
                                         similarity: best.score, textSimilarity: best.text, entityOverlap: best.entity,
                                         dayGap: best.gap, sharedTerms: shared, sharedEntities: Array(sharedEntities))
        } else {
            var group = Group()
            _ = join(&group, document: index, vector: vector, entities: entities, day: day, nested: true)
            groups.append(group)
            assignment = StoryAssignment(document: document.id, story: "s\(groups.count)", event: "s\(groups.count).e1",
                                         startedStory: true, similarity: 0, textSimilarity: 0, entityOverlap: 0,
                                         dayGap: nil, sharedTerms: [], sharedEntities: [])
        }
        assignments.append(assignment)
        return assignment
    }

    /// Adds a document to a group (and, for a story, to its closest event); returns the event index.
    private func join(_ group: inout Group, document: Int, vector: TermVector, entities: Set<String>, day: Int?,
                      nested: Bool) -> Int {
        group.documents.append(document)
        for (term, weight) in zip(vector.terms, vector.weights) { group.centroidSum[term, default: 0] += weight }
        group.centroid = TermVector(heaviest: group.centroidSum, limit: 400)
        for entity in entities { group.entityCounts[entity, default: 0] += 1 }
        if let day {
            group.firstDay = min(group.firstDay ?? day, day)
            group.lastDay = max(group.lastDay ?? day, day)
        }
        guard nested else { return 0 }
        var bestEvent: (index: Int, score: Float)?
        for (eventIndex, event) in group.events.enumerated() {
            if let gap = StoryClusterer.gap(day, event.firstDay, event.lastDay), gap > eventWindowDays { continue }
            let score = vector.cosine(event.centroid)
            if score >= Float(eventThreshold) && score > (bestEvent?.score ?? -1) { bestEvent = (eventIndex, score) }
        }
        if let bestEvent {
            _ = join(&group.events[bestEvent.index], document: document, vector: vector, entities: entities, day: day,
                     nested: false)
            return bestEvent.index
        }
        var event = Group()
        _ = join(&event, document: document, vector: vector, entities: entities, day: day, nested: false)
        group.events.append(event)
        return group.events.count - 1
    }

    /// The stories so far.
    public var stories: [StoryCluster] {
        groups.enumerated().map { index, group in
            let id = "s\(index + 1)"
            let documents = group.documents.map { profiles[$0].document }
            let central = group.documents.max { profiles[$0].vector.cosine(group.centroid) < profiles[$1].vector.cosine(group.centroid) }
            let terms = keyTerms(group.centroid, limit: 8)
            let title = central.flatMap { profiles[$0].document.metadata.title }.map { SentenceText.clean($0) }
                ?? terms.prefix(4).joined(separator: " ")
            var outlets: [String] = []
            for document in documents where !outlets.contains(document.outlet) { outlets.append(document.outlet) }
            let events = group.events.enumerated().map { eventIndex, event in
                StoryEvent(id: "\(id).e\(eventIndex + 1)", documents: event.documents.map { profiles[$0].document.id },
                           firstDate: event.firstDay.map { CalendarDate(dayNumber: $0).description },
                           lastDate: event.lastDay.map { CalendarDate(dayNumber: $0).description },
                           keyTerms: keyTerms(event.centroid, limit: 5))
            }
            let entities = group.entityCounts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
                .prefix(8).map(\.key)
            return StoryCluster(id: id, title: title, documents: documents.map(\.id), events: events, outlets: outlets,
                                firstDate: group.firstDay.map { CalendarDate(dayNumber: $0).description },
                                lastDate: group.lastDay.map { CalendarDate(dayNumber: $0).description },
                                keyTerms: terms, keyEntities: entities)
        }
    }

    private func keyTerms(_ vector: TermVector, limit: Int) -> [String] {
        zip(vector.terms, vector.weights).sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
            .compactMap { surfaces[$0.0] }.prefix(limit).map { $0 }
    }

    private mutating func termCounts(_ document: Document) -> [UInt64: Int] {
        var counts: [UInt64: Int] = [:]
        let tokenizer = TextTokenizer()
        var text = (document.metadata.title.map { $0 + "\n" } ?? "") + document.text
        let titleEnd = document.metadata.title.map { $0.utf8.count } ?? 0
        var tokens: [TextTokenizer.Token] = []
        text.withUTF8 { bytes in
            tokenizer.scan(bytes, from: 0, to: bytes.count, into: &tokens)
            for token in tokens where !token.isStopWord && !token.isNumber {
                counts[token.hash, default: 0] += token.start < titleEnd ? 2 : 1
                if surfaces[token.hash] == nil {
                    var surface = String(decoding: UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]),
                                         as: UTF8.self).lowercased()
                    for possessive in ["'s", "’s"] where surface.hasSuffix(possessive) { surface.removeLast(2) }
                    surfaces[token.hash] = surface
                }
            }
        }
        return counts
    }

    /// Normalised names of the article's named entities (persons, organisations, places).
    static func entityNames(_ document: Document) -> Set<String> {
        var names: Set<String> = []
        for cluster in document.entityClusters where cluster.label != .other {
            names.insert(ActorResolver.normalise(cluster.name))
        }
        return names
    }

    static func gap(_ day: Int?, _ first: Int?, _ last: Int?) -> Int? {
        guard let day, let first, let last else { return nil }
        if day < first { return first - day }
        if day > last { return day - last }
        return 0
    }
}
