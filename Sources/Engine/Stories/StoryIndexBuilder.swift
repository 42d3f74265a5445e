import Foundation
import Link
import Model
import Store
import Story

/// Brings the persisted story index up to date with the store: works out the copies, stories, story-level dates
/// and outlet boilerplate over the stored articles (``Story/StoryWorkspace``), keeps the stories' ids stable
/// (``StableStoryIDs``), writes it all in one transaction, and builds the default products (brief, timeline, actors)
/// of every story whose articles or their analysis changed, so that reading them later is a lookup.
///
/// When the only change since the last build is a few new articles, they join the kept stories one by one
/// (``StoryIndexJoiner``) instead: nothing else is worked out again. A full build re-clusters the store.
public struct StoryIndexBuilder: Sendable {
    /// Build the products of changed stories during the update (else they are worked out when asked).
    public var buildProducts = true
    /// New articles join the kept stories one by one when they are at most this many…
    public var maximumJoin = 200
    /// …and at most this share of the articles already indexed; more are clustered with the store anew.
    public var maximumJoinShare = 0.1

    public init() {}

    /// Updates the index of the SQLite store at `db` (opened for writing).
    @discardableResult
    public func update(db: String, rebuild: Bool = false) throws -> StoryIndexUpdate {
        try update(store: StorylineStore(path: db), index: StoryIndexStore(path: db), rebuild: rebuild)
    }

    /// Updates the index; `rebuild` rewrites every story's products even when its fingerprint did not change.
    @discardableResult
    public func update(store: any ArticleStore, index: StoryIndexStore, rebuild: Bool = false) throws -> StoryIndexUpdate {
        if !rebuild, let added = try index.articlesSinceIndex(), !added.isEmpty,
           let indexed = try index.joinDocumentCount(),
           added.count <= maximumJoin, Double(added.count) <= maximumJoinShare * Double(indexed) {
            return try join(added, store: store, index: index)
        }
        return try rebuildIndex(store: store, index: index, rebuild: rebuild)
    }

    /// Joins new articles to the kept stories, then builds the changed stories' products.
    private func join(_ added: [String], store: any ArticleStore, index: StoryIndexStore) throws -> StoryIndexUpdate {
        let started = Date()
        let result = try StoryIndexJoiner().join(added, store: store, index: index)
        var update = result.update
        if buildProducts && !result.changed.isEmpty {
            let ids = result.changed.flatMap(\.documents)
            let workspace = StoryWorkspace(restoring: try index.documents(ids: ids), duplicates: result.duplicates,
                                           stories: result.changed, assignments: result.assignments,
                                           boilerplate: result.boilerplate)
            update.productsBuilt = try StoryProducts(db: store.path).buildMissing(
                fingerprints: result.fingerprints, workspace: workspace, index: index, rebuild: false)
        }
        update.seconds = Date().timeIntervalSince(started)
        return update
    }

    /// Clusters the whole store and writes the index anew.
    private func rebuildIndex(store: any ArticleStore, index: StoryIndexStore, rebuild: Bool) throws -> StoryIndexUpdate {
        let started = Date()
        let storeFingerprint = try index.storeFingerprint()
        let previous = try index.stories()
        let nextNumber = try index.state()?.nextStoryNumber ?? 1
        let originals = try StoryService.storedDocuments(store)
        let userDates = try StoryService.userDates(db: store.path)
        let workspace = StoryWorkspace(documents: originals, userDates: userDates)
        let stable = StableStoryIDs.assign(workspace.stories, assignments: workspace.assignments, previous: previous,
                                           nextNumber: nextNumber)
        let originalByID = Dictionary(originals.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let unchanged = Set(workspace.documents.filter { document in
            originalByID[document.id].map { StoryIndexBuilder.sameAnalysis($0, document) } ?? false
        }.map(\.id))
        let byID = Dictionary(workspace.documents.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let linksByDocument = Self.linkTexts(workspace.duplicates.links)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let indexed = try stable.stories.map { story in
            // The index version is part of it: after an upgrade every story's products are built anew.
            let fingerprint = StoryIndexStore.hash(StoryIndexStore.contentVersion + "\n" + story.documents.sorted().map { id in
                "\(id) \(byID[id].map(StoryIndexBuilder.analysisSignature) ?? "") \((linksByDocument[id] ?? []).sorted().joined(separator: ","))"
            }.joined(separator: "\n"))
            return IndexedStory(id: story.id, number: stable.numbers[story.id] ?? 0, documents: story.documents,
                                fingerprint: fingerprint, payload: try encoder.encode(story))
        }
        let snapshot = StoryIndexSnapshot(
            storeFingerprint: storeFingerprint, nextStoryNumber: stable.nextNumber, stories: indexed,
            documents: workspace.documents,
            blobs: [StoryService.Blob.duplicates: try encoder.encode(workspace.duplicates),
                    StoryService.Blob.boilerplate: try encoder.encode(workspace.boilerplate),
                    StoryService.Blob.assignments: try encoder.encode(stable.assignments)],
            joinState: workspace.clustering.map { Self.joinState($0, storyIDs: stable.stories.map(\.id),
                                                                  bandKeys: workspace.duplicateBandKeys) })
        try index.replace(with: snapshot, unchanged: unchanged)
        var update = StoryIndexUpdate()
        update.stories = indexed.count
        update.kept = indexed.filter { story in previous.contains { $0.id == story.id } }.count
        update.started = indexed.count - update.kept
        if buildProducts {
            update.productsBuilt = try StoryProducts(db: store.path).buildMissing(
                fingerprints: Dictionary(indexed.map { ($0.id, $0.fingerprint) }, uniquingKeysWith: { first, _ in first }),
                workspace: StoryWorkspace(restoring: workspace.documents, duplicates: workspace.duplicates,
                                          stories: stable.stories, assignments: stable.assignments,
                                          boilerplate: workspace.boilerplate),
                index: index, rebuild: rebuild)
        }
        update.seconds = Date().timeIntervalSince(started)
        return update
    }

    /// The clustering as the index keeps it for joining: `storyIDs` are the stable ids of the clusterer's groups, in
    /// its order.
    static func joinState(_ clustering: StoryClusterer, storyIDs: [String], bandKeys: [String: [UInt64]]) -> StoryJoinState {
        let statistics = clustering.statistics
        let terms = statistics.documentFrequency.map { term, frequency in
            StoryJoinTerm(term: term, documentFrequency: frequency, surface: clustering.surfaces[term] ?? "")
        }
        let groups = zip(storyIDs, clustering.groups).map { id, group in
            StoryJoinGroup(storyID: id, firstDay: group.firstDay, lastDay: group.lastDay,
                           centroid: JoinStateCodec.encode(group.centroid),
                           entities: JoinStateCodec.encode(entities: group.entityCounts.keys),
                           state: JoinStateCodec.encode(group))
        }
        let members = clustering.groups.flatMap(\.documents).compactMap { id in
            clustering.member(id).map { StoryJoinMember(documentID: id, title: $0.title, outlet: $0.outlet,
                                                        vector: JoinStateCodec.encode($0.vector)) }
        }
        return StoryJoinState(documentCount: statistics.documentCount, terms: terms, groups: groups, members: members,
                              bandKeys: bandKeys)
    }

    /// Each copy link as a story fingerprint names it, by each of its two articles.
    static func linkTexts(_ links: [DuplicateLink]) -> [String: [String]] {
        var texts: [String: [String]] = [:]
        for link in links {
            let text = "\(link.copy)>\(link.original):\(link.kind.rawValue)"
            texts[link.copy, default: []].append(text)
            texts[link.original, default: []].append(text)
        }
        return texts
    }

    /// What a story product depends on in one article: its date and what its analysis holds.
    static func analysisSignature(_ document: Document) -> String {
        let date = document.metadata.published.map { "\($0.date) \($0.source.rawValue) \($0.confidence)" } ?? "-"
        let timexes = document.timexes.map { "\($0.span.start):\($0.value)" }.joined(separator: ",")
        return "\(date) \(document.metadata.source ?? "") e\(document.entities.count) q\(document.quotes.count) "
            + "n\(document.quantities.count) t\(StoryIndexStore.hash(timexes))"
    }

    /// Whether the stories see the stored analysis of an article unchanged (then the index keeps no copy of it).
    static func sameAnalysis(_ stored: Document, _ seen: Document) -> Bool {
        analysisSignature(stored) == analysisSignature(seen) && stored.metadata.published == seen.metadata.published
            && stored.metadata.inputID == seen.metadata.inputID
    }
}
