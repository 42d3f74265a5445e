import Testing
@testable import Store

struct SearchQueryTests {
    private func match(_ text: String) throws -> String? { try SearchQuery(parsing: text).match }

    @Test func translatesToFTS5() throws {
        #expect(try match("storm quay") == #""storm" AND "quay""#)
        #expect(try match(#""harbour master" said"#) == #""harbour master" AND "said""#)
        #expect(try match("storm OR flood") == #""storm" OR "flood""#)
        #expect(try match("storm NOT flood") == #""storm" NOT "flood""#)
        #expect(try match("storm -flood") == #""storm" NOT "flood""#)
        #expect(try match("ferr*") == #""ferr" *"#)
        #expect(try match("title:quay source:gazette") == #"title : "quay" AND source : "gazette""#)
        #expect(try match(#"title:"quay closed""#) == #"title : "quay closed""#)
        #expect(try match("(storm OR flood) quay") == #"( "storm" OR "flood" ) AND "quay""#)
        #expect(try match("U.S. troops") == #""U.S." AND "troops""#)
    }

    @Test func theExpressionIsStoreNeutral() throws {
        let query = try SearchQuery(parsing: #"(storm OR title:"flood warning") -quay ferr*"#)
        #expect(query.tokens == [.open, .term("storm", field: nil, prefix: false), .or, .phrase("flood warning", field: "title"),
                                 .close, .not, .term("quay", field: nil, prefix: false), .and, .term("ferr", field: nil, prefix: true)])
    }

    @Test func dateRanges() throws {
        let range = try SearchQuery(parsing: "quay date:2021-12-01..2021-12-31")
        #expect(range == SearchQuery(tokens: [.term("quay", field: nil, prefix: false)], dateFrom: "2021-12-01", dateTo: "2021-12-31"))
        #expect(try SearchQuery(parsing: "date:2022-02") == SearchQuery(tokens: [], dateFrom: "2022-02-01", dateTo: "2022-02-28"))
        #expect(try SearchQuery(parsing: "date:2024") == SearchQuery(tokens: [], dateFrom: "2024-01-01", dateTo: "2024-12-31"))
        #expect(try SearchQuery(parsing: "x date:2022-01-05..") == SearchQuery(tokens: [.term("x", field: nil, prefix: false)], dateFrom: "2022-01-05", dateTo: nil))
        #expect(try SearchQuery(parsing: "x date:..2022-01") == SearchQuery(tokens: [.term("x", field: nil, prefix: false)], dateFrom: nil, dateTo: "2022-01-31"))
    }

    @Test func rejectsBadQueries() {
        for bad in ["", "NOT storm", "storm AND", "(storm", #""unclosed"#, "date:2022-13-01", "date:yesterday",
                    "author:smith", "date:2022-02-01..2022-01-01", "OR x"] {
            #expect(throws: SearchQuery.SyntaxError.self, "\(bad)") { try SearchQuery(parsing: bad) }
        }
    }

    @Test func repeatedTermsOfAConjunctionAreAskedOnceAndLongQueriesAreRefused() throws {
        let repeated = try SearchQuery(parsing: Array(repeating: "ceasefire", count: 2_000).joined(separator: " ") + " talks")
        #expect(repeated.match == "\"ceasefire\" AND \"talks\"")
        // With OR or NOT a repeat can matter for the structure: kept as written.
        #expect(try SearchQuery(parsing: "a OR a").match == "\"a\" OR \"a\"")
        let distinct = (0..<65).map { "word\($0)" }.joined(separator: " ")
        #expect(throws: SearchQuery.SyntaxError.self) { try SearchQuery(parsing: distinct) }
        #expect(try SearchQuery(parsing: (0..<64).map { "word\($0)" }.joined(separator: " ")).match != nil)
    }
}
