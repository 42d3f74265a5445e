import Testing
import Model
@testable import Link

@Suite struct ActorResolverTests {
    func documents() -> [Document] {
        [
            LinkFixtures.document("a", outlet: "Coast Herald", date: "2023-03-06",
                                  text: "Port authority chief Elena Marsh met the union. The official said talks would resume.",
                                  entities: [("Elena Marsh", .person, "Elena Marsh", true), ("The official", .person, "Elena Marsh", false)]),
            LinkFixtures.document("b", outlet: "Metro", date: "2023-03-07",
                                  text: "Marsh warned that cargo was spoiling. Tom Ruiz of the union disagreed.",
                                  entities: [("Marsh", .person, "Marsh", true), ("Tom Ruiz", .person, "Tom Ruiz", true)]),
            LinkFixtures.document("c", outlet: "Wire", date: "2023-03-07",
                                  text: "Elena Marsh and union leader Ruiz will meet again. Valmera Port Authority confirmed.",
                                  entities: [("Elena Marsh", .person, "Elena Marsh", true), ("Ruiz", .person, "Ruiz", true),
                                             ("Valmera Port Authority", .organization, "Valmera Port Authority", true)]),
        ]
    }

    @Test func mergesFullNamesSurnamesAndDescriptionsAcrossOutlets() {
        let actors = ActorResolver().resolve(documents())
        let marsh = actors.first { $0.name == "Elena Marsh" }
        #expect(marsh != nil)
        #expect(marsh?.documents == ["a", "b", "c"])
        #expect(marsh?.outlets == ["Coast Herald", "Metro", "Wire"])
        #expect(Set(marsh?.aliases.map(\.text) ?? []) == ["Elena Marsh", "The official", "Marsh"])
        #expect(marsh?.aliases.first { $0.text == "Marsh" }?.documents == ["b"])
        #expect(marsh?.id == "elena-marsh")
        let ruiz = actors.first { $0.name == "Tom Ruiz" }
        #expect(ruiz?.documents == ["b", "c"])
        #expect(actors.count == 3)
    }

    @Test func ambiguousSurnameStaysApart() {
        let docs = [
            LinkFixtures.document("a", outlet: "X", date: nil, text: "John Smith spoke. Anna Smith replied.",
                                  entities: [("John Smith", .person, "John Smith", true), ("Anna Smith", .person, "Anna Smith", true)]),
            LinkFixtures.document("b", outlet: "Y", date: nil, text: "Smith declined to comment.",
                                  entities: [("Smith", .person, "Smith", true)]),
        ]
        let actors = ActorResolver().resolve(docs)
        #expect(actors.count == 3)
    }

    @Test func overridesMergeAndSplit() {
        let merged = ActorResolver().resolve(documents(), overrides: [ActorOverride(kind: .merge, actors: ["tom-ruiz", "Valmera Port Authority"])])
        #expect(merged.count == 2)
        #expect(merged.contains { $0.id == "tom-ruiz" && $0.documents == ["b", "c"] && $0.aliases.contains { $0.text == "Valmera Port Authority" } })
        let split = ActorResolver().resolve(documents(), overrides: [ActorOverride(kind: .split, actors: ["elena-marsh"], aliases: ["Marsh"])])
        #expect(split.count == 4)
        #expect(split.first { $0.id == "elena-marsh" }?.documents == ["a", "c"])
        #expect(split.contains { $0.name == "Marsh" && $0.documents == ["b"] })
    }

    @Test func membershipMapsClustersToActors() {
        let resolution = ActorResolver().resolution(documents())
        #expect(resolution.actorOf["b"]?[0] == "elena-marsh")
        #expect(resolution.actorOf["c"]?[1] == "tom-ruiz")
    }
}
