import Testing
@testable import Ingest

struct JSONLinesArticleReaderTests {
    @Test func readsRecordsAndReportsBadLines() throws {
        let directory = try TestDirectory()
        let lines = [
            #"{"id": "a1", "url": "https://www.tribune.example/x", "html": "<p>Storm closes the quay</p>", "date": "2022-01-14T09:00:00Z", "title": "Storm", "source": "The Tribune"}"#,
            "",
            #"{"id": "a2", "text": "The ferry resumed service.", "date": "Fri, 14 Jan 2022 10:00:00 GMT"}"#,
            #"{"id": "a3", "text": "#,
            #"{"id": "a4"}"#,
            #"{"text": "no id"}"#,
        ]
        let path = try directory.write("docs.jsonl", lines.joined(separator: "\n") + "\n")
        let (events, format) = Fixtures.open(path)
        #expect(format == .jsonLines)
        let articles = Fixtures.articles(events)
        #expect(articles.count == 2)
        #expect(articles[0].externalID == "a1")
        #expect(articles[0].kind == .html)
        #expect(articles[0].source == "The Tribune")
        #expect(articles[0].dateHint == "2022-01-14")
        #expect(articles[0].titleHint == "Storm")
        #expect(articles[0].originOffset == 1)
        #expect(articles[1].kind == .text)
        #expect(articles[1].dateHint == "2022-01-14")
        #expect(articles[1].originOffset == 3)
        let failures = Fixtures.failures(events)
        #expect(failures.map(\.0) == [path + ":4", path + ":6"])
        #expect(Fixtures.skips(events).map(\.0) == [path + ":5"])
    }

    @Test func invalidUTF8LineFails() throws {
        let directory = try TestDirectory()
        let bytes = Array(#"{"id": "x", "text": "caf"#.utf8) + [0xE9] + Array("\"}\n".utf8)
            + Array(#"{"id": "y", "text": "fine"}"#.utf8) + [10]
        let path = try directory.write("mixed.jsonl", bytes)
        let (events, _) = Fixtures.open(path)
        #expect(Fixtures.articles(events).count == 1)
        if case .invalidUTF8 = Fixtures.failures(events).first?.1 {} else { Issue.record("expected invalid UTF-8") }
    }
}
