import Foundation
import Testing
import Model
@testable import Link
@testable import Story

@Suite struct SectionExportTests {
    func workspace() -> StoryWorkspace {
        var documents = StoryFixtures.strike()
        for index in documents.indices { documents[index].metadata.inputID = "in-" + documents[index].id }
        return StoryWorkspace(documents: documents)
    }

    @Test func csvFieldsAreQuotedAndFormulasDisarmed() {
        let table = CSVTable(header: ["a", "b", "c"], rows: [["x, y", "say \"hi\"", "=HYPERLINK(1)"], ["-12", "-note", "line\nbreak"]])
        #expect(table.text == "a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",'=HYPERLINK(1)\r\n-12,'-note,\"line\nbreak\"\r\n")
    }

    @Test func everySectionHasOneRowPerItemNamingItsStoryAndArticle() throws {
        let workspace = workspace()
        let stories = workspace.storiesBySize
        let articles = try SectionCSV.articles.table(workspace, stories: stories)
        #expect(articles.rows.count == 4)
        let copy = try #require(articles.rows.first { $0[1] == "in-wire-1-copy" })
        #expect(copy[10] == "in-wire-1")  // copy_of names the original by its input id
        let quotes = try SectionCSV.quotes.table(workspace, stories: stories)
        #expect(quotes.rows.contains { $0[1] == "in-metro-1" && $0[4] == "Tom Ruiz" && $0[7].contains("We will not go back") })
        let claims = try SectionCSV.claims.table(workspace, stories: stories)
        #expect(claims.rows.contains { $0[8] == "Nearly 40" && $0[9] == "40" && $0[4] == "in-metro-1" })
        let actors = try SectionCSV.actors.table(workspace, stories: stories)
        #expect(actors.rows.contains { $0[2] == "Elena Marsh" && $0[7].contains("Marsh") })
        for table in [articles, quotes, claims, actors] {
            #expect(table.rows.allSatisfy { $0.count == table.header.count })
        }
    }

    @Test func ninjsItemsCarryTheHeadlineBodyAndInputID() throws {
        let document = try #require(workspace().documents.first { $0.id == "herald-1" })
        let object = try JSONSerialization.jsonObject(with: try JSONEncoder().encode(NinjsArticle(document))) as? [String: Any]
        let item = try #require(object)
        #expect(item["uri"] as? String == "urn:storyline:article:herald-1")
        #expect(item["type"] as? String == "text" && item["firstcreated"] as? String == "2023-03-07T00:00:00Z")
        #expect((item["headlines"] as? [[String: Any]])?.first?["value"] as? String == "Valmera dock strike halts port")
        #expect(((item["bodies"] as? [[String: Any]])?.first?["value"] as? String)?.hasPrefix("Dock workers") == true)
        #expect((item["altids"] as? [[String: Any]])?.first?["value"] as? String == "in-herald-1")
        #expect((item["people"] as? [[String: Any]])?.contains { $0["name"] as? String == "Elena Marsh" } == true)
        #expect((item["places"] as? [[String: Any]])?.contains { $0["name"] as? String == "Valmera" } == true)
    }

    @Test func timelineJSSlidesHaveDatePartsAndEscapedText() throws {
        let timeline = Timeline(entries: [TimelineEntry(date: "2023-03-06", score: 1, mentions: 2, published: 1, events: [
            TimelineEvent(sentence: SentenceCitation(document: workspace().documents[0], sentence: 0), dateEvidence: "on Monday",
                          support: [], outlets: ["Coast Herald", "Metro Daily"], quotes: []),
        ])])
        let document = TimelineJSDocument(timeline, title: "Strike <b>", story: "s1")
        let object = try #require(try JSONSerialization.jsonObject(with: try JSONEncoder().encode(document)) as? [String: Any])
        let events = try #require(object["events"] as? [[String: Any]])
        #expect(events.count == 1)
        let date = try #require(events[0]["start_date"] as? [String: String])
        #expect(date == ["year": "2023", "month": "3", "day": "6"])
        let text = try #require(events[0]["text"] as? [String: String])
        #expect(text["text"]?.contains("Coast Herald, in-herald-1") == true && text["text"]?.contains("also reported by Metro Daily") == true)
        #expect((object["title"] as? [String: Any]).flatMap { $0["text"] as? [String: String] }?["headline"] == "Strike &lt;b&gt;")
    }
}
