import CZlib
import Foundation
import GRDB
import Model

/// Encodes analysed documents for the `document_json` column: JSON, zlib-compressed (a BLOB; annotations make
/// the JSON several times the size of the text, and it compresses about tenfold). Plain JSON text written by
/// earlier versions is still read. Shared with the other store backends (`package`), so every store keeps the same blob.
package struct DocumentCodec {
    private let encoder: JSONEncoder
    private let decoder = JSONDecoder()

    package init() {
        encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    }

    package func encode(_ document: Document) throws -> Data {
        let json = [UInt8](try encoder.encode(document))
        var capacity = compressBound(uLong(json.count))
        var output = [UInt8](repeating: 0, count: Int(capacity))
        let status = output.withUnsafeMutableBufferPointer { out in
            json.withUnsafeBufferPointer { compress2(out.baseAddress, &capacity, $0.baseAddress, uLong($0.count), 1) }
        }
        guard status == Z_OK else { throw DatabaseError(message: "cannot compress document \(document.id): zlib \(status)") }
        return Data(output[0..<Int(capacity)])
    }

    func decode(_ value: DatabaseValue) throws -> Document {
        switch value.storage {
        case .string(let json):
            return try decoder.decode(Document.self, from: Data(json.utf8))
        case .blob(let data):
            return try decode(compressed: data)
        default:
            throw DatabaseError(message: "document_json holds neither JSON nor compressed JSON")
        }
    }

    /// A document from the compressed JSON ``encode(_:)`` made.
    package func decode(compressed data: Data) throws -> Document {
        try decoder.decode(Document.self, from: try Self.inflate([UInt8](data)))
    }

    /// Inflates a zlib stream of unknown decompressed size.
    static func inflate(_ bytes: [UInt8]) throws -> Data {
        let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        defer { inflateEnd(stream); stream.deallocate() }
        guard storyline_inflateInit2(stream, 15) == Z_OK else { throw DatabaseError(message: "inflateInit failed") }
        var output = Data()
        var chunk = [UInt8](repeating: 0, count: max(1 << 16, bytes.count * 4))
        var status: Int32 = Z_OK
        try bytes.withUnsafeBufferPointer { input in
            stream.pointee.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
            stream.pointee.avail_in = UInt32(input.count)
            repeat {
                let produced: Int = chunk.withUnsafeMutableBufferPointer { out in
                    stream.pointee.next_out = out.baseAddress
                    stream.pointee.avail_out = UInt32(out.count)
                    status = CZlib.inflate(stream, Z_NO_FLUSH)
                    return out.count - Int(stream.pointee.avail_out)
                }
                output.append(contentsOf: chunk[0..<produced])
                guard status == Z_OK || status == Z_STREAM_END else {
                    throw DatabaseError(message: "corrupt compressed document (zlib \(status))")
                }
                if status == Z_OK && produced == 0 && stream.pointee.avail_in == 0 {
                    throw DatabaseError(message: "truncated compressed document")
                }
            } while status != Z_STREAM_END
        }
        return output
    }
}
