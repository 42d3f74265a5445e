import Foundation
import GRDB
import Model

/// The persisted story index, in the store file beside the articles, under its own migration (`story-index-v1`):
/// the stories with stable ids, which story each article is in, the articles as the stories see them (only those
/// that differ from the stored analysis), the engine's cross-article data, and each story's products (brief,
/// timeline, actors) cached until something they depend on changes.
///
/// Read-only access runs no migration: a store that never had an index reads as having none.
public final class StoryIndexStore: @unchecked Sendable {
    public let path: String
    private let queue: DatabaseQueue
    private let codec = DocumentCodec()

    public init(path: String, access: StoreAccess = .readWrite) throws {
        self.path = path
        queue = try OverrideDatabase.open(path: path, migrations: [("story-index-v1", Self.createIndex),
                                                                   ("story-index-v2-join", Self.createJoinState)],
                                          access: access)
    }

    @Sendable private static func createIndex(_ db: Database) throws {
            try db.execute(sql: """
                CREATE TABLE IF NOT EXISTS story_index_state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                CREATE TABLE IF NOT EXISTS story (id TEXT PRIMARY KEY, number INTEGER NOT NULL, size INTEGER NOT NULL,
                                                  fingerprint TEXT NOT NULL, payload BLOB NOT NULL);
                CREATE TABLE IF NOT EXISTS story_member (document_id TEXT PRIMARY KEY, story_id TEXT NOT NULL,
                                                         position INTEGER NOT NULL);
                CREATE INDEX IF NOT EXISTS story_member_story ON story_member(story_id, position);
                CREATE TABLE IF NOT EXISTS indexed_document (document_id TEXT PRIMARY KEY, published TEXT,
                                                             date_json TEXT, payload BLOB);
                CREATE INDEX IF NOT EXISTS indexed_document_published ON indexed_document(published);
                CREATE TABLE IF NOT EXISTS story_blob (name TEXT PRIMARY KEY, payload BLOB NOT NULL);
                CREATE TABLE IF NOT EXISTS story_product (story_id TEXT NOT NULL, kind TEXT NOT NULL, key TEXT NOT NULL,
                                                          fingerprint TEXT NOT NULL, payload BLOB NOT NULL,
                                                          PRIMARY KEY (story_id, kind, key));
                """)
    }

    /// The clustering kept for joining new articles (``StoryJoinState``).
    @Sendable private static func createJoinState(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE IF NOT EXISTS join_term (term INTEGER PRIMARY KEY, df INTEGER NOT NULL, surface TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS join_group (story_id TEXT PRIMARY KEY, first_day INTEGER, last_day INTEGER,
                                                   centroid BLOB NOT NULL, entities BLOB NOT NULL, state BLOB NOT NULL);
            CREATE TABLE IF NOT EXISTS join_member (document_id TEXT PRIMARY KEY, title TEXT, outlet TEXT NOT NULL,
                                                    vector BLOB NOT NULL);
            CREATE TABLE IF NOT EXISTS join_band (key INTEGER NOT NULL, document_id TEXT NOT NULL);
            CREATE INDEX IF NOT EXISTS join_band_key ON join_band(key);
            """)
    }

    // MARK: What the index was built from

    /// A fingerprint of what the index depends on: the index version, the articles (count, last row, size of their
    /// analyses) and the user's dates. An index whose fingerprint differs is out of date.
    public func storeFingerprint() throws -> String {
        try queue.read { db in try Self.storeFingerprint(db) }
    }

    /// The version of what the index holds (how stories, dates and their products are worked out): part of the
    /// fingerprint, so an index built by an earlier version is out of date and rebuilt rather than served. Bump it
    /// whenever a change alters the stories or their briefs, timelines or actor lists.
    public static let contentVersion = "2026-12-08.2"

    static func storeFingerprint(_ db: Database) throws -> String {
        var parts: [String] = ["index \(contentVersion)"]
        if try db.tableExists("article") {
            let row = try Row.fetchOne(db, sql: "SELECT count(*), coalesce(max(id), 0), coalesce(total(length(document_json)), 0) FROM article")
            parts.append("articles \(row?[0] as Int64? ?? 0) \(row?[1] as Int64? ?? 0) \(Int64(row?[2] as Double? ?? 0))")
        }
        if try db.tableExists("date_override") {
            let dates = try String.fetchAll(db, sql: "SELECT document_id || '=' || date FROM date_override ORDER BY document_id")
            parts.append("dates \(dates.count) \(Self.hash(dates.joined(separator: ",")))")
        }
        return parts.joined(separator: "; ")
    }

    /// FNV-1a, 64 bits, as hex: stable across runs (Swift's `Hasher` is seeded per process).
    public static func hash(_ text: String) -> String {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            value ^= UInt64(byte)
            value = value &* 0x100_0000_01b3
        }
        return String(value, radix: 16)
    }

    /// The last build, nil when the store has no index.
    public func state() throws -> StoryIndexState? {
        try queue.read { db in
            guard try db.tableExists("story_index_state") else { return nil }
            var values: [String: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT key, value FROM story_index_state") { values[row["key"]] = row["value"] }
            guard let fingerprint = values["store"], let next = values["next_story"].flatMap(Int.init), let built = values["built"] else { return nil }
            return StoryIndexState(storeFingerprint: fingerprint, nextStoryNumber: next, built: built)
        }
    }

    /// Whether the index exists and was built from the store as it is now.
    public func isCurrent() throws -> Bool {
        try queue.read { db in
            guard try db.tableExists("story_index_state"),
                  let built = try String.fetchOne(db, sql: "SELECT value FROM story_index_state WHERE key = 'store'") else { return false }
            return try built == Self.storeFingerprint(db)
        }
    }

    // MARK: Writing

    /// Replaces the index with `snapshot` in one transaction; a product stays cached only while its story's
    /// fingerprint is unchanged. A process killed during the write leaves the previous index whole.
    public func replace(with snapshot: StoryIndexSnapshot, unchanged: Set<String> = []) throws {
        let documents = try rows(snapshot.documents, unchanged: unchanged)
        let built = ISO8601DateFormatter().string(from: Date())
        try queue.write { db in
            for table in ["story", "story_member", "indexed_document", "story_blob", "join_term", "join_group", "join_member", "join_band"] {
                try db.execute(sql: "DELETE FROM \(table)")
            }
            try db.execute(sql: "DELETE FROM story_index_state WHERE key = 'join_documents'")
            if let join = snapshot.joinState {
                try Self.writeJoin(db, documentCount: join.documentCount, terms: join.terms, groups: join.groups,
                                   members: join.members, bandKeys: join.bandKeys)
            }
            for story in snapshot.stories { try Self.writeStory(db, story) }
            try Self.writeDocumentRows(db, documents)
            for (name, payload) in snapshot.blobs {
                try db.execute(sql: "INSERT INTO story_blob (name, payload) VALUES (?, ?)", arguments: [name, payload])
            }
            try db.execute(sql: """
                DELETE FROM story_product WHERE NOT EXISTS (
                    SELECT 1 FROM story s WHERE s.id = story_product.story_id AND s.fingerprint = story_product.fingerprint)
                """)
            for (key, value) in [("store", snapshot.storeFingerprint), ("next_story", String(snapshot.nextStoryNumber)), ("built", built)] {
                try db.execute(sql: "INSERT OR REPLACE INTO story_index_state (key, value) VALUES (?, ?)", arguments: [key, value])
            }
        }
    }

    /// Keeps a story product (brief, timeline, actors …) for `key` (the options it was built with).
    public func saveProduct(story: String, kind: String, key: String, fingerprint: String, payload: Data) throws {
        try queue.write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO story_product (story_id, kind, key, fingerprint, payload) VALUES (?, ?, ?, ?, ?)",
                           arguments: [story, kind, key, fingerprint, payload])
        }
    }

    /// Drops every cached product (after the user's actor choices change).
    public func clearProducts() throws {
        try queue.write { db in
            if try db.tableExists("story_product") { try db.execute(sql: "DELETE FROM story_product") }
        }
    }

    /// Joins new articles to the index (``StoryIndexJoin``) in one transaction; the changed stories' products are
    /// dropped. A process killed during the write leaves the previous index whole.
    public func apply(_ join: StoryIndexJoin) throws {
        let documents = try rows(join.documents, unchanged: join.unchanged)
        let built = ISO8601DateFormatter().string(from: Date())
        try queue.write { db in
            for story in join.stories {
                try Self.writeStory(db, story)
                try db.execute(sql: "DELETE FROM story_product WHERE story_id = ? AND fingerprint != ?",
                               arguments: [story.id, story.fingerprint])
            }
            try Self.writeDocumentRows(db, documents)
            for (name, payload) in join.blobs {
                try db.execute(sql: "INSERT OR REPLACE INTO story_blob (name, payload) VALUES (?, ?)", arguments: [name, payload])
            }
            try Self.writeJoin(db, documentCount: join.documentCount, terms: join.terms, groups: join.groups, members: join.members,
                               bandKeys: join.bandKeys)
            for (key, value) in [("store", join.storeFingerprint), ("next_story", String(join.nextStoryNumber)), ("built", built)] {
                try db.execute(sql: "INSERT OR REPLACE INTO story_index_state (key, value) VALUES (?, ?)", arguments: [key, value])
            }
        }
    }

    /// Each document's `indexed_document` row: id, day, date as JSON, and the document itself unless the stored
    /// analysis is what the stories see.
    private func rows(_ documents: [Document], unchanged: Set<String>) throws -> [(String, String?, String?, Data?)] {
        let dateEncoder = JSONEncoder()
        return try documents.map { document in
            let date = document.metadata.published
            let dateJSON = try date.map { String(decoding: try dateEncoder.encode($0), as: UTF8.self) }
            return (document.id, date?.date.description, dateJSON, unchanged.contains(document.id) ? nil : try codec.encode(document))
        }
    }

    /// A story and its members (replacing what the index had of it).
    private static func writeStory(_ db: Database, _ story: IndexedStory) throws {
        try db.execute(sql: "INSERT OR REPLACE INTO story (id, number, size, fingerprint, payload) VALUES (?, ?, ?, ?, ?)",
                       arguments: [story.id, story.number, story.documents.count, story.fingerprint, story.payload])
        for (position, document) in story.documents.enumerated() {
            try db.execute(sql: "INSERT OR REPLACE INTO story_member (document_id, story_id, position) VALUES (?, ?, ?)",
                           arguments: [document, story.id, position])
        }
    }

    private static func writeDocumentRows(_ db: Database, _ rows: [(String, String?, String?, Data?)]) throws {
        for (id, published, dateJSON, payload) in rows {
            try db.execute(sql: "INSERT OR REPLACE INTO indexed_document (document_id, published, date_json, payload) VALUES (?, ?, ?, ?)",
                           arguments: [id, published, dateJSON, payload])
        }
    }

    private static func writeJoin(_ db: Database, documentCount: Int, terms: [StoryJoinTerm], groups: [StoryJoinGroup],
                                  members: [StoryJoinMember], bandKeys: [String: [UInt64]]) throws {
        let term = try db.makeStatement(sql: "INSERT OR REPLACE INTO join_term (term, df, surface) VALUES (?, ?, ?)")
        for item in terms {
            try term.execute(arguments: [Int64(bitPattern: item.term), item.documentFrequency, item.surface])
        }
        for group in groups {
            try db.execute(sql: """
                INSERT OR REPLACE INTO join_group (story_id, first_day, last_day, centroid, entities, state)
                VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [group.storyID, group.firstDay, group.lastDay, group.centroid, group.entities,
                                  group.state ?? Data()])
        }
        let member = try db.makeStatement(sql: "INSERT OR REPLACE INTO join_member (document_id, title, outlet, vector) VALUES (?, ?, ?, ?)")
        for item in members { try member.execute(arguments: [item.documentID, item.title, item.outlet, item.vector]) }
        let band = try db.makeStatement(sql: "INSERT INTO join_band (key, document_id) VALUES (?, ?)")
        for (document, keys) in bandKeys {
            for key in keys { try band.execute(arguments: [Int64(bitPattern: key), document]) }
        }
        try db.execute(sql: "INSERT OR REPLACE INTO story_index_state (key, value) VALUES ('join_documents', ?)",
                       arguments: [String(documentCount)])
    }

    // MARK: Joining new articles

    /// The articles stored since the index was built, oldest first, when they are the only change (nothing else
    /// stored was changed or re-analysed, the user's dates and the index version are as they were, and the index
    /// keeps its clustering); nil when the index must be built anew. Empty when the index is current.
    public func articlesSinceIndex() throws -> [String]? {
        try queue.read { db in
            guard try db.tableExists("join_group"), try db.tableExists("article"),
                  let stored = try String.fetchOne(db, sql: "SELECT value FROM story_index_state WHERE key = 'store'"),
                  try String.fetchOne(db, sql: "SELECT value FROM story_index_state WHERE key = 'join_documents'") != nil
            else { return nil }
            let current = try Self.storeFingerprint(db)
            if stored == current { return [] }
            let storedParts = stored.components(separatedBy: "; ")
            let currentParts = current.components(separatedBy: "; ")
            guard storedParts.count == currentParts.count,
                  let articles = storedParts.firstIndex(where: { $0.hasPrefix("articles ") }),
                  currentParts[articles].hasPrefix("articles ") else { return nil }
            for index in storedParts.indices where index != articles && storedParts[index] != currentParts[index] { return nil }
            let numbers = storedParts[articles].split(separator: " ").dropFirst().compactMap { Int64($0) }
            guard numbers.count == 3 else { return nil }
            let (count, lastRow, length) = (numbers[0], numbers[1], numbers[2])
            let before = try Row.fetchOne(db, sql: "SELECT count(*), coalesce(total(length(document_json)), 0) FROM article WHERE id <= ?",
                                          arguments: [lastRow])
            guard before?[0] as Int64? == count, Int64(before?[1] as Double? ?? -1) == length else { return nil }
            return try String.fetchAll(db, sql: "SELECT document_id FROM article WHERE id > ? ORDER BY id", arguments: [lastRow])
        }
    }

    /// How many articles the kept term statistics count; nil when the index keeps no clustering.
    public func joinDocumentCount() throws -> Int? {
        try queue.read { db in
            guard try db.tableExists("story_index_state") else { return nil }
            return try String.fetchOne(db, sql: "SELECT value FROM story_index_state WHERE key = 'join_documents'").flatMap { Int($0) }
        }
    }

    /// The kept statistics of these terms (terms never seen are absent).
    public func joinTerms(_ terms: [UInt64]) throws -> [UInt64: StoryJoinTerm] {
        try queue.read { db in
            var found: [UInt64: StoryJoinTerm] = [:]
            for start in stride(from: 0, to: terms.count, by: 500) {
                let slice = terms[start..<min(terms.count, start + 500)].map { Int64(bitPattern: $0) }
                let rows = try Row.fetchAll(db, sql: "SELECT term, df, surface FROM join_term WHERE term IN (\(databaseQuestionMarks(count: slice.count)))",
                                            arguments: StatementArguments(slice))
                for row in rows {
                    let term = UInt64(bitPattern: row["term"] as Int64)
                    found[term] = StoryJoinTerm(term: term, documentFrequency: row["df"], surface: row["surface"])
                }
            }
            return found
        }
    }

    /// Every story's group for comparison (without its whole state).
    public func joinGroups() throws -> [StoryJoinGroup] {
        try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT story_id, first_day, last_day, centroid, entities FROM join_group ORDER BY story_id").map { row in
                StoryJoinGroup(storyID: row["story_id"], firstDay: row["first_day"], lastDay: row["last_day"],
                               centroid: row["centroid"], entities: row["entities"], state: nil)
            }
        }
    }

    /// One story's whole group state.
    public func joinGroupState(story: String) throws -> Data? {
        try queue.read { db in
            try Data.fetchOne(db, sql: "SELECT state FROM join_group WHERE story_id = ?", arguments: [story])
        }
    }

    /// The articles sharing at least one of these LSH band keys (copy candidates), in id order.
    public func joinCandidates(bandKeys: [UInt64]) throws -> [String] {
        guard !bandKeys.isEmpty else { return [] }
        return try queue.read { db in
            try String.fetchAll(db, sql: "SELECT DISTINCT document_id FROM join_band WHERE key IN (\(databaseQuestionMarks(count: bandKeys.count))) ORDER BY document_id",
                                arguments: StatementArguments(bandKeys.map { Int64(bitPattern: $0) }))
        }
    }

    /// The kept members with these ids.
    public func joinMembers(_ ids: [String]) throws -> [String: StoryJoinMember] {
        try queue.read { db in
            var found: [String: StoryJoinMember] = [:]
            for start in stride(from: 0, to: ids.count, by: 500) {
                let slice = Array(ids[start..<min(ids.count, start + 500)])
                let rows = try Row.fetchAll(db, sql: "SELECT document_id, title, outlet, vector FROM join_member WHERE document_id IN (\(databaseQuestionMarks(count: slice.count)))",
                                            arguments: StatementArguments(slice))
                for row in rows {
                    let id: String = row["document_id"]
                    found[id] = StoryJoinMember(documentID: id, title: row["title"], outlet: row["outlet"], vector: row["vector"])
                }
            }
            return found
        }
    }

    // MARK: Reading

    /// Every story, by number.
    public func stories() throws -> [IndexedStory] {
        try queue.read { db in
            guard try db.tableExists("story") else { return [] }
            let members = try Self.members(db, story: nil)
            return try Row.fetchAll(db, sql: "SELECT id, number, fingerprint, payload FROM story ORDER BY number").map { row in
                let id: String = row["id"]
                return IndexedStory(id: id, number: row["number"], documents: members[id] ?? [], fingerprint: row["fingerprint"],
                                    payload: row["payload"])
            }
        }
    }

    /// One story by id.
    public func story(id: String) throws -> IndexedStory? {
        try queue.read { db in
            guard try db.tableExists("story"),
                  let row = try Row.fetchOne(db, sql: "SELECT id, number, fingerprint, payload FROM story WHERE id = ?", arguments: [id])
            else { return nil }
            return IndexedStory(id: id, number: row["number"], documents: try Self.members(db, story: id)[id] ?? [],
                                fingerprint: row["fingerprint"], payload: row["payload"])
        }
    }

    private static func members(_ db: Database, story: String?) throws -> [String: [String]] {
        var members: [String: [String]] = [:]
        let rows = story == nil
            ? try Row.fetchAll(db, sql: "SELECT document_id, story_id FROM story_member ORDER BY story_id, position")
            : try Row.fetchAll(db, sql: "SELECT document_id, story_id FROM story_member WHERE story_id = ? ORDER BY position", arguments: [story])
        for row in rows { members[row["story_id"], default: []].append(row["document_id"]) }
        return members
    }

    /// The id of the story an article is in.
    public func storyID(document: String) throws -> String? {
        try queue.read { db in
            guard try db.tableExists("story_member") else { return nil }
            return try String.fetchOne(db, sql: "SELECT story_id FROM story_member WHERE document_id = ?", arguments: [document])
        }
    }

    /// Named engine data.
    public func blob(_ name: String) throws -> Data? {
        try queue.read { db in
            guard try db.tableExists("story_blob") else { return nil }
            return try Data.fetchOne(db, sql: "SELECT payload FROM story_blob WHERE name = ?", arguments: [name])
        }
    }

    /// The articles with these ids as the stories see them, in the order asked; an article the index keeps no
    /// copy of (its stored analysis is what the stories see) is read from the article table.
    public func documents(ids: [String]) throws -> [Document] {
        try queue.read { db in
            var byID: [String: Document] = [:]
            for start in stride(from: 0, to: ids.count, by: 500) {
                let slice = Array(ids[start..<min(ids.count, start + 500)])
                let marks = databaseQuestionMarks(count: slice.count)
                let rows = try Row.fetchAll(db, sql: """
                    SELECT a.document_id, coalesce(i.payload, a.document_json) AS payload
                    FROM article a LEFT JOIN indexed_document i ON i.document_id = a.document_id
                    WHERE a.document_id IN (\(marks))
                    """, arguments: StatementArguments(slice))
                for row in rows { byID[row["document_id"]] = try codec.decode(row["payload"]) }
            }
            return ids.compactMap { byID[$0] }
        }
    }

    /// Every article's publication date as the stories see it (the user's, the page's, or the story-level
    /// estimate), by document id.
    public func publicationDates() throws -> [String: DateAttribution] {
        try queue.read { db in
            guard try db.tableExists("indexed_document") else { return [:] }
            let decoder = JSONDecoder()
            var dates: [String: DateAttribution] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT document_id, date_json FROM indexed_document WHERE date_json IS NOT NULL") {
                let json: String = row["date_json"]
                dates[row["document_id"]] = try? decoder.decode(DateAttribution.self, from: Data(json.utf8))
            }
            return dates
        }
    }

    /// A cached product, nil when there is none for the story as it is now.
    public func product(story: String, kind: String, key: String) throws -> Data? {
        try queue.read { db in
            guard try db.tableExists("story_product") else { return nil }
            return try Data.fetchOne(db, sql: """
                SELECT p.payload FROM story_product p JOIN story s ON s.id = p.story_id AND s.fingerprint = p.fingerprint
                WHERE p.story_id = ? AND p.kind = ? AND p.key = ?
                """, arguments: [story, kind, key])
        }
    }
}
