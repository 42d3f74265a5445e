import Foundation

/// An ``ArticleRecord`` with its JSON columns already encoded (and the document compressed), so the encoding can
/// run in parallel before the one-writer transaction.
public struct PreparedArticle: Sendable {
    public let record: ArticleRecord
    package let metadataJSON: String
    package let removedJSON: String
    package let documentBlob: Data

    public init(_ record: ArticleRecord) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        self.record = record
        metadataJSON = String(decoding: try encoder.encode(record.extracted.metadata), as: UTF8.self)
        removedJSON = String(decoding: try encoder.encode(record.extracted.removed), as: UTF8.self)
        documentBlob = try DocumentCodec().encode(record.document)
    }
}
