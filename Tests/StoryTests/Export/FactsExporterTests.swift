import Foundation
import Testing
import Model
@testable import Link
@testable import Story

@Suite struct FactsExporterTests {
    /// The strike fixtures, with input ids on all but the copy.
    func workspace() -> StoryWorkspace {
        var documents = StoryFixtures.strike()
        for index in documents.indices where documents[index].id != "wire-1-copy" {
            documents[index].metadata.inputID = "in-" + documents[index].id
        }
        return StoryWorkspace(documents: documents)
    }

    func facts() throws -> [[String: Any]] {
        var lines: [[String: Any]] = []
        try FactsExporter().export(workspace()) { facts in
            let encoder = JSONEncoder()
            for fact in facts {
                let object = try JSONSerialization.jsonObject(with: try encoder.encode(fact)) as? [String: Any]
                lines.append(try #require(object))
            }
        }
        return lines
    }

    @Test func articlesAreNamedByTheirInputIDAndEveryFactKindIsWritten() throws {
        let lines = try facts()
        let kinds = Set(lines.compactMap { $0["kind"] as? String })
        #expect(kinds == ["actor", "quote", "claim", "claim_group", "timex"])
        let articles = Set(lines.compactMap { $0["article"] as? String })
        #expect(articles.contains("in-herald-1") && articles.contains("in-metro-1"))
        #expect(!articles.contains("herald-1"))
        // The copy has no input id: it is named by its document id; its figures do not join the claim groups (the
        // original's do), so a syndicated figure is not a second outlet agreeing.
        #expect(lines.contains { ($0["kind"] as? String) == "timex" && ($0["article"] as? String) == "wire-1-copy" })
        #expect(!lines.contains { ($0["kind"] as? String) == "claim" && ($0["article"] as? String) == "wire-1-copy" && $0["group"] is String })
    }

    @Test func actorsCarryTheirAliasesAndArticles() throws {
        let marsh = try #require(try facts().first { ($0["kind"] as? String) == "actor" && ($0["name"] as? String) == "Elena Marsh" })
        #expect((marsh["aliases"] as? [String])?.contains("Marsh") == true)
        #expect((marsh["articles"] as? [String])?.contains("in-metro-1") == true)
        #expect((marsh["label"] as? String) == "PERSON")
    }

    @Test func quotesHaveTheirWordsSpeakerAndCodePointOffsets() throws {
        let lines = try facts()
        let quote = try #require(lines.first { ($0["kind"] as? String) == "quote" && ($0["article"] as? String) == "in-metro-1" })
        #expect((quote["text"] as? String)?.contains("We will not go back for promises") == true)
        #expect((quote["speaker"] as? String) == "Tom Ruiz")
        #expect((quote["actor"] as? String) == "tom-ruiz")
        let text = try #require(StoryFixtures.strike().first { $0.id == "metro-1" }?.text)
        let scalars = Array(text.unicodeScalars)
        let start = try #require(quote["start"] as? Int), end = try #require(quote["end"] as? Int)
        #expect(String(String.UnicodeScalarView(scalars[start..<end])) == quote["text"] as? String)
    }

    /// A person reported in two stories of the store is one actor, listing both stories, and her quotes in either
    /// story point at it.
    @Test func anActorOfSeveralStoriesIsWrittenOnce() throws {
        var a = StoryFixtures.Annotations()
        a.entities = [("Elena Marsh", .person, "Elena Marsh", true), ("Marsh", .person, "Marsh", true)]
        a.quotes = [("\"The new ferry line opens a second gate to the islands,\"", "Marsh")]
        let ferry = StoryFixtures.document("gazette-1", outlet: "Island Gazette", date: "2024-09-20", title: "Ferry line to the northern islands",
                                           text: "A ferry line linking the northern islands to the mainland opened its first crossing with three vessels and a new timetable. Elena Marsh, who now chairs the ferry board, cut the ribbon. \"The new ferry line opens a second gate to the islands,\" Marsh said.", a)
        let workspace = StoryWorkspace(documents: StoryFixtures.strike() + [ferry])
        try #require(workspace.stories.count >= 2)
        var lines: [StoryFact] = []
        try FactsExporter().export(workspace) { lines += $0 }
        let marshes = lines.filter { $0.kind == .actor && $0.name == "Elena Marsh" }
        #expect(marshes.count == 1)
        let marsh = try #require(marshes.first)
        #expect(marsh.stories?.count == 2)
        #expect(marsh.articles?.contains("gazette-1") == true && marsh.articles?.contains("herald-1") == true)
        #expect(lines.filter { $0.kind == .actor }.map(\.id).count == Set(lines.filter { $0.kind == .actor }.map(\.id)).count)
        let ferryQuote = try #require(lines.first { $0.kind == .quote && $0.article == "gazette-1" })
        #expect(ferryQuote.actor == marsh.id)
        #expect(ferryQuote.story != lines.first { $0.kind == .quote && $0.article == "herald-1" }?.story)
    }

    @Test func claimsJoinTheirGroupAndTheGroupHasAVerdict() throws {
        let lines = try facts()
        let groups = lines.filter { ($0["kind"] as? String) == "claim_group" }
        let ships = try #require(groups.first { ($0["what"] as? String)?.contains("stranded") == true })
        #expect(["agree", "update", "disagreement"].contains(ships["verdict"] as? String ?? ""))
        let members = lines.filter { ($0["kind"] as? String) == "claim" && ($0["group"] as? String) == (ships["group"] as? String) }
        #expect(Set(members.compactMap { $0["value"] as? Int }) == [40, 60])
        #expect(members.contains { ($0["text"] as? String) == "Nearly 40" })
    }

    @Test func timexesAreWrittenForEveryArticle() throws {
        let timexes = try facts().filter { ($0["kind"] as? String) == "timex" }
        #expect(timexes.contains { ($0["article"] as? String) == "in-wire-1" && ($0["value"] as? String) == "2023-03-09" })
    }

    @Test func offsetsCountCodePointsNotBytes() {
        var document = Document(id: "d", text: "Café owners said «the rent doubled» on Monday.")
        let bytes = Array(document.text.utf8)
        let needle = Array("on Monday".utf8)
        let start = (0...(bytes.count - needle.count)).first { Array(bytes[$0..<($0 + needle.count)]) == needle }!
        document.timexes = [Timex(span: Span(start, start + needle.count), kind: .date, value: "2024-01-01")]
        document.sentences = [Sentence(span: Span(0, bytes.count), paragraph: 0)]
        let selection = StoryWorkspace.Selection(story: StoryCluster(id: "s1", title: "t", documents: ["d"], events: [], outlets: [], firstDate: nil, lastDate: nil, keyTerms: [], keyEntities: []),
                                                 documents: [document], copies: [])
        let timex = FactsExporter().facts(of: selection).first { $0.kind == .timex }
        let scalars = Array(document.text.unicodeScalars)
        #expect(timex?.start == scalars.count - "on Monday.".unicodeScalars.count)
        #expect(timex?.end == scalars.count - 1)
    }
}
