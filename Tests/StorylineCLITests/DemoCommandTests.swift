import Foundation
import Store
import Testing

/// `storyline demo` ingests the bundled corpus: every input format, nothing failing.
struct DemoCommandTests {
    @Test func ingestsTheBundledCorpus() throws {
        let directory = try CLIProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let result = try CLIProcess.run(["demo", "--db", directory + "/demo.db"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("failed 0"))
        let store = try StorylineStore(path: directory + "/demo.db")
        let documents = try store.allDocuments()
        // Each format is there: WARC records, JSON Lines records, feed items, HTML pages and text scrapes.
        #expect(documents.count >= 15)
        let origins = Set(try documents.map { try #require(try store.raw(documentID: $0.id)).kind })
        #expect(origins == ["html", "text"])
        #expect(documents.contains { $0.metadata.url?.contains("meridianledger.example") == true })
        #expect(!documents.contains { $0.metadata.url?.hasSuffix("robots.txt") == true })
    }
}
