import Foundation
import Model
import Store
import Story
import Testing

/// The demo corpus through ingest and the story workspace: every dated article keeps its date, the two undated ones
/// are estimated inside the windows `expected.json` gives.
struct DemoDatesTests {
    struct Expected: Decodable {
        struct Item: Decodable {
            var file: String
            var url: String?
            var published: String?
            var inferred_window: [String]?
        }
        var documents: [Item]
    }

    @Test func datedArticlesKeepTheirDatesAndUndatedOnesFallInTheirWindows() throws {
        let corpus = DemoCorpusFixture.path
        let expected = try DemoCorpusFixture.expected(Expected.self)
        let directory = try CLIProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let db = directory + "/dates.db"
        // Ingest file by file, so each whole-file input maps to the one document it adds.
        var idOfFile: [String: String] = [:]
        var known: Set<String> = []
        for file in Set(expected.documents.map { String($0.file.split(separator: "#")[0]) }).sorted() {
            let result = try CLIProcess.run(["ingest", corpus + "/" + file, "--db", db, "--quiet"])
            #expect(result.status == 0, "\(file): \(result.stderr)")
            let ids = Set(try StorylineStore(path: db).allDocuments().map(\.id))
            if ids.subtracting(known).count == 1, let id = ids.subtracting(known).first { idOfFile[file] = id }
            known = ids
        }
        let workspace = StoryWorkspace(documents: try StorylineStore(path: db).allDocuments())
        var checked = 0
        for item in expected.documents where item.published != nil || item.inferred_window != nil {
            let document = workspace.documents.first { document in
                if let id = idOfFile[item.file] { return document.id == id }
                return item.url != nil && document.metadata.url == item.url
            }
            guard let document, let published = document.metadata.published else {
                Issue.record("\(item.file): not found or undated")
                continue
            }
            if let date = item.published {
                #expect(published.date.description == date && !published.isEstimated, "\(item.file): \(published)")
                checked += 1
            } else if let window = item.inferred_window, window.count == 2 {
                #expect(published.isEstimated, "\(item.file)")
                #expect(published.date.description >= window[0] && published.date.description <= window[1],
                        "\(item.file): \(published)")
                checked += 1
            }
        }
        #expect(checked >= 15)
    }
}
