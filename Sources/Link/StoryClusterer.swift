import Model

/// Online story clustering: each article, in the order given (oldest first is best), joins the most similar
/// existing story or starts a new one; inside a story it joins the closest event or starts one.
///
/// Similarity = `textWeight` × TF-IDF cosine to the story centroid + (1 − `textWeight`) × the share of the
/// article's named entities the story already names, damped by the day gap beyond `sameStoryDays`. Every
/// decision is kept as a ``StoryAssignment`` that says why.
///
/// The steps are public (``features(_:)``, ``best(_:entities:day:among:)``, ``join(_:article:vector:)``,
/// ``story(id:group:members:surfaces:)``) so that a persisted clustering (``ClusterGroup``s and term statistics) can
/// take one more article the way ``add(_:)`` would, without clustering the collection again.
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

    /// How an article compares with the story it is closest to.
    public struct Match: Sendable {
        public var group: Int
        public var score: Double
        public var text: Double
        public var entity: Double
        public var gap: Int?
    }

    /// What a story's title and outlets are made of, for one member article.
    public struct Member: Sendable {
        public var id: String
        public var title: String?
        public var outlet: String
        public var vector: TermVector

        public init(id: String, title: String?, outlet: String, vector: TermVector) {
            self.id = id
            self.title = title
            self.outlet = outlet
            self.vector = vector
        }
    }

    public private(set) var statistics = TermStatistics()
    public private(set) var groups: [ClusterGroup] = []
    public private(set) var surfaces: [UInt64: String] = [:]
    /// Each article's term vector (as weighted when it was added), by document id.
    public private(set) var vectors: [String: TermVector] = [:]
    private var members: [String: (title: String?, outlet: String)] = [:]
    public private(set) var assignments: [StoryAssignment] = []

    public init() {}

    /// Clusters a whole collection (sorted by date, then id, for stable results).
    public static func cluster(_ documents: [Document]) -> (stories: [StoryCluster], assignments: [StoryAssignment]) {
        let clusterer = clustering(documents)
        return (clusterer.stories, clusterer.assignments)
    }

    /// The clusterer after a whole collection (sorted by date, then id), with its groups and statistics.
    public static func clustering(_ documents: [Document]) -> StoryClusterer {
        var clusterer = StoryClusterer()
        for document in ordered(documents) { clusterer.add(document) }
        return clusterer
    }

    /// The order articles are added in: by publication day (undated last), then id.
    public static func ordered(_ documents: [Document]) -> [Document] {
        documents.sorted {
            ($0.publishedDate?.dayNumber ?? Int.max, $0.id) < ($1.publishedDate?.dayNumber ?? Int.max, $1.id)
        }
    }

    /// Adds one article and returns why it went where it went.
    @discardableResult
    public mutating func add(_ document: Document) -> StoryAssignment {
        let article = features(document)
        for (term, surface) in article.surfaces where surfaces[term] == nil { surfaces[term] = surface }
        statistics.add(terms: article.counts.keys)
        let vector = statistics.vector(counts: article.counts)
        vectors[document.id] = vector
        members[document.id] = (document.metadata.title, document.outlet)
        let assignment: StoryAssignment
        if let match = best(vector, entities: article.entities, day: article.day, among: groups) {
            let event = join(&groups[match.group], article: article, vector: vector)
            assignment = joined(article, vector: vector, match: match, story: "s\(match.group + 1)", event: event,
                                group: groups[match.group])
        } else {
            var group = ClusterGroup()
            _ = join(&group, article: article, vector: vector)
            groups.append(group)
            assignment = started(article.id, story: "s\(groups.count)")
        }
        assignments.append(assignment)
        return assignment
    }

    /// An article's terms, entities and day, as the clusterer compares them.
    public func features(_ document: Document) -> ClusterArticle {
        let (counts, surfaces) = termCounts(document)
        // A content estimate with low confidence says little about when the article appeared: no gap penalty.
        let published = document.metadata.published
        let day = published.flatMap { $0.isEstimated && $0.confidence < minimumEstimateConfidence ? nil : $0.date.dayNumber }
        return ClusterArticle(id: document.id, counts: counts, surfaces: surfaces,
                              entities: StoryClusterer.entityNames(document), day: day)
    }

    /// The story among `groups` an article joins, nil when none is similar enough (it starts a story).
    public func best(_ vector: TermVector, entities: Set<String>, day: Int?, among groups: [ClusterGroup]) -> Match? {
        var best: Match?
        for (groupIndex, group) in groups.enumerated() {
            let text = Double(vector.cosine(group.centroid))
            let entity = entities.isEmpty ? 0 : Double(entities.filter { group.entityCounts[$0] != nil }.count) / Double(entities.count)
            let gap = StoryClusterer.gap(day, group.firstDay, group.lastDay)
            var score = textWeight * text + (1 - textWeight) * entity
            if let gap, gap > sameStoryDays {
                score *= max(0, 1 - Double(gap - sameStoryDays) / Double(max(1, maximumGapDays - sameStoryDays)))
            }
            if score > (best?.score ?? -1) { best = Match(group: groupIndex, score: score, text: text, entity: entity, gap: gap) }
        }
        guard let best, best.score >= joinThreshold else { return nil }
        return best
    }

    /// Adds an article to a story and to its closest event (or a new one); returns the event index.
    public func join(_ group: inout ClusterGroup, article: ClusterArticle, vector: TermVector) -> Int {
        group.absorb(article.id, vector: vector, entities: article.entities, day: article.day)
        var bestEvent: (index: Int, score: Float)?
        for (eventIndex, event) in group.events.enumerated() {
            if let gap = StoryClusterer.gap(article.day, event.firstDay, event.lastDay), gap > eventWindowDays { continue }
            let score = vector.cosine(event.centroid)
            if score >= Float(eventThreshold) && score > (bestEvent?.score ?? -1) { bestEvent = (eventIndex, score) }
        }
        if let bestEvent {
            group.events[bestEvent.index].absorb(article.id, vector: vector, entities: article.entities, day: article.day)
            return bestEvent.index
        }
        var event = ClusterGroup()
        event.absorb(article.id, vector: vector, entities: article.entities, day: article.day)
        group.events.append(event)
        return group.events.count - 1
    }

    /// Why an article joined a story (`group`, after it joined).
    public func joined(_ article: ClusterArticle, vector: TermVector, match: Match, story: String, event: Int,
                       group: ClusterGroup) -> StoryAssignment {
        let shared = vector.sharedTerms(group.centroid, limit: 5).compactMap { surfaces[$0.term] ?? article.surfaces[$0.term] }
        let sharedEntities = article.entities.filter { group.entityCounts[$0] != nil }.sorted().prefix(5)
        return StoryAssignment(document: article.id, story: story, event: "\(story).e\(event + 1)", startedStory: false,
                               similarity: match.score, textSimilarity: match.text, entityOverlap: match.entity,
                               dayGap: match.gap, sharedTerms: shared, sharedEntities: Array(sharedEntities))
    }

    /// An article that started a story.
    public func started(_ document: String, story: String) -> StoryAssignment {
        StoryAssignment(document: document, story: story, event: "\(story).e1", startedStory: true, similarity: 0,
                        textSimilarity: 0, entityOverlap: 0, dayGap: nil, sharedTerms: [], sharedEntities: [])
    }

    /// An article added so far, as a story's title and outlets need it.
    public func member(_ id: String) -> Member? {
        guard let vector = vectors[id] else { return nil }
        return Member(id: id, title: members[id]?.title, outlet: members[id]?.outlet ?? "", vector: vector)
    }

    /// The stories so far.
    public var stories: [StoryCluster] {
        groups.enumerated().map { index, group in
            let seen = group.documents.map { id in
                Member(id: id, title: members[id]?.title, outlet: members[id]?.outlet ?? "", vector: vectors[id] ?? TermVector())
            }
            return StoryClusterer.story(id: "s\(index + 1)", group: group, members: seen) { surfaces[$0] }
        }
    }

    /// A story as people see it: titled by the article closest to its centroid (else its key terms), with its
    /// events, outlets, dates, key terms and entities. `members` in the group's document order.
    public static func story(id: String, group: ClusterGroup, members: [Member],
                             surfaces: (UInt64) -> String?) -> StoryCluster {
        let central = members.max { $0.vector.cosine(group.centroid) < $1.vector.cosine(group.centroid) }
        let terms = keyTerms(group.centroid, limit: 8, surfaces: surfaces)
        let title = central.flatMap(\.title).map { SentenceText.clean($0) } ?? terms.prefix(4).joined(separator: " ")
        var outlets: [String] = []
        for member in members where !outlets.contains(member.outlet) { outlets.append(member.outlet) }
        let events = group.events.enumerated().map { eventIndex, event in
            StoryEvent(id: "\(id).e\(eventIndex + 1)", documents: event.documents,
                       firstDate: event.firstDay.map { CalendarDate(dayNumber: $0).description },
                       lastDate: event.lastDay.map { CalendarDate(dayNumber: $0).description },
                       keyTerms: keyTerms(event.centroid, limit: 5, surfaces: surfaces))
        }
        let entities = group.entityCounts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .prefix(8).map(\.key)
        return StoryCluster(id: id, title: title, documents: group.documents, events: events, outlets: outlets,
                            firstDate: group.firstDay.map { CalendarDate(dayNumber: $0).description },
                            lastDate: group.lastDay.map { CalendarDate(dayNumber: $0).description },
                            keyTerms: terms, keyEntities: entities)
    }

    private static func keyTerms(_ vector: TermVector, limit: Int, surfaces: (UInt64) -> String?) -> [String] {
        zip(vector.terms, vector.weights).sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
            .compactMap { surfaces($0.0) }.prefix(limit).map { $0 }
    }

    private func termCounts(_ document: Document) -> (counts: [UInt64: Int], surfaces: [UInt64: String]) {
        var counts: [UInt64: Int] = [:]
        var found: [UInt64: String] = [:]
        let tokenizer = TextTokenizer()
        var text = (document.metadata.title.map { $0 + "\n" } ?? "") + document.text
        let titleEnd = document.metadata.title.map { $0.utf8.count } ?? 0
        var tokens: [TextTokenizer.Token] = []
        text.withUTF8 { bytes in
            tokenizer.scan(bytes, from: 0, to: bytes.count, into: &tokens)
            for token in tokens where !token.isStopWord && !token.isNumber {
                counts[token.hash, default: 0] += token.start < titleEnd ? 2 : 1
                if found[token.hash] == nil {
                    var surface = String(decoding: UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]),
                                         as: UTF8.self).lowercased()
                    for possessive in ["'s", "’s"] where surface.hasSuffix(possessive) { surface.removeLast(2) }
                    found[token.hash] = surface
                }
            }
        }
        return (counts, found)
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
