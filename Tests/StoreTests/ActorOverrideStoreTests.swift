import Foundation
import Testing
@testable import Store

@Suite struct ActorOverrideStoreTests {
    func temporaryPath() -> String {
        NSTemporaryDirectory() + "actor-overrides-\(UUID().uuidString).db"
    }

    @Test func overridesPersistInOrderAcrossOpens() throws {
        let path = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let first = try ActorOverrideStore(path: path)
        let merge = try first.add(kind: "merge", actors: ["vladimir-putin", "the Russian leader"])
        try first.add(kind: "split", actors: ["elena-marsh"], aliases: ["Marsh", "the official"])
        let reopened = try ActorOverrideStore(path: path)
        let stored = try reopened.all()
        #expect(stored.map(\.kind) == ["merge", "split"])
        #expect(stored[0].actors == ["vladimir-putin", "the Russian leader"])
        #expect(stored[1].aliases == ["Marsh", "the official"])
        try reopened.remove(id: merge)
        #expect(try ActorOverrideStore(path: path).all().map(\.kind) == ["split"])
    }

    @Test func livesBesideTheArticleStore() throws {
        let path = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let store = try StorylineStore(path: path)
        try store.actorOverrides().add(kind: "merge", actors: ["a", "b"])
        #expect(try store.allDocuments().isEmpty)
        let reopened = try StorylineStore(path: path)  // the store's own migrations still run
        #expect(try reopened.actorOverrides().all().count == 1)
    }
}
