import Foundation
import Link
import Model
import Store
import Story

/// Brings the persisted story index up to date with the store: works out the copies, stories, story-level dates
/// and outlet boilerplate over the stored articles (``Story/StoryWorkspace``), keeps the stories' ids stable
/// (``StableStoryIDs``), writes it all in one transaction, and builds the default products (brief, timeline, actors)
/// of every story whose articles or their analysis changed, so that reading them later is a lookup.
public struct StoryIndexBuilder: Sendable {
    /// Build the products of changed stories during the update (else they are worked out when asked).
    public var buildProducts = true

    public init() {}

    /// Updates the index of the SQLite store at `db` (opened for writing).
    @discardableResult
    public func update(db: String, rebuild: Bool = false) throws -> StoryIndexUpdate {
        try update(store: StorylineStore(path: db), index: StoryIndexStore(path: db), rebuild: rebuild)
    }

    /// Updates the index; `rebuild` rewrites every story's products even when its fingerprint did not change.
    @discardableResult
    public func update(store: any ArticleStore, index: StoryIndexStore, rebuild: Bool = false) throws -> StoryIndexUpdate {
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
        var linksByDocument: [String: [String]] = [:]
        for link in workspace.duplicates.links {
            let text = "\(link.copy)>\(link.original):\(link.kind.rawValue)"
            linksByDocument[link.copy, default: []].append(text)
            linksByDocument[link.original, default: []].append(text)
        }
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
                    StoryService.Blob.assignments: try encoder.encode(stable.assignments)])
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
