import Foundation
import Model
import Store
import Story
import Testing

/// The demo corpus's feed items are linked as teasers of the articles they list (`expected.json` → `feed`), and the
/// off-topic item is linked to nothing.
struct DemoCopiesTests {
    struct Expected: Decodable {
        struct Feed: Decodable {
            struct Item: Decodable {
                var title: String
                var corpus_file: String?
            }
            var file: String
            var items: [Item]
        }
        var feed: Feed
    }

    @Test func feedItemsAreTeasersOfTheArticlesTheyList() throws {
        let corpus = DemoCorpusFixture.path
        let expected = try DemoCorpusFixture.expected(Expected.self)
        let directory = try CLIProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let db = directory + "/copies.db"
        let feedResult = try CLIProcess.run(["ingest", corpus + "/" + expected.feed.file, "--db", db, "--quiet"])
        #expect(feedResult.status == 0, "\(feedResult.stderr)")
        let feedIDs = Set(try StorylineStore(path: db).allDocuments().map(\.id))
        var articleIDOfFile: [String: String] = [:]
        for file in Set(expected.feed.items.compactMap(\.corpus_file)).sorted() {
            let before = Set(try StorylineStore(path: db).allDocuments().map(\.id))
            let result = try CLIProcess.run(["ingest", corpus + "/" + file, "--db", db, "--quiet"])
            #expect(result.status == 0, "\(file): \(result.stderr)")
            articleIDOfFile[file] = Set(try StorylineStore(path: db).allDocuments().map(\.id)).subtracting(before).first
        }
        let workspace = StoryWorkspace(documents: try StorylineStore(path: db).allDocuments())
        for item in expected.feed.items {
            let teaser = try #require(workspace.documents.first { feedIDs.contains($0.id) && $0.metadata.title == item.title },
                                      "feed item \(item.title)")
            let link = workspace.duplicates.links.first { $0.copy == teaser.id }
            if let file = item.corpus_file {
                #expect(link?.kind == .teaser, "\(item.title)")
                #expect(link?.original == articleIDOfFile[file], "\(item.title) → \(file)")
            } else {
                #expect(link == nil, "\(item.title) is linked to \(link?.original ?? "")")
            }
        }
    }
}
