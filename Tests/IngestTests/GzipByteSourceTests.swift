import Testing
@testable import Ingest

struct GzipByteSourceTests {
    private func inflate(_ bytes: [UInt8]) throws -> [UInt8] {
        let reader = BufferedByteReader(source: try GzipByteSource(input: MemoryByteSource(bytes), chunkSize: 7))
        return try reader.readAll(limit: 1 << 30)
    }

    @Test func decompressesMultipleMembers() throws {
        let first = Array("first member\n".utf8), second = Array(String(repeating: "second ", count: 500).utf8)
        #expect(try inflate(Deflate.gzip(first) + Deflate.gzip(second)) == first + second)
    }

    @Test func truncatedStreamThrows() throws {
        let whole = Deflate.gzip(Array(String(repeating: "Ferry services resumed. ", count: 200).utf8))
        #expect(throws: IngestError.truncatedGzip) { try inflate(Array(whole.prefix(whole.count / 2))) }
    }

    @Test func corruptStreamThrows() throws {
        var bytes = Deflate.gzip(Array(String(repeating: "abc", count: 100).utf8))
        for index in 12..<20 { bytes[index] ^= 0xFF }
        #expect(throws: IngestError.self) { try inflate(bytes) }
    }

    @Test func remembersMemberOffsets() throws {
        let a = Deflate.gzip(Array("aaaa".utf8)), b = Deflate.gzip(Array("bbbbbb".utf8))
        let source = try GzipByteSource(input: MemoryByteSource(a + b))
        _ = try BufferedByteReader(source: source).readAll(limit: 100)
        #expect(source.memberOffset(containing: 2) == 0)
        #expect(source.memberOffset(containing: 5) == Int64(a.count))
    }

    @Test func deflateRoundTrip() throws {
        let bytes = Array(String(repeating: "Quay 7 ", count: 300).utf8)
        let packed = Deflate.compress(bytes)
        #expect(packed.count < bytes.count)
        #expect(try Deflate.decompress(packed, originalSize: bytes.count) == bytes)
    }
}
