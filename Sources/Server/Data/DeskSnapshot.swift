import Engine
import Foundation
import Link
import Model
import Store
import Story

/// The stories of one version of the store, read through ``StoryService`` (which is not safe to share, so calls to it
/// are serialised), with the responses already produced for this version kept by request (bounded).
final class DeskSnapshot: @unchecked Sendable {
    /// Changes whenever the answers may change; the base of every entity tag.
    let version: String
    let db: String
    let store: StorylineStore
    private let service: StoryService
    private let index: StoryIndexStore
    private let lock = NSLock()
    private let cacheLock = NSLock()
    private var responses: [String: DeskResponse] = [:]
    private var articleRows: [ArticleRow]?
    private var byInputID: [String: [String]]?
    private var referenceByDocument: [String: String]?
    private var documentStories: [String: String]?
    private var dates: [String: String]?
    static let maximumCachedResponses = 2048

    init(db: String, version: String, store: StorylineStore) throws {
        self.db = db
        self.version = version
        self.store = store
        service = try StoryService(db: db)
        index = try StoryIndexStore(path: db, access: .readOnly)
    }

    /// The entity tag of the response to `key` in this version.
    func etag(_ key: String) -> String { "\"" + StoryIndexStore.hash(version + " " + key) + "\"" }

    /// The response kept for `key`, or the one `build` makes (then kept).
    func cached(_ key: String, _ build: () throws -> DeskResponse) throws -> DeskResponse {
        cacheLock.lock()
        if let hit = responses[key] { cacheLock.unlock(); return hit }
        cacheLock.unlock()
        let response = try build()
        cacheLock.lock()
        if responses.count >= Self.maximumCachedResponses { responses.removeAll() }
        responses[key] = response
        cacheLock.unlock()
        return response
    }

    /// Runs `body` with the story service, one caller at a time.
    func read<T>(_ body: (StoryService) throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body(service)
    }

    // MARK: Stories

    func storiesBySize() throws -> [StoryCluster] { try read { try $0.storiesBySize() } }

    func story(_ id: String) throws -> StoryCluster {
        do { return try read { try $0.story(id) } } catch is StoryWorkspace.UnknownStory {
            throw DeskError(.notFound, "no story \(id)")
        }
    }

    func brief(_ id: String) throws -> Brief { try read { try $0.brief(try $0.story(id).id) } }

    func selection(_ id: String) throws -> StoryWorkspace.Selection { try read { try $0.selection(try $0.story(id).id) } }

    func duplicates() throws -> DuplicateReport { try read { try $0.duplicates() } }

    func actors(_ id: String) throws -> [Actor] { try read { try $0.actors(try $0.story(id).id) } }

    func timeline(_ id: String) throws -> Timeline { try read { try $0.timeline(try $0.story(id).id).timeline } }

    // MARK: Articles

    /// Every article with its date and story, by date (undated last).
    func articles() throws -> [ArticleRow] {
        try read { service in
            if let articleRows { return articleRows }
            let count = try store.articleCount()
            let stories = try storyOfDocumentLocked(service)
            let hits = try store.search(SearchQuery(tokens: []), limit: max(count, 1))
            let rows = hits.map { hit in
                ArticleRow(article: hit.article, documentID: hit.documentID, title: hit.title, source: hit.source, url: hit.url,
                           date: hit.date, story: stories[hit.documentID])
            }.sorted { ($0.date ?? "9999", $0.documentID) < ($1.date ?? "9999", $1.documentID) }
            articleRows = rows
            return rows
        }
    }

    /// The story each article is in, by document id.
    func storyOfDocument() throws -> [String: String] { try read { try storyOfDocumentLocked($0) } }

    private func storyOfDocumentLocked(_ service: StoryService) throws -> [String: String] {
        if let documentStories { return documentStories }
        var map: [String: String] = [:]
        for story in try service.stories() { for document in story.documents { map[document] = story.id } }
        documentStories = map
        return map
    }

    /// The document an id names: an input id, a document id, or a unique start of a document id.
    func documentID(_ id: String) throws -> String {
        let byInput = try read { _ in try inputIDMapLocked() }
        do {
            guard let found = try StoryService.documentID(id, byInputID: byInput, store: store) else {
                throw DeskError(.notFound, "no article \(id)")
            }
            return found
        } catch let error as StoryServiceError {
            throw DeskError(.notFound, error.description)
        }
    }

    /// How an article is cited (its input id, else its document id), by document id.
    func reference(of documentID: String) throws -> String {
        try read { _ in
            _ = try inputIDMapLocked()
            return referenceByDocument?[documentID] ?? documentID
        }
    }

    private func inputIDMapLocked() throws -> [String: [String]] {
        if let byInputID { return byInputID }
        let inputIDs = try store.inputIDs()
        referenceByDocument = inputIDs
        let map = StoryService.documentsByInputID(inputIDs)
        byInputID = map
        return map
    }

    /// One article as the stories see it, with its story and what it is a copy of.
    func article(_ id: String) throws -> (view: ArticleView, document: Document) {
        let documentID = try self.documentID(id)
        let document: Document = try read { service in
            if service.isIndexed, let found = try index.documents(ids: [documentID]).first { return found }
            guard let found = try service.workspace().documents.first(where: { $0.id == documentID }) else {
                throw DeskError(.notFound, "no article \(id)")
            }
            return found
        }
        let story = try storyOfDocument()[documentID]
        let copyOf = try duplicates().originalOf[documentID].map { try reference(of: $0) }
        return (ArticleView(document, story: story, copyOf: copyOf), document)
    }

    /// Every article's publication date as the stories see it, by document id.
    func publicationDates() throws -> [String: String] {
        try read { service in
            if let dates { return dates }
            var map: [String: String] = [:]
            if service.isIndexed {
                for (id, date) in try index.publicationDates() { map[id] = date.date.description }
            } else {
                for document in try service.workspace().documents {
                    if let date = document.metadata.published?.date { map[document.id] = date.description }
                }
            }
            dates = map
            return map
        }
    }

    /// The actor choices the user made.
    func overrides() throws -> [ActorOverride] { try StoryService.actorOverrides(db: db) }
}
