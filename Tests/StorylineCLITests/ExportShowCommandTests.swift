import Foundation
import Testing

/// `storyline export facts`, `storyline show` and the input id in listings, against a real store.
struct ExportShowCommandTests {
    /// Two invented reports of one event, as JSON Lines with the inputs' own ids; the second has no title.
    static let corpus = [
        #"{"id": "harbour-a-01", "date": "2024-03-05", "source": "Coast Herald", "title": "Valmera dock strike halts port", "text": "Dock workers at the port of Valmera walked off the job on Monday, halting all container traffic in the harbour.\n\nAt least 40 ships are stranded outside the harbour, the port authority said.\n\n\"Perishable cargo is already spoiling on the quays,\" said port chief Elena Marsh."}"#,
        #"{"id": "harbour-b-07", "date": "2024-03-06", "source": "Metro Daily", "text": "Valmera dock workers stayed on strike on Tuesday and container traffic remains halted at the port of Valmera.\n\nNearly 40 ships are stranded off the coast, the port authority said.\n\n\"We will not go back for promises,\" union leader Tom Ruiz told reporters in Valmera."}"#,
    ].joined(separator: "\n") + "\n"

    func store() throws -> (directory: String, db: String) {
        let directory = try CLIProcess.temporaryDirectory()
        let db = directory + "/facts.db"
        try CLIProcess.write(Self.corpus, to: directory + "/in/reports.jsonl")
        let ingest = try CLIProcess.run(["ingest", directory + "/in", "--db", db, "--quiet"])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        return (directory, db)
    }

    @Test func factsNameArticlesByTheirInputIDs() throws {
        let (directory, db) = try store()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let output = directory + "/facts.jsonl"
        let export = try CLIProcess.run(["export", "facts", "--db", db, "--output", output])
        #expect(export.status == 0, "\(export.stderr)")
        let lines = try String(contentsOfFile: output, encoding: .utf8).split(separator: "\n").map { line in
            try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] ?? [:]
        }
        let articles = Set(lines.compactMap { $0["article"] as? String })
        #expect(articles.isSubset(of: ["harbour-a-01", "harbour-b-07"]) && articles.contains("harbour-a-01"))
        #expect(lines.contains { ($0["kind"] as? String) == "quote" && ($0["article"] as? String) == "harbour-b-07"
            && ($0["text"] as? String)?.contains("We will not go back for promises") == true && ($0["speaker"] as? String) == "Tom Ruiz" })
        #expect(lines.contains { ($0["kind"] as? String) == "timex" && ($0["value"] as? String) == "2024-03-05" })
        #expect(lines.contains { ($0["kind"] as? String) == "actor" && ($0["name"] as? String) == "Elena Marsh" })
    }

    @Test func showPrintsOneArticleWithItsProvenanceAndMarks() throws {
        let (directory, db) = try store()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let shown = try CLIProcess.run(["show", "harbour-b-07", "--db", db])
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(shown.stdout.hasPrefix("# Valmera dock workers stayed on strike"))  // a title from the text
        #expect(shown.stdout.contains("- article: harbour-b-07"))
        #expect(shown.stdout.contains("- outlet: Metro Daily"))
        #expect(shown.stdout.contains("- published: 2024-03-06 (from input"))
        #expect(shown.stdout.contains("We will not go back for promises,\"»{Tom Ruiz}"))
        #expect(shown.stdout.contains("⟦Tuesday⟧{2024-03-05}"))

        let json = try CLIProcess.run(["show", "harbour-a-01", "--db", db, "--format", "json"])
        let view = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(view["article"] as? String == "harbour-a-01" && view["title"] as? String == "Valmera dock strike halts port")
        #expect(try CLIProcess.run(["show", "no-such-article", "--db", db]).status != 0)
    }

    @Test func listingsAndBriefsCiteTheInputID() throws {
        let (directory, db) = try store()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let dates = try CLIProcess.run(["date", "list", "--db", db])
        #expect(dates.stdout.contains("| harbour-a-01 |") && dates.stdout.contains("| harbour-b-07 |"))
        let search = try CLIProcess.run(["search", "strike", "--db", db])
        #expect(search.stdout.contains("harbour-b-07") && search.stdout.contains("Valmera dock workers stayed on strike"))
        let brief = try CLIProcess.run(["brief", "--db", db])
        #expect(brief.status == 0, "\(brief.stderr)")
        #expect(brief.stdout.contains("| harbour-a-01 | Coast Herald |") && brief.stdout.contains("Valmera dock strike halts port"))
    }

    @Test func sectionsExportAsCSVNinjsAndTimelineJS() throws {
        let (directory, db) = try store()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let quotes = try CLIProcess.run(["export", "csv", "--section", "quotes", "--db", db])
        #expect(quotes.status == 0, "\(quotes.stderr)")
        #expect(quotes.stdout.hasPrefix("story,article,outlet,published,speaker,actor,kind,text\r\n"))
        #expect(quotes.stdout.contains("harbour-b-07,Metro Daily,2024-03-06,Tom Ruiz"))
        let articles = try CLIProcess.run(["export", "csv", "--section", "articles", "--db", db])
        #expect(articles.stdout.split(separator: "\r\n").count == 3)
        #expect(try CLIProcess.run(["export", "csv", "--section", "nonsense", "--db", db]).status != 0)

        let ninjs = try CLIProcess.run(["export", "ninjs", "--db", db])
        let items = ninjs.stdout.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(items.count == 2 && items.allSatisfy { $0["uri"] is String && $0["bodies"] is [Any] })

        let timeline = try CLIProcess.run(["export", "timelinejs", "--db", db])
        #expect(timeline.status == 0, "\(timeline.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(timeline.stdout.utf8)) as? [String: Any])
        #expect(object["title"] is [String: Any] && object["events"] is [Any])
    }
}
