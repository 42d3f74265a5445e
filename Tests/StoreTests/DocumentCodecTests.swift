import Foundation
import GRDB
import Model
import Testing
@testable import Store

struct DocumentCodecTests {
    private func sample() -> Document {
        let text = String(repeating: "The harbour master said the quay would reopen on Monday. ", count: 40)
        var document = Document(id: "d1", text: text, metadata: ArticleMetadata(title: "Quay", source: "gazette.example"))
        document.sentences = (0..<40).map { Sentence(span: Span($0 * 58, $0 * 58 + 57), paragraph: 0) }
        document.entities = (0..<40).map { EntityMention(span: Span($0 * 58 + 4, $0 * 58 + 18), label: .person, cluster: 0) }
        return document
    }

    @Test func compressesAndRoundTrips() throws {
        let codec = DocumentCodec()
        let document = sample()
        let blob = try codec.encode(document)
        let json = try JSONEncoder().encode(document)
        #expect(blob.count * 4 < json.count)
        let back = try codec.decode(blob.databaseValue)
        #expect(back.text == document.text)
        #expect(back.entities == document.entities)
        #expect(back.sentences == document.sentences)
    }

    @Test func readsPlainJSONFromOlderRows() throws {
        let json = String(decoding: try JSONEncoder().encode(sample()), as: UTF8.self)
        #expect(try DocumentCodec().decode(json.databaseValue).id == "d1")
    }

    @Test func corruptBlobThrows() {
        #expect(throws: (any Error).self) { try DocumentCodec().decode(Data([0x78, 0x01, 0xFF, 0x00, 0x13]).databaseValue) }
    }
}
