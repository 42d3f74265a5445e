@testable import Engine
import Foundation
import Ingest
import Link
import Model
import Store
import Testing

/// New articles join the kept stories without the store being clustered again.
@Suite struct StoryIndexJoinTests {
    /// Ingests `lines` without touching the index.
    func store(_ lines: [String], into db: String, name: String, directory: String) throws {
        let path = directory + "/\(name).jsonl"
        try EngineFixture.write(lines, to: path)
        var options = IngestOptions()
        options.updateStoryIndex = false
        _ = try IngestService(store: try StorylineStore(path: db), options: options).run(files: InputExpander.expand([path]).files)
    }

    func joiningBuilder() -> StoryIndexBuilder {
        var builder = StoryIndexBuilder()
        builder.maximumJoinShare = 1
        return builder
    }

    static let latePortArticle = EngineFixture.line(id: "port-late", date: "2023-03-15", source: "Coast Post", text: """
        The strike at the port of Marenburg ended after the port authority agreed to raise wages, the Marenburg \
        Dockers Union said. Union leader Ilse Varga said dock workers would unload the waiting ships on Monday.
        """)

    static let unrelatedArticle = EngineFixture.line(id: "orchestra", date: "2023-03-15", source: "Arts Weekly", text: """
        The Lindqvist Chamber Orchestra opened its spring season with a programme of Nordic violin concertos \
        conducted by Astrid Holm at the Solberg Concert Hall.
        """)

    @Test func aNewArticleJoinsItsStoryAndTheIndexIsCurrent() throws {
        let directory = try EngineFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let db = directory + "/store.db"
        try store(EngineFixture.portStrike + EngineFixture.football, into: db, name: "first", directory: directory)
        try StoryIndexBuilder().update(db: db)
        let before = try StoryService(db: db).storiesBySize()
        let portID = try #require(before.first { $0.documents.count == 4 }?.id)
        let keptBrief = try #require(try StoryService(db: db).keptProduct(.brief, story: portID))

        try store([Self.latePortArticle], into: db, name: "late", directory: directory)
        let update = try joiningBuilder().update(db: db)
        #expect(update.joined == 1)
        #expect(update.started == 0)
        #expect(update.productsBuilt == 1)
        let service = try StoryService(db: db)
        #expect(service.isIndexed)
        let after = try service.stories()
        #expect(after.count == 2)
        let port = try #require(after.first { $0.id == portID })
        #expect(port.documents.count == 5)
        #expect(port.lastDate == "2023-03-15")
        let newID = try #require(try StorylineStore(path: db).inputIDs().first { $0.value == "port-late" }?.key)
        #expect(port.documents.last == newID)
        #expect(try service.assignments().last?.document == newID)
        #expect(try service.assignments().last?.story == portID)
        // The story's products were built again with the new article in them.
        let brief = try #require(try service.keptProduct(.brief, story: portID))
        #expect(brief != keptBrief)
        #expect(try service.brief(portID).story == portID)
        // A full rebuild re-clusters and agrees on the membership.
        try StoryIndexBuilder().update(db: db, rebuild: true)
        let rebuilt = try StoryService(db: db).stories()
        #expect(Set(rebuilt.map { Set($0.documents) }) == Set(after.map { Set($0.documents) }))
    }

    @Test func anUnrelatedArticleStartsAStoryWithTheNextNumber() throws {
        let directory = try EngineFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let db = directory + "/store.db"
        try store(EngineFixture.portStrike + EngineFixture.football, into: db, name: "first", directory: directory)
        try StoryIndexBuilder().update(db: db)
        let numbers = try StoryIndexStore(path: db).stories().map(\.number)
        try store([Self.unrelatedArticle], into: db, name: "late", directory: directory)
        let update = try joiningBuilder().update(db: db)
        #expect(update.joined == 1)
        #expect(update.started == 1)
        let stories = try StoryService(db: db).stories()
        #expect(stories.count == 3)
        let started = try #require(stories.first { $0.documents.count == 1 })
        #expect(started.id == "s\((numbers.max() ?? 0) + 1)")
        #expect(started.keyTerms.contains("concert"))
        // A full build gives the story the same title, key terms and entities.
        try StoryIndexBuilder().update(db: db, rebuild: true)
        let rebuilt = try #require(try StoryService(db: db).stories().first { $0.documents == started.documents })
        #expect(rebuilt.title == started.title)
        #expect(rebuilt.keyEntities == started.keyEntities)
        #expect(Set(rebuilt.keyTerms) == Set(started.keyTerms))
    }

    @Test func anythingButNewArticlesBuildsTheIndexAnew() throws {
        let directory = try EngineFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let db = directory + "/store.db"
        try store(EngineFixture.portStrike + EngineFixture.football, into: db, name: "first", directory: directory)
        try StoryIndexBuilder().update(db: db)
        let index = try StoryIndexStore(path: db)
        #expect(try index.articlesSinceIndex() == [])
        try store([Self.latePortArticle], into: db, name: "late", directory: directory)
        #expect(try index.articlesSinceIndex()?.count == 1)
        // A user's date on an old article changes more than new articles: no join.
        let target = try #require(try StorylineStore(path: db).inputIDs().first { $0.value == "port-0" }?.key)
        try DateOverrideStore(path: db).set(documentID: target, date: CalendarDate(iso: "2023-03-02")!, note: nil)
        #expect(try StoryIndexStore(path: db).articlesSinceIndex() == nil)
        let update = try joiningBuilder().update(db: db)
        #expect(update.joined == 0)
        #expect(try StoryIndexStore(path: db).isCurrent())
    }

    @Test func aJoiningCopyOfAKeptArticleIsMarkedAsItsCopy() throws {
        let directory = try EngineFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let db = directory + "/store.db"
        try store(EngineFixture.portStrike + EngineFixture.football, into: db, name: "first", directory: directory)
        try StoryIndexBuilder().update(db: db)
        // Another outlet republishes the second port article with one sentence of its own.
        let original = try #require(EngineFixture.portStrike[1].data(using: .utf8))
        var object = try #require(try JSONSerialization.jsonObject(with: original) as? [String: String])
        object["id"] = "port-republished"
        object["source"] = "Wire Echo"
        object["date"] = "2023-03-12"
        object["text"] = (object["text"] ?? "") + " Talks with the port authority are planned for Friday."
        let copy = String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
        try store([copy], into: db, name: "copy", directory: directory)
        let update = try joiningBuilder().update(db: db)
        #expect(update.joined == 1)
        #expect(update.started == 0)
        let ids = try StorylineStore(path: db).inputIDs()
        let copyID = try #require(ids.first { $0.value == "port-republished" }?.key)
        let originalID = try #require(ids.first { $0.value == "port-1" }?.key)
        let service = try StoryService(db: db)
        // The fixture's port articles are near copies of each other: the new one is linked to each, as a full build links it.
        let joined = Set(try service.duplicates().links.filter { $0.copy == copyID }.map { "\($0.original) \($0.kind.rawValue)" })
        #expect(joined.contains("\(originalID) near-duplicate"))
        #expect(try service.selection(try service.story(nil).id).copies.contains(copyID))
        try StoryIndexBuilder().update(db: db, rebuild: true)
        let rebuilt = Set(try StoryService(db: db).duplicates().links.filter { $0.copy == copyID }.map { "\($0.original) \($0.kind.rawValue)" })
        #expect(joined == rebuilt)
    }
}

/// The kept clustering reads back as it was written.
@Suite struct JoinStateCodecTests {
    @Test func aGroupWithEventsReadsBackEqual() throws {
        var event = ClusterGroup(documents: ["a", "b"], centroidSum: [3: 0.5, 9: 1.25], entityCounts: ["marenburg": 2],
                                 firstDay: 19_000, lastDay: 19_002, events: [])
        event.events = []
        let group = ClusterGroup(documents: ["a", "b", "c"], centroidSum: [3: 0.75, 9: 1.5, UInt64.max: 0.125],
                                 entityCounts: ["marenburg": 3, "ilse varga": 1], firstDay: 19_000, lastDay: nil,
                                 events: [event, ClusterGroup()])
        let read = try JoinStateCodec.group(JoinStateCodec.encode(group))
        #expect(read == group)
        #expect(try JoinStateCodec.vector(JoinStateCodec.encode(group.centroid)) == group.centroid)
        #expect(try JoinStateCodec.entities(JoinStateCodec.encode(entities: group.entityCounts.keys)) == ["marenburg", "ilse varga"])
        // Bytes of another layout are refused, not misread.
        var other = JoinStateCodec.encode(group)
        other[0] = 99
        #expect(throws: JoinStateCodec.Malformed.self) { try JoinStateCodec.group(other) }
        #expect(throws: JoinStateCodec.Malformed.self) { try JoinStateCodec.group(JoinStateCodec.encode(group).prefix(20)) }
    }
}
