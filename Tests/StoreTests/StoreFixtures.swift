import Foundation
import Model
import Store

/// A store in a fresh temporary file, and records made from our own short texts.
final class TemporaryStore {
    let directory: String
    let store: StorylineStore

    init() throws {
        directory = NSTemporaryDirectory() + "storyline-store-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        store = try StorylineStore(path: directory + "/test.db")
    }

    deinit { try? FileManager.default.removeItem(atPath: directory) }

    static func record(_ id: String, title: String, text: String, source: String? = "gazette.example",
                       date: String? = nil, hash: String? = nil, domain: String? = nil) -> ArticleRecord {
        var metadata = ArticleMetadata(title: title, source: source)
        if let date, let day = CalendarDate(iso: date) {
            metadata.published = DateAttribution(date: day, source: .meta, confidence: 0.9)
        }
        var document = Document(id: id, text: text, metadata: metadata)
        document.sentences = [Sentence(span: Span(0, text.utf8.count), paragraph: 0)]
        let extracted = ExtractedArticle(text: text, markdown: "# \(title)\n\n\(text)", metadata: metadata,
                                         removed: [RemovedBlock(text: "Subscribe now", reason: "boilerplate")])
        let input = StoredInput(documentID: id, contentHash: hash ?? "hash-" + id, origin: "/inputs/\(id).html",
                                url: "https://\(source ?? "x")/\(id)", kind: "html", rawSize: 5, rawDeflate: [1, 2, 3])
        return ArticleRecord(input: input, source: source, domain: domain, extracted: extracted, document: document)
    }
}
