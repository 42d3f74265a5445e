import Foundation
import Link
import Model
import Store
import Story

/// Answers story questions (the stories, one story's articles, brief, timeline and actors) from the persisted story
/// index when it is current, and by working the stories out over the store when it is not (a store written before
/// the index existed, or opened read-only after an ingest that did not update it). Opens the store read-only and
/// never writes: the index is brought up to date by the commands that change the store.
public final class StoryService {
    /// Names of the engine data kept whole in the index.
    enum Blob {
        static let duplicates = "duplicates"
        static let boilerplate = "boilerplate"
        static let assignments = "assignments"
    }

    public let db: String
    let store: StorylineStore
    let index: StoryIndexStore
    /// Whether answers come from the persisted index.
    public let isIndexed: Bool
    private let decoder = JSONDecoder()
    private var computed: StoryWorkspace?
    private var cachedStories: [StoryCluster]?
    private var cachedDuplicates: DuplicateReport?

    /// Opens the store at `db` read-only.
    public init(db: String) throws {
        guard FileManager.default.fileExists(atPath: db) else { throw StoryServiceError.noStore(path: db) }
        self.db = db
        store = try StorylineStore(path: db, access: .readOnly)
        index = try StoryIndexStore(path: db, access: .readOnly)
        isIndexed = try index.isCurrent()
    }

    // MARK: The whole store

    /// Every article with its stories and copies. From the index unless `boilerplate` asks for other settings than
    /// the index was built with.
    public func workspace(boilerplate finder: RepeatedSentenceFinder? = nil) throws -> StoryWorkspace {
        if isIndexed && finder == nil {
            return StoryWorkspace(restoring: try index.documents(ids: store.documentIDs(startingWith: "")),
                                  duplicates: try duplicates(), stories: try stories(), assignments: try assignments(),
                                  boilerplate: try boilerplate())
        }
        if let finder { return try Self.computeWorkspace(store: store, boilerplate: finder) }
        return try computedWorkspace()
    }

    /// The stories, in order of their numbers.
    public func stories() throws -> [StoryCluster] {
        if let cachedStories { return cachedStories }
        let stories = isIndexed
            ? try index.stories().map { try decoder.decode(StoryCluster.self, from: $0.payload) }
            : try computedWorkspace().stories
        cachedStories = stories
        return stories
    }

    /// Stories by size, largest first.
    public func storiesBySize() throws -> [StoryCluster] { StoryWorkspace.bySize(try stories()) }

    /// Why each article is in its story.
    public func assignments() throws -> [StoryAssignment] {
        isIndexed ? try decode([StoryAssignment].self, Blob.assignments) ?? [] : try computedWorkspace().assignments
    }

    /// The copies found among the articles.
    public func duplicates() throws -> DuplicateReport {
        if let cachedDuplicates { return cachedDuplicates }
        let report = isIndexed ? try decode(DuplicateReport.self, Blob.duplicates) ?? DuplicateReport() : try computedWorkspace().duplicates
        cachedDuplicates = report
        return report
    }

    /// Each outlet's repeated sentences, left out of the analysis.
    public func boilerplate() throws -> [BoilerplateSentence] {
        isIndexed ? try decode([BoilerplateSentence].self, Blob.boilerplate) ?? [] : try computedWorkspace().boilerplate
    }

    // MARK: One story

    /// A story by id ("s2") or number ("2"); nil selects the largest story.
    public func selection(_ selector: String?) throws -> StoryWorkspace.Selection {
        guard isIndexed else { return try computedWorkspace().story(selector) }
        let story = try self.story(selector)
        let members = Set(story.documents)
        return StoryWorkspace.Selection(story: story, documents: try index.documents(ids: story.documents),
                                        copies: Set(try duplicates().links.map(\.copy)).intersection(members))
    }

    /// The story a selector names.
    public func story(_ selector: String?) throws -> StoryCluster { try StoryWorkspace.find(selector, in: stories()) }

    /// The story's default brief (kept in the index), or one built with `builder` when given.
    public func brief(_ selector: String?, builder: BriefBuilder? = nil) throws -> Brief {
        let story = try self.story(selector)
        let products = try StoryProducts(db: db)
        if builder == nil, let kept = try product(Brief.self, story: story.id, kind: .brief, products) { return kept }
        let selection = try self.selection(story.id)
        guard let builder else { return StoryProducts.defaultBrief(selection, duplicates: try duplicates(), overrides: products.overrides) }
        return builder.build(selection, duplicates: try duplicates(), overrides: products.overrides)
    }

    /// A kept default product of a story as the commands print it (JSON, or Markdown for the brief's), nil when the
    /// index keeps none for the story as it is now.
    public func keptProduct(_ kind: StoryProducts.Kind, story selector: String?) throws -> Data? {
        guard isIndexed else { return nil }
        let story = try self.story(selector)
        return try index.product(story: story.id, kind: kind.rawValue, key: StoryProducts(db: db).key)
    }

    /// The story's default brief as Markdown (what `storyline brief` prints), kept in the index.
    public func briefMarkdown(_ selector: String?) throws -> String {
        let story = try self.story(selector)
        let products = try StoryProducts(db: db)
        if isIndexed, let data = try index.product(story: story.id, kind: StoryProducts.Kind.briefMarkdown.rawValue,
                                                   key: products.key) {
            return String(decoding: data, as: UTF8.self)
        }
        return BriefMarkdown.render(try brief(story.id), limits: .brief)
    }

    /// The story's timeline: the kept default, or one built with `options` when given.
    public func timeline(_ selector: String?, options: TimelineOptions? = nil) throws -> (timeline: Timeline, story: StoryCluster) {
        let story = try self.story(selector)
        if options == nil, let kept = try product(Timeline.self, story: story.id, kind: .timeline, try StoryProducts(db: db)) {
            return (kept, story)
        }
        let selection = try self.selection(story.id)
        let timeline = TimelineBuilder(options: options ?? StoryProducts.defaultTimelineOptions())
            .build(selection.documents, copies: selection.copies)
        return (timeline, story)
    }

    /// The story's actors with every alias, after the user's merges and splits.
    public func actors(_ selector: String?) throws -> [Actor] {
        let story = try self.story(selector)
        let products = try StoryProducts(db: db)
        if let kept = try product([Actor].self, story: story.id, kind: .actors, products) { return kept }
        return ActorResolver().resolve(try selection(story.id).documents, overrides: products.overrides)
    }

    /// One article by the id its input gave it, its document id, or a unique prefix of the document id, as the
    /// stories see it (story-level date, boilerplate left out), with its story and the article it is a copy of.
    public func article(_ id: String) throws -> (document: Document, story: String?, copyOf: Document?)? {
        guard let documentID = try documentID(id) else { return nil }
        guard isIndexed else {
            let workspace = try computedWorkspace()
            guard let document = workspace.documents.first(where: { $0.id == documentID }) else { return nil }
            let original = workspace.duplicates.originalOf[documentID].flatMap { original in workspace.documents.first { $0.id == original } }
            return (document, workspace.assignments.first { $0.document == documentID }?.story, original)
        }
        guard let document = try index.documents(ids: [documentID]).first else { return nil }
        let original = try duplicates().originalOf[documentID].flatMap { try index.documents(ids: [$0]).first }
        return (document, try index.storyID(document: documentID), original)
    }

    /// The document id an article id names: an exact input id or document id, else the one document id it starts;
    /// nil when it names none.
    public func documentID(_ id: String) throws -> String? {
        try Self.documentID(id, byInputID: Self.documentsByInputID(try store.inputIDs()), store: store)
    }

    /// Document ids by the input id their input gave them (`inputIDs`: input id by document id).
    public static func documentsByInputID(_ inputIDs: [String: String]) -> [String: [String]] {
        var map: [String: [String]] = [:]
        for (document, input) in inputIDs { map[input, default: []].append(document) }
        return map
    }

    /// ``documentID(_:)`` with the input-id map given (a server keeps it between requests).
    public static func documentID(_ id: String, byInputID: [String: [String]], store: any ArticleStore) throws -> String? {
        if let byInput = byInputID[id], byInput.count == 1 { return byInput[0] }
        let prefixed = try store.documentIDs(startingWith: id)
        if prefixed.contains(id) { return id }
        if prefixed.count == 1 { return prefixed[0] }
        if prefixed.count > 1 { throw StoryServiceError.ambiguousArticle(id: id, matches: prefixed.count) }
        return nil
    }

    // MARK: Loading

    private func product<Value: Decodable>(_ type: Value.Type, story: String, kind: StoryProducts.Kind,
                                           _ products: StoryProducts) throws -> Value? {
        guard isIndexed, let data = try index.product(story: story, kind: kind.rawValue, key: products.key) else { return nil }
        return try? decoder.decode(type, from: data)
    }

    private func decode<Value: Decodable>(_ type: Value.Type, _ name: String) throws -> Value? {
        guard let data = try index.blob(name) else { return nil }
        return try decoder.decode(type, from: data)
    }

    private func computedWorkspace() throws -> StoryWorkspace {
        if let computed { return computed }
        let workspace = try Self.computeWorkspace(store: store, boilerplate: RepeatedSentenceFinder())
        computed = workspace
        return workspace
    }

    /// Works the stories out over the whole store, as the story commands did before the index (for benchmarks).
    public static func recompute(db: String) throws {
        _ = try computeWorkspace(store: StorylineStore(path: db, access: .readOnly), boilerplate: RepeatedSentenceFinder())
    }

    static func computeWorkspace(store: any ArticleStore, boilerplate: RepeatedSentenceFinder) throws -> StoryWorkspace {
        StoryWorkspace(documents: try storedDocuments(store), userDates: try userDates(db: store.path), boilerplate: boilerplate)
    }

    /// Every stored article, with its input id (stores written before documents carried it take it from the input).
    static func storedDocuments(_ store: any ArticleStore) throws -> [Document] {
        var documents = try store.allDocuments()
        try fillInputIDs(&documents, store)
        return documents
    }

    /// Gives documents stored before they carried their input id the one their input gave them.
    static func fillInputIDs(_ documents: inout [Document], _ store: any ArticleStore) throws {
        guard documents.contains(where: { $0.metadata.inputID == nil }) else { return }
        let inputIDs = try store.inputIDs()
        for index in documents.indices where documents[index].metadata.inputID == nil {
            documents[index].metadata.inputID = inputIDs[documents[index].id]
        }
    }

    /// The publication dates the user set, by document id.
    static func userDates(db: String) throws -> [String: DateAttribution] {
        let dates = try DateOverrideStore(path: db, access: .readOnly).all().map { ($0.documentID, $0.attribution) }
        return Dictionary(dates, uniquingKeysWith: { first, _ in first })
    }

    /// The user's actor merges and splits, oldest first.
    public static func actorOverrides(db: String) throws -> [ActorOverride] {
        guard FileManager.default.fileExists(atPath: db) else { return [] }
        return try ActorOverrideStore(path: db, access: .readOnly).all().compactMap { stored in
            ActorOverride.Kind(rawValue: stored.kind).map { ActorOverride(kind: $0, actors: stored.actors, aliases: stored.aliases) }
        }
    }
}
