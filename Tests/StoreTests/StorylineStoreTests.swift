import Foundation
import Model
import Testing
@testable import Store

struct StorylineStoreTests {
    @Test func storesAndReadsBackEverything() throws {
        let temporary = try TemporaryStore()
        let store = temporary.store
        let result = try store.insert([
            TemporaryStore.record("d1", title: "Quay closed", text: "The storm closed the quay on Monday.", date: "2022-01-10"),
            TemporaryStore.record("d2", title: "Ferries back", text: "Ferries ran again on Wednesday.", source: "tribune.example"),
        ])
        #expect(result == BatchResult(inserted: ["d1", "d2"], duplicates: []))
        let documents = try store.allDocuments()
        #expect(documents.map(\.id) == ["d1", "d2"])
        #expect(documents[0].sentences.count == 1)
        #expect(documents[0].metadata.published?.date == CalendarDate(year: 2022, month: 1, day: 10))
        #expect(try store.documents(ids: ["d2", "missing", "d1"]).map(\.id) == ["d2", "d1"])
        let extracted = try #require(try store.extracted(documentID: "d1"))
        #expect(extracted.markdown.hasPrefix("# Quay closed"))
        #expect(extracted.removed.first?.reason == "boilerplate")
        let raw = try #require(try store.raw(documentID: "d2"))
        #expect(raw.rawDeflate == [1, 2, 3])
        #expect(raw.rawSize == 5)
        let summary = try store.summary()
        #expect(summary.articles == 2)
        #expect(summary.firstDate == "2022-01-10")
        #expect(Set(summary.sources.map(\.source)) == ["gazette.example", "tribune.example"])
        #expect(try store.consistencyProblems().isEmpty)
    }

    @Test func sameContentIsStoredOnce() throws {
        let temporary = try TemporaryStore()
        let store = temporary.store
        _ = try store.insert([TemporaryStore.record("d1", title: "A", text: "alpha", hash: "same")])
        let again = try store.insert([TemporaryStore.record("d1", title: "A", text: "alpha", hash: "same"),
                                      TemporaryStore.record("d3", title: "C", text: "gamma")])
        #expect(again == BatchResult(inserted: ["d3"], duplicates: ["d1"]))
        #expect(try store.articleCount() == 2)
        #expect(try store.knownHashes(["same", "other", "hash-d3"]) == ["same", "hash-d3"])
        #expect(try store.consistencyProblems().isEmpty)
    }

    @Test func reopeningKeepsDataAndSchema() throws {
        let temporary = try TemporaryStore()
        _ = try temporary.store.insert([TemporaryStore.record("d1", title: "A", text: "alpha")])
        let reopened = try StorylineStore(path: temporary.directory + "/test.db")
        #expect(try reopened.articleCount() == 1)
        var document = try #require(try reopened.allDocuments().first)
        document.quotes = [Quote(span: Span(0, 5), kind: .direct, speakerName: "Mayor")]
        try reopened.updateDocuments([document])
        #expect(try temporary.store.allDocuments().first?.quotes.count == 1)
    }

    @Test func usesWAL() throws {
        let temporary = try TemporaryStore()
        _ = try temporary.store.insert([TemporaryStore.record("d1", title: "A", text: "alpha")])
        #expect(FileManager.default.fileExists(atPath: temporary.directory + "/test.db-wal"))
    }

    @Test func domainOnlyArticlesTakeTheSiteName() throws {
        let temporary = try TemporaryStore()
        let store = temporary.store
        _ = try store.insert([
            TemporaryStore.record("feed1", title: "Quay", text: "The quay closed.", source: "herald.example", domain: "herald.example"),
            TemporaryStore.record("page1", title: "Quay closed", text: "The storm closed the quay.", source: "The Herald", domain: "herald.example"),
            TemporaryStore.record("other", title: "Ferry", text: "Ferries run.", source: "tribune.example", domain: "tribune.example"),
        ])
        #expect(try store.unifySourceNames() == 1)
        let sources = try store.allDocuments().map { $0.metadata.source }
        #expect(sources == ["The Herald", "The Herald", "tribune.example"])
        #expect(Set(try store.search(SearchQuery(parsing: "source:herald")).map(\.documentID)) == ["feed1", "page1"])
        #expect(try store.consistencyProblems().isEmpty)
        #expect(try store.unifySourceNames() == 0)
    }
}
