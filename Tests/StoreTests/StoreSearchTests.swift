import Testing
@testable import Store

/// The search syntax against a small store of our own articles.
struct StoreSearchTests {
    private static func makeStore() throws -> TemporaryStore {
        let temporary = try TemporaryStore()
        _ = try temporary.store.insert([
            TemporaryStore.record("storm", title: "Storm closes the quay", text: "A storm closed the harbour quay. The harbour master said ferries would wait.",
                                  source: "gazette.example", date: "2021-12-20"),
            TemporaryStore.record("ferry", title: "Ferries resume", text: "Ferry services resumed after the storm, the operator said.",
                                  source: "tribune.example", date: "2022-01-04"),
            TemporaryStore.record("mayor", title: "Mayor visits harbour", text: "The mayor toured the damaged harbour and promised repairs.",
                                  source: "gazette.example", date: "2022-01-15"),
            TemporaryStore.record("undated", title: "Letters", text: "Readers write about the harbour and its future.",
                                  source: "courier.example"),
        ])
        return temporary
    }

    private func ids(_ store: StorylineStore, _ query: String) throws -> [String] {
        try store.search(SearchQuery(parsing: query)).map(\.documentID)
    }

    @Test func syntax() throws {
        let temporary = try Self.makeStore()
        let store = temporary.store
        #expect(Set(try ids(store, "harbour")) == ["storm", "mayor", "undated"])
        #expect(try ids(store, #""harbour master""#) == ["storm"])
        #expect(Set(try ids(store, "harbour AND mayor")) == ["mayor"])
        #expect(Set(try ids(store, "mayor OR ferries")) == ["mayor", "ferry", "storm"])
        #expect(Set(try ids(store, "harbour NOT mayor")) == ["storm", "undated"])
        #expect(Set(try ids(store, "harbour -mayor")) == ["storm", "undated"])
        #expect(Set(try ids(store, "ferr*")) == ["ferry", "storm"])
        #expect(try ids(store, "title:harbour") == ["mayor"])
        #expect(Set(try ids(store, "source:tribune")) == ["ferry"])
        #expect(Set(try ids(store, "storm date:2021-12-01..2021-12-31")) == ["storm"])
        #expect(try ids(store, "date:2022-01") == ["ferry", "mayor"])
        #expect(try ids(store, "harbour date:2023") == [])
        // Stemming: "closes" finds "closed".
        #expect(try ids(store, "closes quay") == ["storm"])
    }

    @Test func titleMatchesRankFirstAndSnippetsHighlight() throws {
        let temporary = try Self.makeStore()
        let hits = try temporary.store.search(SearchQuery(parsing: "mayor"), highlight: ("<<", ">>"))
        #expect(hits.first?.documentID == "mayor")
        #expect(hits.first?.snippet.contains("<<mayor>>") == true)
        #expect(hits.first?.date == "2022-01-15")
        #expect(hits.first?.source == "gazette.example")
    }
}
