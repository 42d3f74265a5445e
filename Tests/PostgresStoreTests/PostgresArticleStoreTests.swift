import Foundation
import Model
import Store
import Testing
@testable import PostgresStore

/// The PostgreSQL store against a real cluster the tests start (skipped only when none can start and CI does not
/// require it).
@Suite(.enabled(if: TestPostgres.isEnabled, "no PostgreSQL cluster could be started"))
struct PostgresArticleStoreTests {
    private func makeStore() throws -> PostgresArticleStore {
        try PostgresArticleStore(location: TestPostgres.freshDatabase())
    }

    @Test func storesAndReadsBackEverything() throws {
        let store = try makeStore()
        let records = [
            ArticleFixture.record("d1", title: "Quay closed", text: "The storm closed the quay on Monday.", date: "2022-01-10"),
            ArticleFixture.record("d2", title: "Ferries back", text: "Ferries ran again on Wednesday.", source: "tribune.example"),
        ]
        let result = try store.insert(prepared: records.map(PreparedArticle.init))
        #expect(result == BatchResult(inserted: ["d1", "d2"], duplicates: []))
        let documents = try store.allDocuments()
        #expect(try ArticleFixture.json(documents) == ArticleFixture.json(records.map(\.document)))
        #expect(documents[0].metadata.published?.date == CalendarDate(year: 2022, month: 1, day: 10))
        #expect(try store.documents(ids: ["d2", "missing", "d1"]).map(\.id) == ["d2", "d1"])
        #expect(try store.inputIDs() == ["d1": "ext-d1", "d2": "ext-d2"])
        #expect(try store.documentIDs(startingWith: "d") == ["d1", "d2"])
        #expect(try store.documentIDs(startingWith: "d2") == ["d2"])
        #expect(try store.documentIDs(startingWith: "%") == [])
        let (inputs, lastRow) = try store.storedInputs(afterRow: 0, limit: 10)
        #expect(inputs.map(\.documentID) == ["d1", "d2"])
        #expect(inputs[0].rawDeflate == [1, 2, 3, 0, 255])
        #expect(inputs[0].rawSize == 5)
        #expect(inputs[0].originOffset == 7)
        #expect(inputs[0].inputCrawlDate == "2022-01-02")
        #expect(inputs[1].externalID == "ext-d2")
        let after = try store.storedInputs(afterRow: try #require(lastRow), limit: 10)
        #expect(after.inputs.isEmpty && after.lastRow == nil)
        let summary = try store.summary()
        #expect(summary.articles == 2)
        #expect(summary.firstDate == "2022-01-10" && summary.lastDate == "2022-01-10")
        #expect(summary.rawBytes == 10 && summary.storedRawBytes == 10)
        #expect(summary.sources.map(\.source) == ["gazette.example", "tribune.example"])
    }

    @Test func sameContentIsStoredOnce() throws {
        let store = try makeStore()
        _ = try store.insert(prepared: [PreparedArticle(ArticleFixture.record("d1", title: "A", text: "alpha", hash: "same"))])
        let again = try store.insert(prepared: [
            PreparedArticle(ArticleFixture.record("d1", title: "A", text: "alpha", hash: "same")),
            PreparedArticle(ArticleFixture.record("d3", title: "C", text: "gamma")),
            PreparedArticle(ArticleFixture.record("d3b", title: "C", text: "gamma", hash: "hash-d3")),
        ])
        #expect(again == BatchResult(inserted: ["d3"], duplicates: ["d1", "d3b"]))
        #expect(try store.articleCount() == 2)
        #expect(try store.knownHashes(["same", "other", "hash-d3"]) == ["same", "hash-d3"])
        #expect(try store.knownHashes([]) == [])
    }

    @Test func aFailedBatchStoresNothing() throws {
        let store = try makeStore()
        // A NUL character cannot be stored in PostgreSQL text: the second article fails, the first is rolled back.
        #expect(throws: (any Error).self) {
            try store.insert(prepared: [PreparedArticle(ArticleFixture.record("ok", title: "A", text: "alpha")),
                                        PreparedArticle(ArticleFixture.record("bad", title: "B", text: "be\u{0}ta"))])
        }
        #expect(try store.articleCount() == 0)
        _ = try store.insert(prepared: [PreparedArticle(ArticleFixture.record("ok", title: "A", text: "alpha"))])
        #expect(try store.articleCount() == 1)
    }

    @Test func reanalysisReplacesTheAnalysisAndTheSearchIndex() throws {
        let store = try makeStore()
        _ = try store.insert(prepared: [PreparedArticle(ArticleFixture.record("d1", title: "Quay", text: "The storm closed the quay."))])
        var redone = ArticleFixture.record("d1", title: "Ferry", text: "The ferry sailed again.", date: "2022-03-01")
        redone.document.quotes = [Quote(span: Span(0, 5), kind: .direct, speakerName: "Mayor")]
        #expect(try store.replaceAnalyses([redone, ArticleFixture.record("unknown", title: "X", text: "y")]) == 1)
        #expect(try ArticleFixture.json(store.allDocuments()) == ArticleFixture.json([redone.document]))
        #expect(try store.search(SearchQuery(parsing: "storm")).isEmpty)
        let hits = try store.search(SearchQuery(parsing: "ferry"))
        #expect(hits.map(\.documentID) == ["d1"])
        #expect(hits.first?.date == "2022-03-01")
        #expect(hits.first?.title == "Ferry")
    }

    @Test func domainOnlyArticlesTakeTheSiteName() throws {
        let store = try makeStore()
        _ = try store.insert(prepared: [
            ArticleFixture.record("feed1", title: "Quay", text: "The quay closed.", source: "herald.example", domain: "herald.example"),
            ArticleFixture.record("page1", title: "Quay closed", text: "The storm closed the quay.", source: "The Herald", domain: "herald.example"),
            ArticleFixture.record("other", title: "Ferry", text: "Ferries run.", source: "tribune.example", domain: "tribune.example"),
        ].map(PreparedArticle.init))
        #expect(try store.unifySourceNames() == 1)
        #expect(try store.allDocuments().map { $0.metadata.source } == ["The Herald", "The Herald", "tribune.example"])
        #expect(Set(try store.search(SearchQuery(parsing: "source:\"the herald\"")).map(\.documentID)) == ["feed1", "page1"])
        #expect(try store.unifySourceNames() == 0)
    }

    @Test func searchSyntax() throws {
        let store = try makeStore()
        _ = try store.insert(prepared: ArticleFixture.corpus.map(PreparedArticle.init))
        func ids(_ query: String) throws -> Set<String> { Set(try store.search(SearchQuery(parsing: query)).map(\.documentID)) }
        #expect(try ids("harbour") == ["storm", "mayor", "undated"])
        #expect(try ids("\"harbour master\"") == ["storm"])
        #expect(try ids("harbour AND mayor") == ["mayor"])
        #expect(try ids("mayor OR ferries") == ["mayor", "ferry", "storm"])
        #expect(try ids("harbour NOT mayor") == ["storm", "undated"])
        #expect(try ids("harbour -mayor") == ["storm", "undated"])
        #expect(try ids("(harbour OR quay) NOT storm") == ["mayor", "undated", "cafe"])
        #expect(try ids("ferr*") == ["ferry", "storm"])
        #expect(try ids("title:harbour") == ["mayor"])
        #expect(try ids("title:\"storm closes\"") == ["storm"])
        #expect(try ids("text:quay NOT title:quay") == [])
        #expect(try ids("text:quay") == ["storm"])
        #expect(try ids("source:tribune") == ["ferry", "figures"])
        #expect(try ids("storm date:2021-12-01..2021-12-31") == ["storm"])
        #expect(try ids("harbour date:2023") == [])
        // Stemming, accents, and punctuation inside words as FTS5 reads them.
        #expect(try ids("closes quay") == ["storm"])
        #expect(try ids("zoe") == ["cafe"])
        #expect(try ids("café") == ["cafe"])
        #expect(try ids("\"well known\"") == ["cafe"])
        #expect(try ids("\"1,200 homes\"") == ["figures"])
        #expect(try ids("desk") == ["figures"])
        // A query of punctuation only matches nothing, and does not fail.
        #expect(try ids("\"--\"") == [])
    }

    @Test func rankingSnippetsAndDateListing() throws {
        let store = try makeStore()
        _ = try store.insert(prepared: ArticleFixture.corpus.map(PreparedArticle.init))
        let hits = try store.search(SearchQuery(parsing: "mayor"), limit: 20, highlight: ("<<", ">>"))
        #expect(hits.first?.documentID == "mayor")
        #expect(hits.first?.snippet.contains("<<mayor>>") == true)
        #expect(hits.first?.date == "2022-01-15")
        #expect(hits.first?.source == "gazette.example")
        #expect(hits.first?.article == "ext-mayor")
        #expect(hits.first.map { $0.score < 0 } == true)
        // A title match outranks a text match.
        #expect(try store.search(SearchQuery(parsing: "harbour")).first?.documentID == "mayor")
        // The limit applies after ranking.
        #expect(try store.search(SearchQuery(parsing: "harbour"), limit: 1, highlight: ("", "")).map(\.documentID) == ["mayor"])
        let listed = try store.search(SearchQuery(parsing: "date:2022-01"))
        #expect(listed.map(\.documentID) == ["ferry", "mayor", "cafe", "figures"])
        #expect(listed.allSatisfy { $0.score == 0 })
        #expect(listed.first?.snippet == "Ferry services resumed after the storm, the operator said.")
    }

    @Test func readOnlyNeedsAMigratedStore() throws {
        let location = try TestPostgres.freshDatabase()
        #expect(throws: StoreError.self) { try PostgresArticleStore(location: location, access: .readOnly) }
        let writer = try PostgresArticleStore(location: location)
        #expect(try writer.schemaVersion() == PostgresSchema.latestVersion)
        // Opening again migrates nothing twice.
        _ = try PostgresArticleStore(location: location)
        let reader = try PostgresArticleStore(location: location, access: .readOnly)
        #expect(try reader.articleCount() == 0)
    }
}
