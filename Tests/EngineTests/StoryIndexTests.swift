import Engine
import Foundation
import Ingest
import Model
import Store
import Testing

@Suite struct StoryIndexTests {
    func ingest(_ lines: [String], into db: String, name: String, directory: String) throws -> IngestService {
        let path = directory + "/\(name).jsonl"
        try EngineFixture.write(lines, to: path)
        let service = IngestService(store: try StorylineStore(path: db))
        let inputs = InputExpander.expand([path])
        _ = try service.run(files: inputs.files)
        return service
    }

    @Test func ingestBuildsTheIndexAndTheStoriesAreReadFromIt() throws {
        let directory = try EngineFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let db = directory + "/store.db"
        let ingest = try ingest(EngineFixture.portStrike + EngineFixture.football, into: db, name: "first", directory: directory)
        #expect(ingest.indexUpdate?.stories == 2)
        let service = try StoryService(db: db)
        #expect(service.isIndexed)
        let stories = try service.storiesBySize()
        #expect(stories.map(\.documents.count) == [4, 3])
        // The kept brief is the one a fresh build gives.
        let kept = try service.brief(stories[0].id)
        #expect(kept.story == stories[0].id)
        #expect(!kept.summary.isEmpty)
        let actors = try service.actors(stories[0].id)
        #expect(actors.contains { $0.name.contains("Varga") })
    }

    @Test func storyIdsSurviveALaterIngest() throws {
        let directory = try EngineFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let db = directory + "/store.db"
        // The football story comes first this time, so a from-scratch clustering would number it differently.
        _ = try ingest(EngineFixture.football, into: db, name: "first", directory: directory)
        let before = try StoryService(db: db).stories()
        #expect(before.count == 1)
        let footballID = before[0].id
        let update = try ingest(EngineFixture.portStrike, into: db, name: "second", directory: directory).indexUpdate
        #expect(update?.kept == 1)
        #expect(update?.started == 1)
        let after = try StoryService(db: db).stories()
        let football = after.first { $0.documents.count == 3 }
        #expect(football?.id == footballID)
        #expect(Set(after.map(\.id)).count == 2)
    }

    @Test func aStaleIndexIsNotUsedAndTheStoriesAreWorkedOut() throws {
        let directory = try EngineFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let db = directory + "/store.db"
        let path = directory + "/in.jsonl"
        try EngineFixture.write(EngineFixture.portStrike, to: path)
        var options = IngestOptions()
        options.updateStoryIndex = false
        _ = try IngestService(store: try StorylineStore(path: db), options: options).run(files: InputExpander.expand([path]).files)
        let service = try StoryService(db: db)
        #expect(!service.isIndexed)
        #expect(try service.stories().count == 1)
        #expect(try StoryIndexStore(path: db, access: .readOnly).state() == nil)
    }

    @Test func anIndexBuiltByAnotherVersionIsOutOfDate() throws {
        let directory = try EngineFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let db = directory + "/store.db"
        _ = try ingest(EngineFixture.portStrike, into: db, name: "first", directory: directory)
        let index = try StoryIndexStore(path: db)
        #expect(try index.isCurrent())
        let state = try #require(try index.state())
        #expect(state.storeFingerprint.hasPrefix("index \(StoryIndexStore.contentVersion);"))
        // What an earlier version wrote: same articles, another index version.
        var snapshot = StoryIndexSnapshot(storeFingerprint: state.storeFingerprint.replacingOccurrences(
            of: StoryIndexStore.contentVersion, with: "0"), nextStoryNumber: state.nextStoryNumber, stories: try index.stories(),
            documents: [], blobs: [:])
        snapshot.documents = []
        try index.replace(with: snapshot)
        #expect(try !index.isCurrent())
        #expect(try !StoryService(db: db).isIndexed)
    }

    @Test func theUsersDateIsTheDateEverywhere() throws {
        let directory = try EngineFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let db = directory + "/store.db"
        _ = try ingest(EngineFixture.portStrike, into: db, name: "first", directory: directory)
        let store = try StorylineStore(path: db)
        let target = try store.inputIDs().first { $0.value == "port-0" }!.key
        try DateOverrideStore(path: db).set(documentID: target, date: CalendarDate(iso: "2023-04-02")!, note: "checked")
        #expect(try !StoryIndexStore(path: db).isCurrent())
        try StoryIndexBuilder().update(store: store, index: StoryIndexStore(path: db))
        // Search's date filter, the listing's date and the story's article all say 2 April.
        let hits = try store.search(SearchQuery(tokens: [], dateFrom: "2023-04-01", dateTo: "2023-04-03"))
        #expect(hits.map(\.documentID) == [target])
        #expect(hits.first?.date == "2023-04-02")
        let service = try StoryService(db: db)
        let document = try service.selection(nil).documents.first { $0.id == target }
        #expect(document?.metadata.published?.date.description == "2023-04-02")
        #expect(document?.metadata.published?.source == .user)
    }

    @Test func reanalysisKeepsTheCrawlDate() throws {
        let directory = try EngineFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let db = directory + "/store.db"
        let html = "<html><head><title>Harbour strike</title></head><body><article><p>"
            + String(repeating: "Dock workers in Marenburg stayed out on strike for another day. ", count: 12)
            + "</p></article></body></html>"
        let http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: \(html.utf8.count)\r\n\r\n" + html
        let warc = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
            + "WARC-Date: 2023-03-15T08:00:00Z\r\nWARC-Target-URI: https://harbour.example/strike\r\n"
            + "Content-Type: application/http; msgtype=response\r\nContent-Length: \(http.utf8.count)\r\n\r\n" + http + "\r\n\r\n"
        try warc.write(toFile: directory + "/crawl.warc", atomically: true, encoding: .utf8)
        let store = try StorylineStore(path: db)
        _ = try IngestService(store: store).run(files: InputExpander.expand([directory + "/crawl.warc"]).files)
        let first = try store.allDocuments()
        #expect(first.first?.metadata.notAfter?.description == "2023-03-15")
        let result = try IngestService(store: store).reanalyzeAll()
        #expect(result.redone == 1)
        #expect(try store.allDocuments().first?.metadata.notAfter?.description == "2023-03-15")
    }
}
