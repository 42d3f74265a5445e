import Foundation
import Model
import PostgresNIO
import Store

/// The PostgreSQL article store: everything ``StorylineStore`` keeps of articles (raw copies, extraction, the analysed
/// document as the same compressed blob, what the input said), in one database many processes can share.
///
/// Every batch is one transaction; content already stored (same content hash) is skipped with `ON CONFLICT DO NOTHING`,
/// so two workers storing the same article store it once. Search compiles the store-neutral ``SearchQuery`` to a
/// `tsquery` (``TextSearchQuery``) over a weighted search vector (title A, source B, text D) built from the same
/// words FTS5 indexes (``SearchWords``), ranks with `ts_rank_cd`, and builds snippets with `ts_headline` for the
/// returned hits only. Calls block the calling thread (``BlockingPostgresConnection``): call from ordinary threads, not
/// from an event loop.
///
/// A hit's ``SearchHit/score`` is the negated `ts_rank_cd` (lower is better, as with bm25): ranks are comparable within
/// one store, not across stores. The story index and the user's corrections are kept by the SQLite store only.
public final class PostgresArticleStore: ArticleStore, @unchecked Sendable {
    public let path: String
    public let location: PostgresLocation
    private let connection: BlockingPostgresConnection
    private let documents = DocumentCodec()
    private let encoder: JSONEncoder

    /// Connects; for writing, applies the missing migrations. Read-only access writes nothing and fails with
    /// ``StoreError/needsUpgrade(path:)`` when the schema is missing or older than this version.
    public init(location: PostgresLocation, access: StoreAccess = .readWrite) throws {
        self.location = location
        path = location.description
        encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        connection = try BlockingPostgresConnection(location)
        switch access {
        case .readWrite: try migrate()
        case .readOnly: guard try schemaVersion() >= PostgresSchema.latestVersion else { throw StoreError.needsUpgrade(path: path) }
        }
    }

    /// Opens the store a `postgres://` URL names.
    public convenience init(url: String, access: StoreAccess = .readWrite) throws {
        try self.init(location: PostgresLocation(url: url), access: access)
    }

    // MARK: Schema

    private func migrate() throws {
        try connection.transaction {
            try connection.run("SELECT pg_advisory_xact_lock(\(PostgresSchema.migrationLock))")
            try connection.run("""
                CREATE TABLE IF NOT EXISTS storyline_migration (
                    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())
                """)
            let applied = Set(try connection.run("SELECT version FROM storyline_migration").map { try $0.decode(Int.self) })
            for migration in PostgresSchema.migrations where !applied.contains(migration.version) {
                for statement in migration.sql { try connection.run(statement) }
                try connection.run("INSERT INTO storyline_migration (version, name) VALUES ($1, $2)",
                                   try Self.binds(migration.version, migration.name))
            }
        }
    }

    /// The highest migration applied, 0 for a database without a store.
    public func schemaVersion() throws -> Int {
        let exists = try connection.run("SELECT to_regclass('storyline_migration') IS NOT NULL")
        guard try exists.first?.decode(Bool.self) == true else { return 0 }
        return try connection.run("SELECT COALESCE(MAX(version), 0) FROM storyline_migration").first?.decode(Int.self) ?? 0
    }

    // MARK: Writing

    public func knownHashes(_ hashes: [String]) throws -> Set<String> {
        guard !hashes.isEmpty else { return [] }
        let rows = try connection.run("SELECT content_hash FROM article WHERE content_hash = ANY($1)", try Self.binds(hashes))
        return Set(try rows.map { try $0.decode(String.self) })
    }

    public func insert(prepared: [PreparedArticle]) throws -> BatchResult {
        try connection.transaction {
            var result = BatchResult()
            for article in prepared {
                let record = article.record, input = record.input, metadata = record.document.metadata
                var binds = PostgresBindings(capacity: 28)
                for value in [input.documentID, input.contentHash] { binds.append(value) }
                for value in [input.externalID, Optional(input.origin)] { binds.append(value) }
                binds.append(input.originOffset)
                for value in [input.originRecord, input.url, record.source, record.domain, Optional(input.kind), metadata.title,
                              metadata.published?.date.description] { binds.append(value) }
                binds.append(Int64(input.rawSize))
                try binds.append(Data(input.rawDeflate))
                binds.append(input.httpCharset)
                for value in [record.document.text, record.extracted.markdown, article.metadataJSON, article.removedJSON] {
                    binds.append(value)
                }
                try binds.append(article.documentBlob)
                for value in [input.inputSource, input.inputDate, input.inputTitle, input.inputCrawlDate] { binds.append(value) }
                appendSearchWords(title: metadata.title, source: record.source, text: record.document.text, to: &binds)
                let rows = try connection.run("""
                    INSERT INTO article (document_id, content_hash, external_id, origin, origin_offset, origin_record, url,
                        source, domain, kind, title, published, raw_size, raw_deflate, http_charset, text, markdown,
                        metadata_json, removed_json, document, input_source, input_date, input_title, input_crawl_date, search)
                    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21,
                        $22, $23, $24, \(PostgresSchema.searchVector(title: "$25", source: "$26", text: "$27")))
                    ON CONFLICT DO NOTHING RETURNING id
                    """, binds)
                if rows.isEmpty { result.duplicates.append(record.documentID) } else { result.inserted.append(record.documentID) }
            }
            return result
        }
    }

    @discardableResult
    public func unifySourceNames() throws -> Int {
        try connection.transaction {
            let named = try connection.run("""
                SELECT domain, source, COUNT(*) AS n FROM article
                WHERE domain IS NOT NULL AND source IS NOT NULL AND source != domain
                GROUP BY domain, source ORDER BY domain COLLATE "C", n DESC, source COLLATE "C"
                """)
            var nameOfDomain: [String: String] = [:]
            for row in named {
                let (domain, source, _) = try row.decode((String, String, Int64).self)
                if nameOfDomain[domain] == nil { nameOfDomain[domain] = source }
            }
            var changed = 0
            for (domain, name) in nameOfDomain.sorted(by: { $0.key < $1.key }) {
                let rows = try connection.run("""
                    SELECT id, title, text, document FROM article WHERE domain = $1 AND (source IS NULL OR source = domain)
                    ORDER BY id
                    """, try Self.binds(domain))
                for row in rows {
                    let (id, title, text, blob) = try row.decode((Int64, String?, String, Data).self)
                    var document = try documents.decode(compressed: blob)
                    document.metadata.source = name
                    var binds = try Self.binds(name, try documents.encode(document), id)
                    appendSearchWords(title: title, source: name, text: text, to: &binds)
                    try connection.run("""
                        UPDATE article SET source = $1, document = $2,
                            search = \(PostgresSchema.searchVector(title: "$4", source: "$5", text: "$6")) WHERE id = $3
                        """, binds)
                    changed += 1
                }
            }
            return changed
        }
    }

    public func storedInputs(afterRow: Int64, limit: Int) throws -> (inputs: [StoredInput], lastRow: Int64?) {
        let rows = try connection.run("""
            SELECT id, document_id, content_hash, external_id, origin, origin_offset, origin_record, url, kind,
                   raw_size, raw_deflate, http_charset, input_source, input_date, input_title, input_crawl_date
            FROM article WHERE id > $1 ORDER BY id LIMIT $2
            """, try Self.binds(afterRow, Int64(limit)))
        var lastRow: Int64?
        let inputs = try rows.map { row in
            let (id, documentID, contentHash, externalID, origin, originOffset, originRecord, url, kind, rawSize, raw,
                 httpCharset, inputSource, inputDate, inputTitle, inputCrawlDate)
                = try row.decode((Int64, String, String, String?, String, Int64?, String?, String?, String, Int64, Data,
                                  String?, String?, String?, String?, String?).self)
            lastRow = id
            return StoredInput(documentID: documentID, contentHash: contentHash, externalID: externalID, origin: origin,
                               originOffset: originOffset, originRecord: originRecord, url: url, kind: kind,
                               rawSize: Int(rawSize), rawDeflate: [UInt8](raw), httpCharset: httpCharset,
                               inputSource: inputSource, inputDate: inputDate, inputTitle: inputTitle,
                               inputCrawlDate: inputCrawlDate)
        }
        return (inputs, lastRow)
    }

    @discardableResult
    public func replaceAnalyses(_ records: [ArticleRecord]) throws -> Int {
        let prepared = try records.map { record in
            (record,
             String(decoding: try encoder.encode(record.extracted.metadata), as: UTF8.self),
             String(decoding: try encoder.encode(record.extracted.removed), as: UTF8.self),
             try documents.encode(record.document))
        }
        return try connection.transaction {
            var changed = 0
            for (record, metadataJSON, removedJSON, blob) in prepared {
                let metadata = record.document.metadata
                var binds = PostgresBindings(capacity: 14)
                for value in [record.input.url, record.source, record.domain, metadata.title, metadata.published?.date.description] {
                    binds.append(value)
                }
                for value in [record.document.text, record.extracted.markdown, metadataJSON, removedJSON] { binds.append(value) }
                try binds.append(blob)
                binds.append(record.input.contentHash)
                appendSearchWords(title: metadata.title, source: record.source, text: record.document.text, to: &binds)
                let rows = try connection.run("""
                    UPDATE article SET url = $1, source = $2, domain = $3, title = $4, published = $5, text = $6, markdown = $7,
                        metadata_json = $8, removed_json = $9, document = $10,
                        search = \(PostgresSchema.searchVector(title: "$12", source: "$13", text: "$14"))
                    WHERE content_hash = $11 RETURNING id
                    """, binds)
                changed += rows.count
            }
            return changed
        }
    }

    /// The normalised words of an article's title, source and text as three more parameters.
    private func appendSearchWords(title: String?, source: String?, text: String, to binds: inout PostgresBindings) {
        binds.append(SearchWords.normalized(title ?? ""))
        binds.append(SearchWords.normalized(source ?? ""))
        binds.append(SearchWords.normalized(text))
    }

    // MARK: Reading

    public func allDocuments() throws -> [Document] {
        try connection.run("SELECT document FROM article ORDER BY id").map { try documents.decode(compressed: $0.decode(Data.self)) }
    }

    public func documents(ids: [String]) throws -> [Document] {
        guard !ids.isEmpty else { return [] }
        var byID: [String: Document] = [:]
        for row in try connection.run("SELECT document_id, document FROM article WHERE document_id = ANY($1)", try Self.binds(ids)) {
            let (id, blob) = try row.decode((String, Data).self)
            byID[id] = try documents.decode(compressed: blob)
        }
        return ids.compactMap { byID[$0] }
    }

    public func inputIDs() throws -> [String: String] {
        var ids: [String: String] = [:]
        for row in try connection.run("SELECT document_id, external_id FROM article WHERE external_id IS NOT NULL AND external_id != ''") {
            let (documentID, externalID) = try row.decode((String, String).self)
            ids[documentID] = externalID
        }
        return ids
    }

    public func documentIDs(startingWith prefix: String) throws -> [String] {
        try connection.run("SELECT document_id FROM article WHERE starts_with(document_id, $1) ORDER BY id", try Self.binds(prefix))
            .map { try $0.decode(String.self) }
    }

    public func articleCount() throws -> Int {
        try connection.run("SELECT COUNT(*) FROM article").first?.decode(Int.self) ?? 0
    }

    public func summary() throws -> StoreSummary {
        guard let totals = try connection.run("""
            SELECT COUNT(*), MIN(published), MAX(published), COALESCE(SUM(raw_size), 0)::BIGINT,
                   COALESCE(SUM(octet_length(raw_deflate)), 0)::BIGINT FROM article
            """).first else { throw StoreError.unreadable(path: path) }
        let (count, first, last, raw, stored) = try totals.decode((Int64, String?, String?, Int64, Int64).self)
        let sources = try connection.run("""
            SELECT COALESCE(source, 'unknown') AS name, COUNT(*) AS n FROM article
            GROUP BY COALESCE(source, 'unknown') ORDER BY n DESC, COALESCE(source, 'unknown') COLLATE "C"
            """).map { row in
                let (source, articles) = try row.decode((String, Int64).self)
                return StoreSummary.SourceCount(source: source, articles: Int(articles))
            }
        return StoreSummary(articles: Int(count), sources: sources, firstDate: first, lastDate: last, rawBytes: raw,
                            storedRawBytes: stored)
    }

    // MARK: Search

    public func search(_ query: SearchQuery, limit: Int, highlight: (open: String, close: String)) throws -> [SearchHit] {
        var binds = PostgresBindings()
        var conditions: [String] = []
        if let from = query.dateFrom { binds.append(from); conditions.append("a.published >= $\(binds.count)") }
        if let to = query.dateTo { binds.append(to); conditions.append("a.published <= $\(binds.count)") }
        binds.append(Int64(max(0, limit)))
        let limitParameter = "$\(binds.count)"
        let columns = "a.document_id, a.external_id, a.title, left(a.text, 400), a.source, a.url, a.published, a.origin"
        let rows: [PostgresRow]
        if let tsquery = TextSearchQuery.compile(query) {
            binds.append(tsquery)
            let queryParameter = "$\(binds.count)"
            // Rank every match first, then headline only the `limit` best: ts_headline re-parses the whole text, by far
            // the dearest part, and must not run for every match.
            rows = try connection.run("""
                WITH q AS (SELECT to_tsquery('storyline', \(queryParameter)) AS query),
                ranked AS (
                    SELECT a.id, ts_rank_cd('{0.1, 0.2, 0.3, 1.0}', a.search, q.query, 1)::FLOAT8 AS rank
                    FROM article a, q WHERE a.search @@ q.query \(conditions.map { "AND " + $0 }.joined(separator: " "))
                    ORDER BY rank DESC, a.id LIMIT \(limitParameter))
                SELECT \(columns), -ranked.rank,
                       ts_headline('storyline', a.text, q.query,
                                   'StartSel=\(Self.highlightOpen), StopSel=\(Self.highlightClose), MaxWords=20, MinWords=8, ShortWord=0, MaxFragments=1, FragmentDelimiter=…')
                FROM ranked JOIN article a ON a.id = ranked.id, q
                ORDER BY ranked.rank DESC, a.id
                """, binds)
        } else {
            rows = try connection.run("""
                SELECT \(columns), 0::FLOAT8,
                       left(a.text, 160) || CASE WHEN length(a.text) > 160 THEN '…' ELSE '' END
                FROM article a \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
                ORDER BY a.published NULLS FIRST, a.id LIMIT \(limitParameter)
                """, binds)
        }
        return try rows.map { row in
            let (documentID, article, title, opening, source, url, published, origin, score, snippet)
                = try row.decode((String, String?, String?, String, String?, String?, String?, String, Double, String).self)
            let marked = snippet.replacingOccurrences(of: "\n", with: " ")
                .replacingOccurrences(of: Self.highlightOpen, with: highlight.open)
                .replacingOccurrences(of: Self.highlightClose, with: highlight.close)
            return SearchHit(documentID: documentID, article: article, title: Document.displayTitle(title: title, text: opening),
                             source: source, url: url, date: published, score: score, snippet: marked, origin: origin)
        }
    }

    /// Markers ts_headline puts around matches (private-use characters no article contains), replaced by the
    /// caller's markers afterwards: the caller's may hold characters ts_headline's option syntax would misread.
    private static let highlightOpen = "\u{F8F0}"
    private static let highlightClose = "\u{F8F1}"

    // MARK: Parameters

    private static func binds(_ values: any PostgresThrowingDynamicTypeEncodable...) throws -> PostgresBindings {
        var binds = PostgresBindings(capacity: values.count)
        for value in values { try binds.append(value) }
        return binds
    }
}
