import CZlib

/// Whole-buffer zlib compression, used to keep each article's raw input in the store.
public enum Deflate {
    /// zlib-compresses bytes (level 6).
    public static func compress(_ bytes: [UInt8]) -> [UInt8] {
        var capacity = compressBound(uLong(bytes.count))
        var output = [UInt8](repeating: 0, count: Int(capacity))
        let status = output.withUnsafeMutableBufferPointer { out in
            bytes.withUnsafeBufferPointer { input in
                compress2(out.baseAddress, &capacity, input.baseAddress, uLong(input.count), 6)
            }
        }
        precondition(status == Z_OK, "compress2 failed: \(status)")
        output.removeSubrange(Int(capacity)...)
        return output
    }

    /// Inflates bytes made by ``compress(_:)``; `originalSize` is the size before compression.
    public static func decompress(_ bytes: [UInt8], originalSize: Int) throws -> [UInt8] {
        var size = uLong(originalSize)
        var output = [UInt8](repeating: 0, count: max(1, originalSize))
        let status = output.withUnsafeMutableBufferPointer { out in
            bytes.withUnsafeBufferPointer { input in
                uncompress(out.baseAddress, &size, input.baseAddress, uLong(input.count))
            }
        }
        guard status == Z_OK else { throw IngestError.corruptGzip("zlib status \(status)") }
        output.removeSubrange(Int(size)...)
        return output
    }
}
