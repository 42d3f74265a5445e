/// The PostgreSQL store's schema as numbered migrations, applied in order and recorded in `storyline_migration`.
///
/// A store opened for writing applies the missing ones in one transaction under an advisory lock, so several workers
/// starting at once migrate it once; a store opened read-only only checks that none is missing. A migration is never
/// edited once released: a change is a new migration.
enum PostgresSchema {
    /// One step of the schema.
    struct Migration {
        let version: Int
        let name: String
        let sql: [String]
    }

    /// The advisory-lock key that serialises migrations (any constant unique to Storyline).
    static let migrationLock: Int64 = 0x5354_4f52_594c_494e

    static let migrations: [Migration] = [
        Migration(version: 1, name: "articles and full-text search", sql: [
            // The original Porter stemmer (Snowball's `porter`, not Porter2 `english`, which also strips "-ly" and so
            // finds "near" for "nearly"), as FTS5's porter tokenizer stems, and no stop words (FTS5 drops none). The
            // indexed text arrives as
            // lower-case words separated by spaces (SearchWords), so only word tokens need a dictionary; numbers
            // and anything else keep PostgreSQL's `simple` mapping from the copied configuration.
            "CREATE TEXT SEARCH DICTIONARY storyline_porter_stem (TEMPLATE = snowball, Language = porter)",
            "CREATE TEXT SEARCH CONFIGURATION storyline (COPY = simple)",
            """
            ALTER TEXT SEARCH CONFIGURATION storyline ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word,
                hword, hword_part, numword, numhword, hword_numpart WITH storyline_porter_stem
            """,
            """
            CREATE TABLE article (
                id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                document_id TEXT NOT NULL UNIQUE,
                content_hash TEXT NOT NULL UNIQUE,
                external_id TEXT,
                origin TEXT NOT NULL,
                origin_offset BIGINT,
                origin_record TEXT,
                url TEXT,
                source TEXT,
                domain TEXT,
                kind TEXT NOT NULL,
                title TEXT,
                published TEXT COLLATE "C",
                raw_size BIGINT NOT NULL,
                raw_deflate BYTEA NOT NULL,
                http_charset TEXT,
                text TEXT NOT NULL,
                markdown TEXT NOT NULL,
                metadata_json TEXT NOT NULL,
                removed_json TEXT NOT NULL,
                document BYTEA NOT NULL,
                ingested_at TIMESTAMPTZ NOT NULL DEFAULT now(),
                input_source TEXT,
                input_date TEXT,
                input_title TEXT,
                input_crawl_date TEXT,
                search TSVECTOR NOT NULL
            )
            """,
            "CREATE INDEX article_published ON article (published)",
            "CREATE INDEX article_source ON article (source)",
            "CREATE INDEX article_domain ON article (domain)",
            "CREATE INDEX article_search ON article USING GIN (search)",
        ]),
    ]

    /// The newest version: a store at a lower one needs the missing migrations.
    static var latestVersion: Int { migrations.map(\.version).max() ?? 0 }

    /// The search vector of an article from its normalised title, source and text (parameters `$title`, `$source`,
    /// `$text` are substituted by the caller): title weight A, source B, text D.
    static func searchVector(title: String, source: String, text: String) -> String {
        "setweight(to_tsvector('storyline', \(title)), 'A') || setweight(to_tsvector('storyline', \(source)), 'B')"
            + " || setweight(to_tsvector('storyline', \(text)), 'D')"
    }
}
