import Foundation
import GRDB
import Model

/// The SQLite store: one file in WAL mode, schema under GRDB migrations, an FTS5 index over title, text and source.
///
/// Articles are written in atomic batches (one transaction each); content already stored (same content hash)
/// is skipped, so re-ingesting is a no-op and an interrupted ingest can simply be run again.
public final class StorylineStore: ArticleStore, @unchecked Sendable {
    public let path: String
    private let pool: any DatabaseWriter
    private let encoder: JSONEncoder
    private let decoder = JSONDecoder()
    private let documents = DocumentCodec()

    /// Opens (for writing: creates and migrates) the store at `path`. Read-only access writes nothing, and fails with
    /// ``StoreError`` when the file is not a store or was written by an older version.
    public init(path: String, access: StoreAccess = .readWrite) throws {
        self.path = path
        encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var configuration = Configuration()
        configuration.busyMode = .timeout(30)
        switch access {
        case .readOnly:
            configuration.readonly = true
            do {
                pool = try DatabaseQueue(path: path, configuration: configuration)
                guard try pool.read({ try Self.migrator.hasCompletedMigrations($0) }) else { throw StoreError.needsUpgrade(path: path) }
            } catch let error as StoreError {
                throw error
            } catch {
                throw StoreError.unreadable(path: path)
            }
        case .readWrite:
            configuration.prepareDatabase { db in
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
            }
            do {
                pool = try DatabasePool(path: path, configuration: configuration)
                try Self.migrator.migrate(pool)
            } catch {
                throw StoreError.unreadable(path: path)
            }
        }
    }

    /// SQLite's quick check (structure, no index contents): the problems it finds, none when the store is sound.
    public func quickCheck() throws -> [String] {
        try pool.read { db in
            try String.fetchAll(db, sql: "PRAGMA quick_check").filter { $0 != "ok" } + Self.missingTables(db)
        }
    }

    /// The tables every store has (the articles and their full-text index), named when one is missing: SQLite's own
    /// checks see a store with a dropped table as sound.
    static func missingTables(_ db: Database) throws -> [String] {
        try ["article", "article_fts", "article_fts_docsize"].filter { try !db.tableExists($0) }.map { "table \($0) is missing" }
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: articles and full-text index") { db in
            try db.execute(sql: """
                CREATE TABLE article (
                    id INTEGER PRIMARY KEY,
                    document_id TEXT NOT NULL UNIQUE,
                    content_hash TEXT NOT NULL UNIQUE,
                    external_id TEXT,
                    origin TEXT NOT NULL,
                    origin_offset INTEGER,
                    origin_record TEXT,
                    url TEXT,
                    source TEXT,
                    kind TEXT NOT NULL,
                    title TEXT,
                    published TEXT,
                    raw_size INTEGER NOT NULL,
                    raw_deflate BLOB NOT NULL,
                    http_charset TEXT,
                    text TEXT NOT NULL,
                    markdown TEXT NOT NULL,
                    metadata_json TEXT NOT NULL,
                    removed_json TEXT NOT NULL,
                    document_json TEXT NOT NULL,  -- the analysed Document: zlib-compressed JSON (BLOB), see DocumentCodec
                    ingested_at TEXT NOT NULL
                );
                CREATE INDEX article_published ON article(published);
                CREATE INDEX article_source ON article(source);
                CREATE VIRTUAL TABLE article_fts USING fts5(
                    title, text, source,
                    content='article', content_rowid='id',
                    tokenize='porter unicode61 remove_diacritics 2'
                );
                """)
        }
        migrator.registerMigration("v2: article domain and input hints") { db in
            // input_*: what the input itself said (JSON Lines source/date/title, feed item date/title), kept so
            // a re-analysis from the raw copy gives the same result as the first ingest.
            try db.execute(sql: """
                ALTER TABLE article ADD COLUMN domain TEXT;
                ALTER TABLE article ADD COLUMN input_source TEXT;
                ALTER TABLE article ADD COLUMN input_date TEXT;
                ALTER TABLE article ADD COLUMN input_title TEXT;
                CREATE INDEX article_domain ON article(domain);
                """)
        }
        migrator.registerMigration("v3: crawl date of the input") { db in
            try db.execute(sql: "ALTER TABLE article ADD COLUMN input_crawl_date TEXT")
        }
        return migrator
    }

    // MARK: Writing

    /// Content hashes among `hashes` that are already stored.
    public func knownHashes(_ hashes: [String]) throws -> Set<String> {
        guard !hashes.isEmpty else { return [] }
        return try pool.read { db in
            var known = Set<String>()
            for chunk in stride(from: 0, to: hashes.count, by: 500) {
                let slice = Array(hashes[chunk..<min(hashes.count, chunk + 500)])
                let marks = databaseQuestionMarks(count: slice.count)
                let rows = try String.fetchAll(db, sql: "SELECT content_hash FROM article WHERE content_hash IN (\(marks))",
                                               arguments: StatementArguments(slice))
                known.formUnion(rows)
            }
            return known
        }
    }

    /// Writes a batch in one transaction: all of it is stored, or (on error or a crash) none of it.
    /// Records whose content hash is already stored are reported as duplicates and not written.
    public func insert(_ records: [ArticleRecord]) throws -> BatchResult {
        try insert(prepared: records.map(PreparedArticle.init))
    }

    /// ``insert(_:)`` for records encoded beforehand (in parallel).
    public func insert(prepared: [PreparedArticle]) throws -> BatchResult {
        let now = ISO8601DateFormatter().string(from: Date())
        return try pool.write { db in
            var result = BatchResult()
            for article in prepared {
                let record = article.record
                let input = record.input
                let metadata = record.document.metadata
                try db.execute(sql: """
                    INSERT OR IGNORE INTO article (document_id, content_hash, external_id, origin, origin_offset,
                        origin_record, url, source, domain, kind, title, published, raw_size, raw_deflate, http_charset, text,
                        markdown, metadata_json, removed_json, document_json, ingested_at, input_source, input_date, input_title,
                        input_crawl_date)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [
                        input.documentID, input.contentHash, input.externalID, input.origin, input.originOffset,
                        input.originRecord, input.url, record.source, record.domain, input.kind, metadata.title,
                        metadata.published?.date.description, input.rawSize, Data(input.rawDeflate),
                        input.httpCharset, record.document.text, record.extracted.markdown, article.metadataJSON,
                        article.removedJSON, article.documentBlob, now, input.inputSource, input.inputDate, input.inputTitle,
                        input.inputCrawlDate,
                    ])
                if db.changesCount == 1 {
                    let rowID = db.lastInsertedRowID
                    try db.execute(sql: "INSERT INTO article_fts (rowid, title, text, source) VALUES (?, ?, ?, ?)",
                                   arguments: [rowID, metadata.title, record.document.text, record.source])
                    result.inserted.append(record.documentID)
                } else {
                    result.duplicates.append(record.documentID)
                }
            }
            return result
        }
    }

    /// Gives articles known only by their domain the site name other articles of that domain carry (the most
    /// common one): a feed item from `herald.example` becomes "The Herald" once a page of the site named it.
    /// Updates the source column, the full-text index and the stored document. Returns the articles changed.
    @discardableResult
    public func unifySourceNames() throws -> Int {
        try pool.write { db in
            let named = try Row.fetchAll(db, sql: """
                SELECT domain, source, COUNT(*) AS n FROM article
                WHERE domain IS NOT NULL AND source IS NOT NULL AND source != domain
                GROUP BY domain, source ORDER BY domain, n DESC, source
                """)
            var nameOfDomain: [String: String] = [:]
            for row in named {
                let domain: String = row["domain"]
                if nameOfDomain[domain] == nil { nameOfDomain[domain] = row["source"] }
            }
            var changed = 0
            for (domain, name) in nameOfDomain.sorted(by: { $0.key < $1.key }) {
                let rows = try Row.fetchAll(db, sql: """
                    SELECT id, title, text, source, document_json FROM article
                    WHERE domain = ? AND (source IS NULL OR source = domain)
                    """, arguments: [domain])
                for row in rows {
                    let id: Int64 = row["id"]
                    var document = try documents.decode(row["document_json"])
                    document.metadata.source = name
                    let updated = try documents.encode(document)
                    try db.execute(sql: "INSERT INTO article_fts(article_fts, rowid, title, text, source) VALUES('delete', ?, ?, ?, ?)",
                                   arguments: [id, row["title"] as String?, row["text"] as String, row["source"] as String?])
                    try db.execute(sql: "UPDATE article SET source = ?, document_json = ? WHERE id = ?", arguments: [name, updated, id])
                    try db.execute(sql: "INSERT INTO article_fts(rowid, title, text, source) VALUES (?, ?, ?, ?)",
                                   arguments: [id, row["title"] as String?, row["text"] as String, name])
                    changed += 1
                }
            }
            return changed
        }
    }

    /// Stored raw inputs with what the input said about them, in ingest order, `limit` after row `afterRow`
    /// (for re-analysis in batches). Returns the rows and the last row id.
    public func storedInputs(afterRow: Int64, limit: Int) throws -> (inputs: [StoredInput], lastRow: Int64?) {
        try pool.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT id, document_id, content_hash, external_id, origin, origin_offset, origin_record, url, kind,
                       raw_size, raw_deflate, http_charset, input_source, input_date, input_title, input_crawl_date
                FROM article WHERE id > ? ORDER BY id LIMIT ?
                """, arguments: [afterRow, limit])
            let inputs = rows.map { row in
                StoredInput(documentID: row["document_id"], contentHash: row["content_hash"], externalID: row["external_id"],
                            origin: row["origin"], originOffset: row["origin_offset"], originRecord: row["origin_record"],
                            url: row["url"], kind: row["kind"], rawSize: row["raw_size"],
                            rawDeflate: [UInt8](row["raw_deflate"] as Data), httpCharset: row["http_charset"],
                            inputSource: row["input_source"], inputDate: row["input_date"], inputTitle: row["input_title"],
                            inputCrawlDate: row["input_crawl_date"])
            }
            return (inputs, rows.last.map { $0["id"] })
        }
    }

    /// Replaces the extraction and analysis of stored articles (matched by content hash) in one transaction,
    /// keeping the full-text index in step. Returns how many rows changed.
    @discardableResult
    public func replaceAnalyses(_ records: [ArticleRecord]) throws -> Int {
        let prepared = try records.map { record in
            (record,
             String(decoding: try encoder.encode(record.extracted.metadata), as: UTF8.self),
             String(decoding: try encoder.encode(record.extracted.removed), as: UTF8.self),
             try documents.encode(record.document))
        }
        return try pool.write { db in
            var changed = 0
            for (record, metadataJSON, removedJSON, documentJSON) in prepared {
                guard let old = try Row.fetchOne(db, sql: "SELECT id, title, text, source FROM article WHERE content_hash = ?",
                                                 arguments: [record.input.contentHash]) else { continue }
                let id: Int64 = old["id"]
                let metadata = record.document.metadata
                try db.execute(sql: "INSERT INTO article_fts(article_fts, rowid, title, text, source) VALUES('delete', ?, ?, ?, ?)",
                               arguments: [id, old["title"] as String?, old["text"] as String, old["source"] as String?])
                try db.execute(sql: """
                    UPDATE article SET url = ?, source = ?, domain = ?, title = ?, published = ?, text = ?, markdown = ?,
                        metadata_json = ?, removed_json = ?, document_json = ? WHERE id = ?
                    """, arguments: [record.input.url, record.source, record.domain, metadata.title, metadata.published?.date.description,
                                     record.document.text, record.extracted.markdown, metadataJSON, removedJSON, documentJSON, id])
                try db.execute(sql: "INSERT INTO article_fts(rowid, title, text, source) VALUES (?, ?, ?, ?)",
                               arguments: [id, metadata.title, record.document.text, record.source])
                changed += 1
            }
            return changed
        }
    }

    /// Replaces the analysed documents (after a re-analysis); the article rows must exist.
    public func updateDocuments(_ documents: [Document]) throws {
        let encoded = try documents.map { ($0.id, try self.documents.encode($0)) }
        try pool.write { db in
            for (id, json) in encoded {
                try db.execute(sql: "UPDATE article SET document_json = ? WHERE document_id = ?", arguments: [json, id])
            }
        }
    }

    // MARK: Reading

    /// Every stored article as an analysed document, in ingest order.
    public func allDocuments() throws -> [Document] {
        try pool.read { db in
            let rows = try DatabaseValue.fetchAll(db, sql: "SELECT document_json FROM article ORDER BY id")
            return try rows.map { try documents.decode($0) }
        }
    }

    /// The id each article's input gave it (JSON Lines `id`), by document id; articles whose input gave none are left out.
    public func inputIDs() throws -> [String: String] {
        try pool.read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT document_id, external_id FROM article WHERE external_id IS NOT NULL AND external_id != ''")
            var ids: [String: String] = [:]
            for row in rows { ids[row["document_id"]] = row["external_id"] }
            return ids
        }
    }

    /// The ids of the stored documents whose id starts with `prefix`, in ingest order.
    public func documentIDs(startingWith prefix: String) throws -> [String] {
        try pool.read { db in
            try String.fetchAll(db, sql: "SELECT document_id FROM article WHERE substr(document_id, 1, ?) = ? ORDER BY id",
                                arguments: [prefix.unicodeScalars.count, prefix])
        }
    }

    /// The documents with these ids (missing ids are left out), in the order asked.
    public func documents(ids: [String]) throws -> [Document] {
        try pool.read { db in
            var byID: [String: Document] = [:]
            for chunk in stride(from: 0, to: ids.count, by: 500) {
                let slice = Array(ids[chunk..<min(ids.count, chunk + 500)])
                let rows = try Row.fetchAll(db, sql: "SELECT document_id, document_json FROM article WHERE document_id IN (\(databaseQuestionMarks(count: slice.count)))",
                                            arguments: StatementArguments(slice))
                for row in rows {
                    byID[row["document_id"]] = try documents.decode(row["document_json"])
                }
            }
            return ids.compactMap { byID[$0] }
        }
    }

    /// The extraction result of a stored article.
    public func extracted(documentID: String) throws -> ExtractedArticle? {
        try pool.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT text, markdown, metadata_json, removed_json FROM article WHERE document_id = ?",
                                             arguments: [documentID]) else { return nil }
            let metadataJSON: String = row["metadata_json"], removedJSON: String = row["removed_json"]
            return ExtractedArticle(text: row["text"], markdown: row["markdown"],
                                    metadata: try decoder.decode(ArticleMetadata.self, from: Data(metadataJSON.utf8)),
                                    removed: try decoder.decode([RemovedBlock].self, from: Data(removedJSON.utf8)))
        }
    }

    /// The raw input kept for an article.
    public func raw(documentID: String) throws -> StoredRaw? {
        try pool.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT kind, url, http_charset, raw_size, raw_deflate FROM article WHERE document_id = ?",
                                             arguments: [documentID]) else { return nil }
            let blob: Data = row["raw_deflate"]
            return StoredRaw(documentID: documentID, kind: row["kind"], url: row["url"], httpCharset: row["http_charset"],
                             rawSize: row["raw_size"], rawDeflate: [UInt8](blob))
        }
    }

    /// Number of stored articles.
    public func articleCount() throws -> Int {
        try pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM article") ?? 0 }
    }

    /// Counts for reports.
    public func summary() throws -> StoreSummary {
        try pool.read { db in
            let totals = try Row.fetchOne(db, sql: """
                SELECT COUNT(*) AS n, MIN(published) AS first, MAX(published) AS last,
                       COALESCE(SUM(raw_size), 0) AS raw, COALESCE(SUM(LENGTH(raw_deflate)), 0) AS stored FROM article
                """)!
            let sources = try Row.fetchAll(db, sql: """
                SELECT COALESCE(source, 'unknown') AS source, COUNT(*) AS n FROM article
                GROUP BY COALESCE(source, 'unknown') ORDER BY n DESC, source
                """).map { StoreSummary.SourceCount(source: $0["source"], articles: $0["n"]) }
            return StoreSummary(articles: totals["n"], sources: sources, firstDate: totals["first"], lastDate: totals["last"],
                                rawBytes: totals["raw"], storedRawBytes: totals["stored"])
        }
    }

    /// Checks the database file and that the full-text index matches the articles; returns the problems found.
    public func consistencyProblems() throws -> [String] {
        let index: String? = try pool.write { db in
            do {
                try db.execute(sql: "INSERT INTO article_fts(article_fts, rank) VALUES('integrity-check', 1)")
                return nil
            } catch {
                // SQLite's own message: the error's text would add the SQL statement.
                return "full-text index: \((error as? DatabaseError)?.message ?? "\(error)")"
            }
        }
        return try integrityProblems() + (index.map { [$0] } ?? [])
    }

    /// The full checks that read only: SQLite's integrity check, and every article in the full-text index.
    public func integrityProblems() throws -> [String] {
        try pool.read { db in
            var problems = try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
            let missing = try Self.missingTables(db)
            guard missing.isEmpty else { return problems + missing }
            let articles = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM article") ?? 0
            let indexed = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM article_fts_docsize") ?? 0
            if articles != indexed { problems.append("\(articles) articles but \(indexed) in the full-text index") }
            return problems
        }
    }

    // MARK: Search

    /// Full-text search ranked by bm25 (title weighs 10, source 3, text 1); a date-only query lists articles by date.
    /// `highlight` wraps the matched terms in the snippet. Dates are the ones the stories use (the story index's,
    /// with the user's corrections) where the store has a story index, else the ones given at ingest.
    public func search(_ query: SearchQuery, limit: Int = 20,
                       highlight: (open: String, close: String) = ("**", "**")) throws -> [SearchHit] {
        return try pool.read { db in
            let indexed = try db.tableExists("indexed_document")
            let published = indexed ? "coalesce(i.published, a.published)" : "a.published"
            let join = indexed ? "LEFT JOIN indexed_document i ON i.document_id = a.document_id" : ""
            var conditions: [String] = []
            var arguments: [any DatabaseValueConvertible] = []
            if let from = query.dateFrom { conditions.append("\(published) >= ?"); arguments.append(from) }
            if let to = query.dateTo { conditions.append("\(published) <= ?"); arguments.append(to) }
            let rows: [Row]
            if let match = query.match {
                // Rank first, then build the opening and the snippet of the `limit` best only: computed in one
                // query, SQLite works them out for every match before it sorts (6× slower for a common word).
                let sql = """
                    WITH ranked AS (
                        SELECT article_fts.rowid AS rid, bm25(article_fts, 10.0, 1.0, 3.0) AS score
                        FROM article_fts JOIN article a ON a.id = article_fts.rowid \(join)
                        WHERE article_fts MATCH ? \(conditions.map { "AND " + $0 }.joined(separator: " "))
                        ORDER BY score LIMIT ?)
                    SELECT a.document_id, a.external_id, a.title, substr(a.text, 1, 400) AS opening, a.source, a.url,
                           \(published) AS published, a.origin, ranked.score AS score,
                           snippet(article_fts, 1, ?, ?, '…', 20) AS snippet
                    FROM ranked JOIN article_fts ON article_fts.rowid = ranked.rid JOIN article a ON a.id = ranked.rid \(join)
                    WHERE article_fts MATCH ?
                    ORDER BY ranked.score, a.id
                    """
                rows = try Row.fetchAll(db, sql: sql, arguments: StatementArguments(
                    [match] + arguments + [limit, highlight.open, highlight.close, match]))
            } else {
                let sql = """
                    SELECT a.document_id, a.external_id, a.title, substr(a.text, 1, 400) AS opening, a.source, a.url,
                           \(published) AS published, a.origin, 0.0 AS score,
                           substr(a.text, 1, 160) || CASE WHEN length(a.text) > 160 THEN '…' ELSE '' END AS snippet
                    FROM article a \(join) \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
                    ORDER BY \(published), a.id LIMIT ?
                    """
                rows = try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments + [limit]))
            }
            return rows.map { row in
                SearchHit(documentID: row["document_id"], article: row["external_id"],
                          title: Document.displayTitle(title: row["title"], text: row["opening"] ?? ""), source: row["source"], url: row["url"],
                          date: row["published"], score: row["score"],
                          snippet: (row["snippet"] as String? ?? "").replacingOccurrences(of: "\n", with: " "),
                          origin: row["origin"])
            }
        }
    }
}
