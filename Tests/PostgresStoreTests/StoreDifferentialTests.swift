import Engine
import Foundation
import Ingest
import Model
import Store
import Testing
@testable import PostgresStore

/// The same articles in SQLite and in PostgreSQL give the same documents and the same search results. Ranking
/// functions differ (bm25 against ts_rank_cd), so hits are compared as sets; date listings, which both order by date
/// then ingest order, are compared in order.
@Suite(.enabled(if: TestPostgres.isEnabled, "no PostgreSQL cluster could be started"))
struct StoreDifferentialTests {
    /// A SQLite store in a temporary directory, deleted after `body`.
    private func withSQLiteStore<T>(_ body: (StorylineStore) throws -> T) throws -> T {
        let directory = NSTemporaryDirectory() + "storyline-pg-differential-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        return try body(StorylineStore(path: directory + "/test.db"))
    }

    @Test func inventedCorpusGivesTheSameAnswers() throws {
        let postgres = try PostgresArticleStore(location: TestPostgres.freshDatabase())
        try withSQLiteStore { sqlite in
            for store in [sqlite, postgres] as [any ArticleStore] {
                _ = try store.insert(prepared: ArticleFixture.corpus.map(PreparedArticle.init))
                #expect(try store.unifySourceNames() == 0)
            }
            try expectSameContents(sqlite, postgres)
            for query in ArticleFixture.queries {
                try expectSameHits(sqlite, postgres, query)
            }
        }
    }

    /// The seed scrapes and the demo corpus (HTML, text, WARC, JSON Lines, a feed), ingested by the engine.
    @Test func ingestedCorporaGiveTheSameAnswers() throws {
        let root = #filePath.components(separatedBy: "/Tests/")[0]
        let inputs = InputExpander.expand([root + "/Tests/Seeds", root + "/Sources/StorylineCLI/Resources/DemoCorpus"])
        #expect(inputs.files.count >= 15)
        var options = IngestOptions()
        options.updateStoryIndex = false
        options.batchSize = 4
        let postgres = try PostgresArticleStore(location: TestPostgres.freshDatabase())
        try withSQLiteStore { sqlite in
            var summaries: [IngestSummary] = []
            for store in [sqlite, postgres] as [any ArticleStore] {
                summaries.append(try IngestService(store: store, options: options).run(files: inputs.files))
            }
            #expect(summaries[0].ingested == summaries[1].ingested && summaries[0].duplicate == summaries[1].duplicate)
            #expect(summaries[1].ingested >= 15)
            // Ingesting again adds nothing.
            let again = try IngestService(store: postgres, options: options).run(files: inputs.files)
            #expect(again.ingested == 0 && again.duplicate == summaries[1].ingested + summaries[1].duplicate)
            try expectSameContents(sqlite, postgres)
            for query in try Self.queries(from: sqlite.allDocuments()) {
                try expectSameHits(sqlite, postgres, query)
            }
        }
    }

    /// Queries made from the articles themselves: every title word, the first two words of each text as a phrase,
    /// each as a prefix of its first four letters, pairs joined by OR and NOT, and each with the year of the article.
    static func queries(from documents: [Document]) -> [String] {
        var queries: [String] = []
        for document in documents {
            let titleWords = (document.metadata.title ?? "").split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
            queries += titleWords.filter { $0.count > 2 }
            let textWords = document.text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
            if textWords.count >= 2 { queries.append("\"\(textWords[0]) \(textWords[1])\"") }
            if let word = textWords.first(where: { $0.count >= 6 }) {
                queries.append(String(word.prefix(4)) + "*")
                if let year = document.metadata.published?.date.year { queries.append("\(word) date:\(year)") }
            }
            if let first = titleWords.first(where: { $0.count > 3 }), let last = textWords.last(where: { $0.count > 3 }) {
                queries += ["\(first) OR \(last)", "\(first) NOT \(last)", "title:\(first)"]
            }
        }
        var seen = Set<String>()
        return queries.filter { seen.insert($0).inserted }
    }

    private func expectSameContents(_ sqlite: StorylineStore, _ postgres: PostgresArticleStore) throws {
        #expect(try ArticleFixture.json(sqlite.allDocuments()) == ArticleFixture.json(postgres.allDocuments()))
        #expect(try sqlite.inputIDs() == postgres.inputIDs())
        #expect(try sqlite.summary() == postgres.summary())
        let (sqliteInputs, _) = try sqlite.storedInputs(afterRow: 0, limit: 1000)
        let (postgresInputs, _) = try postgres.storedInputs(afterRow: 0, limit: 1000)
        #expect(sqliteInputs.map(\.documentID) == postgresInputs.map(\.documentID))
        #expect(sqliteInputs.map(\.rawDeflate) == postgresInputs.map(\.rawDeflate))
        #expect(sqliteInputs.map(\.inputCrawlDate) == postgresInputs.map(\.inputCrawlDate))
        let ids = try sqlite.allDocuments().map(\.id)
        #expect(try ArticleFixture.json(sqlite.documents(ids: ids.reversed())) == ArticleFixture.json(postgres.documents(ids: ids.reversed())))
        for id in ids.prefix(3) {
            let prefix = String(id.prefix(4))
            #expect(try sqlite.documentIDs(startingWith: prefix) == postgres.documentIDs(startingWith: prefix))
        }
    }

    private func expectSameHits(_ sqlite: StorylineStore, _ postgres: PostgresArticleStore, _ text: String) throws {
        // A generated query may not parse (a title word "OR"): both stores refuse it alike, before either is asked.
        guard let query = try? SearchQuery(parsing: text) else { return }
        let sqliteHits = try sqlite.search(query, limit: 1000, highlight: ("[", "]"))
        let postgresHits = try postgres.search(query, limit: 1000, highlight: ("[", "]"))
        if query.tokens.isEmpty {
            #expect(sqliteHits == postgresHits, "date listing \(text)")
        } else {
            #expect(Set(sqliteHits.map(\.documentID)) == Set(postgresHits.map(\.documentID)), "query \(text)")
            let fields = { (hits: [SearchHit]) in Set(hits.map { [$0.documentID, $0.article, $0.title ?? "", $0.date ?? "", $0.url ?? "", $0.source ?? ""] }) }
            #expect(fields(sqliteHits) == fields(postgresHits), "query \(text)")
        }
    }
}
