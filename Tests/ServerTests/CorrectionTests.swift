import Foundation
import Testing
@testable import Server

/// Corrections: refused on a read-only desk, refused without the right token, stored and seen by the next request.
@Suite struct CorrectionTests {
    @Test func aReadOnlyDeskRefusesEveryWrite() async throws {
        try await DeskFixture.withDesk { client in
            let reply = try await client.send("POST", "/api/articles/ferry-0/date", headers: ["Content-Type": "application/json"],
                                              body: #"{"date": "2024-01-01"}"#)
            #expect(reply.status == 403)
            let error = try JSONSerialization.jsonObject(with: reply.body) as? [String: Any]
            #expect(error?["status"] as? Int == 403)
            let form = try await client.send("POST", "/actors/merge", headers: ["Content-Type": "application/x-www-form-urlencoded"],
                                             body: "actor=Keld&actor=Brill&token=x")
            #expect(form.status == 403)
        }
    }

    @Test func aDateNeedsTheTokenAndThenIsTheArticlesDate() async throws {
        try await DeskFixture.withDesk(token: "s3cret") { client in
            let none = try await client.send("POST", "/api/articles/ferry-3/date", headers: ["Content-Type": "application/json"],
                                             body: #"{"date": "2024-03-01"}"#)
            #expect(none.status == 401)
            let wrong = try await client.send("POST", "/api/articles/ferry-3/date",
                                              headers: ["Content-Type": "application/json", "Authorization": "Bearer s3creT"],
                                              body: #"{"date": "2024-03-01"}"#)
            #expect(wrong.status == 401)
            let bad = try await client.send("POST", "/api/articles/ferry-3/date",
                                            headers: ["Content-Type": "application/json", "Authorization": "Bearer s3cret"],
                                            body: #"{"date": "March"}"#)
            #expect(bad.status == 400)
            let before = try await client.json("/api/articles/ferry-3") as? [String: Any]
            #expect(before?["published"] as? String == "2024-02-13")
            let set = try await client.send("POST", "/api/articles/ferry-3/date",
                                            headers: ["Content-Type": "application/json", "Authorization": "Bearer s3cret"],
                                            body: #"{"date": "2024-03-01", "note": "the print edition"}"#)
            #expect(set.status == 200, "\(set.text)")
            let after = try await client.json("/api/articles/ferry-3") as? [String: Any]
            #expect(after?["published"] as? String == "2024-03-01")
            #expect(after?["dateSource"] as? String == "user")
            let listed = try await client.json("/api/articles?from=2024-03-01&to=2024-03-31") as? [String: Any]
            #expect(((listed?["items"] as? [[String: Any]]) ?? []).compactMap { $0["article"] as? String } == ["ferry-3"])
            // The form on the article page does the same and sends the browser back to the article.
            let page = try await client.get("/articles/ferry-3")
            #expect(page.text.contains("name=\"token\""))
            let form = try await client.send("POST", "/articles/ferry-3/date", headers: ["Content-Type": "application/x-www-form-urlencoded"],
                                             body: "clear=1&token=s3cret")
            #expect(form.status == 303)
            #expect(form.headers["location"] == "/articles/ferry-3")
            let cleared = try await client.json("/api/articles/ferry-3") as? [String: Any]
            #expect(cleared?["published"] as? String == "2024-02-13")
        }
    }

    @Test func anActorMergeNeedsTheTokenAndChangesTheActors() async throws {
        try await DeskFixture.withDesk(token: "s3cret") { client in
            let stories = try await client.json("/api/stories") as? [String: Any]
            let ids = ((stories?["items"] as? [[String: Any]]) ?? []).compactMap { $0["id"] as? String }
            var before: [String: [String]] = [:]
            for id in ids {
                let actors = try await client.json("/api/stories/\(id)/actors?limit=500") as? [String: Any]
                before[id] = ((actors?["items"] as? [[String: Any]]) ?? []).compactMap { $0["name"] as? String }
            }
            let strike = try #require(ids.first { before[$0]?.contains { $0.contains("Keld") } == true })
            let names = before[strike] ?? []
            let other = try #require(names.first { !$0.contains("Keld") })
            let keld = try #require(names.first { $0.contains("Keld") })
            let merged = try await client.send("POST", "/actors/merge", headers: ["Content-Type": "application/x-www-form-urlencoded"],
                                               body: "story=\(strike)&actor=\(FormFields.encode(keld))&actor=\(FormFields.encode(other))&token=s3cret")
            #expect(merged.status == 303, "\(merged.text)")
            let actors = try await client.json("/api/stories/\(strike)/actors?limit=500") as? [String: Any]
            let after = ((actors?["items"] as? [[String: Any]]) ?? []).compactMap { $0["name"] as? String }
            #expect(after.count == names.count - 1, "before \(names), after \(after)")
            #expect(!after.contains(other))
        }
    }

    @Test func aBodyOverTheBoundIsRefused() async throws {
        try await DeskFixture.withDesk(token: "s3cret", maximumBodyBytes: 1024) { client in
            let big = "note=" + String(repeating: "x", count: 4096) + "&token=s3cret&date=2024-01-01"
            let reply = try await client.send("POST", "/articles/ferry-0/date", headers: ["Content-Type": "application/x-www-form-urlencoded"], body: big)
            #expect(reply.status == 413)
        }
    }
}
