import Foundation
import Testing
@testable import Server

/// The JSON API against a desk on loopback; every answer is validated against the OpenAPI document.
@Suite struct APITests {
    static let store = Result { try DeskFixture.makeStore() }

    func validated(_ client: LoopbackHTTPClient, _ path: String, schema: String, status: Int = 200) async throws -> Any {
        let value = try await client.json(path, status: status)
        let problems = try OpenAPIValidator().problems(value, against: schema)
        #expect(problems.isEmpty, "\(path): \(problems.prefix(5))")
        return value
    }

    @Test func theStoriesArePagedAndEachStorysAnswersMatchTheDocument() async throws {
        try await DeskFixture.withDesk(db: Self.store.get()) { client in
            let all = try await validated(client, "/api/stories", schema: "StorySummaryPage") as? [String: Any]
            let stories = all?["items"] as? [[String: Any]] ?? []
            #expect(stories.count == 2)
            #expect(all?["total"] as? Int == 2)
            #expect(all?["next"] == nil)
            let first = try await validated(client, "/api/stories?limit=1", schema: "StorySummaryPage") as? [String: Any]
            let next = try #require(first?["next"] as? String)
            let second = try await validated(client, next, schema: "StorySummaryPage") as? [String: Any]
            #expect((second?["items"] as? [[String: Any]])?.first?["id"] as? String == stories[1]["id"] as? String)
            #expect(second?["next"] == nil)
            let validator = try OpenAPIValidator()
            for story in stories {
                let id = try #require(story["id"] as? String)
                for part in ["", "/brief", "/timeline", "/actors", "/quotes", "/claims", "/coverage", "/export/timelinejs.json"] {
                    let schema = try #require(validator.responseSchema(get: "/api/stories/{id}" + part), "undocumented: \(part)")
                    _ = try await validated(client, "/api/stories/\(id)\(part)", schema: schema)
                }
            }
            let full = try await validated(client, "/api/stories/\(stories[0]["id"] as! String)/brief?full=1", schema: "Brief") as? [String: Any]
            #expect((full?["articles"] as? [Any])?.count == stories[0]["articles"] as? Int)
            let strike = try #require(stories.first { ($0["title"] as? String ?? "").contains("Alder") || ($0["title"] as? String ?? "").contains("Ferry") })
            let quotes = try await client.json("/api/stories/\(strike["id"] as! String)/quotes") as? [String: Any]
            let speakers = (quotes?["items"] as? [[String: Any]] ?? []).compactMap { $0["speaker"] as? String }
            #expect(speakers.contains { $0.contains("Keld") }, "speakers: \(speakers)")
        }
    }

    @Test func articlesAreFilteredAndOneArticleCarriesItsAnnotationsAtCodePointOffsets() async throws {
        try await DeskFixture.withDesk(db: Self.store.get()) { client in
            let all = try await validated(client, "/api/articles?limit=500", schema: "ArticleRowPage") as? [String: Any]
            #expect(all?["total"] as? Int == 8)
            let rows = all?["items"] as? [[String: Any]] ?? []
            let dates = rows.compactMap { $0["date"] as? String }
            #expect(dates == dates.sorted())
            let june = try await validated(client, "/api/articles?from=2024-06-01&to=2024-06-30", schema: "ArticleRowPage") as? [String: Any]
            let juneIDs = (june?["items"] as? [[String: Any]] ?? []).compactMap { $0["article"] as? String }
            #expect(Set(juneIDs) == ["bridge-0", "bridge-1", "bridge-2"])
            let story = try #require(rows.first { $0["article"] as? String == "ferry-0" }?["story"] as? String)
            let inStory = try await client.json("/api/articles?story=\(story)") as? [String: Any]
            #expect((inStory?["items"] as? [[String: Any]] ?? []).allSatisfy { ($0["article"] as? String ?? "").hasPrefix("ferry") })
            #expect(inStory?["total"] as? Int == 5)

            let article = try await validated(client, "/api/articles/ferry-2", schema: "ArticleView") as? [String: Any]
            let text = try #require(article?["text"] as? String)
            let scalars = Array(text.unicodeScalars)
            var checked = 0
            for kind in ["quotes", "entities", "timexes", "numbers"] {
                for item in article?[kind] as? [[String: Any]] ?? [] {
                    let start = item["start"] as! Int, end = item["end"] as! Int
                    var view = String.UnicodeScalarView()
                    view.append(contentsOf: scalars[start..<end])
                    #expect(String(view) == item["text"] as? String)
                    checked += 1
                }
            }
            #expect(checked > 3)
            #expect((article?["numbers"] as? [[String: Any]] ?? []).contains { ($0["text"] as? String ?? "").contains("380") })
        }
    }

    @Test func searchUsesTheCLIsSyntaxAndPages() async throws {
        try await DeskFixture.withDesk(db: Self.store.get()) { client in
            let hits = try await validated(client, "/api/search?q=passengers+stranded", schema: "SearchHitPage") as? [String: Any]
            let items = hits?["items"] as? [[String: Any]] ?? []
            #expect(items.count == 5)
            #expect(items.allSatisfy { ($0["snippet"] as? String ?? "").contains("<b>") })
            let paged = try await validated(client, "/api/search?q=passengers&limit=2", schema: "SearchHitPage") as? [String: Any]
            #expect((paged?["items"] as? [Any])?.count == 2)
            #expect(paged?["next"] as? String != nil)
            let dated = try await client.json("/api/search?q=bridge+date:2024-06-04") as? [String: Any]
            #expect(((dated?["items"] as? [[String: Any]]) ?? []).compactMap { $0["article"] as? String } == ["bridge-1"])
            let phrase = try await client.json("/api/search?q=%22night+shifts%22+source:%22Harbour+Courier%22") as? [String: Any]
            #expect(((phrase?["items"] as? [[String: Any]]) ?? []).count == 2)
            _ = try await validated(client, "/api/search?q=%22unclosed", schema: "Error", status: 400)
            _ = try await validated(client, "/api/search", schema: "Error", status: 400)
            _ = try await validated(client, "/api/search?q=bridge&offset=9223372036854775807", schema: "Error", status: 400)
            let huge = try await client.get("/search?q=bridge&offset=9223372036854775807")
            #expect(huge.status == 400)
        }
    }

    @Test func errorsAreJSONWithAStatusAndAMessage() async throws {
        try await DeskFixture.withDesk(db: Self.store.get()) { client in
            let missing = try await validated(client, "/api/stories/s999/brief", schema: "Error", status: 404) as? [String: Any]
            #expect(missing?["status"] as? Int == 404)
            #expect((missing?["message"] as? String ?? "").contains("s999"))
            _ = try await validated(client, "/api/articles/no-such-article", schema: "Error", status: 404)
            _ = try await validated(client, "/api/nothing/here", schema: "Error", status: 404)
            _ = try await validated(client, "/api/stories?limit=0", schema: "Error", status: 400)
            _ = try await validated(client, "/api/stories?offset=-1", schema: "Error", status: 400)
            _ = try await validated(client, "/api/articles?from=June", schema: "Error", status: 400)
            let put = try await client.send("PUT", "/api/stories")
            #expect(put.status == 405)
            #expect(!put.text.contains("Swift") && !put.text.contains(".swift"))
        }
    }

    @Test func anUnchangedAnswerIsNotSentAgain() async throws {
        try await DeskFixture.withDesk(db: Self.store.get()) { client in
            let first = try await client.get("/api/stories")
            let tag = try #require(first.headers["etag"])
            let again = try await client.get("/api/stories", headers: ["If-None-Match": tag])
            #expect(again.status == 304)
            #expect(again.body.isEmpty)
            let other = try await client.get("/api/stories?limit=1")
            #expect(other.headers["etag"] != tag)
            let stale = try await client.get("/api/stories", headers: ["If-None-Match": "\"old\""])
            #expect(stale.status == 200)
        }
    }

    @Test func theExportsAreTheCLIsFormats() async throws {
        try await DeskFixture.withDesk(db: Self.store.get()) { client in
            let stories = try await client.json("/api/stories") as? [String: Any]
            let id = try #require((stories?["items"] as? [[String: Any]])?.first?["id"] as? String)
            let facts = try await client.get("/api/stories/\(id)/export/facts.jsonl")
            #expect(facts.status == 200)
            #expect(facts.headers["content-type"]?.hasPrefix("application/x-ndjson") == true)
            let lines = facts.text.split(separator: "\n")
            #expect(!lines.isEmpty)
            for line in lines {
                let fact = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
                #expect(fact?["story"] as? String == id)
                #expect(fact?["kind"] as? String != nil)
            }
            for section in ["articles", "actors", "quotes", "claims", "timeline"] {
                let csv = try await client.get("/api/stories/\(id)/export/\(section).csv")
                #expect(csv.status == 200)
                #expect(csv.text.hasPrefix("story,"), "\(section): \(csv.text.prefix(80))")
                #expect(csv.headers["content-disposition"]?.contains("\(section).csv") == true)
            }
            let ninjs = try await client.get("/api/stories/\(id)/export/ninjs.jsonl")
            let items = ninjs.text.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
            #expect(items.count == ninjs.text.split(separator: "\n").count)
            #expect(items.allSatisfy { $0["type"] as? String == "text" && $0["uri"] != nil })
            let unknown = try await client.get("/api/stories/\(id)/export/everything.zip")
            #expect(unknown.status == 404)
        }
    }

    @Test func theDocumentIsServedAndEveryDocumentedSchemaUsesOnlyValidatedKeywords() async throws {
        let validator = try OpenAPIValidator()
        #expect(validator.unvalidatedKeywords().isEmpty, "\(validator.unvalidatedKeywords())")
        #expect(validator.schemas.count >= 20)
        try await DeskFixture.withDesk(db: Self.store.get()) { client in
            let served = try await client.json("/api/openapi.json") as? [String: Any]
            #expect(served?["openapi"] as? String == "3.1.0")
            #expect(((served?["paths"] as? [String: Any])?.count ?? 0) >= 15)
        }
    }
}
