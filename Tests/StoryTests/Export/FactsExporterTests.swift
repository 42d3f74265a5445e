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
        #expect((quote["actor"] as? String)?.hasSuffix("/tom-ruiz") == true)
        let text = try #require(StoryFixtures.strike().first { $0.id == "metro-1" }?.text)
        let scalars = Array(text.unicodeScalars)
        let start = try #require(quote["start"] as? Int), end = try #require(quote["end"] as? Int)
        #expect(String(String.UnicodeScalarView(scalars[start..<end])) == quote["text"] as? String)
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
