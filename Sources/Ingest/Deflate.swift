import CZlib

/// Whole-buffer zlib compression, used to keep each article's raw input in the store.
public enum Deflate {
    /// zlib-compresses bytes (level 1 = fastest … 9 = smallest).
    public static func compress(_ bytes: [UInt8], level: Int32 = 6) -> [UInt8] {
        var capacity = compressBound(uLong(bytes.count))
        var output = [UInt8](repeating: 0, count: Int(capacity))
        let status = output.withUnsafeMutableBufferPointer { out in
            bytes.withUnsafeBufferPointer { input in
                compress2(out.baseAddress, &capacity, input.baseAddress, uLong(input.count), level)
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

extension Deflate {
    /// One gzip member holding `bytes` (concatenated members make a multi-member file such as a .warc.gz).
    public static func gzip(_ bytes: [UInt8], level: Int32 = 6) -> [UInt8] {
        let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        defer { deflateEnd(stream); stream.deallocate() }
        precondition(storyline_deflateInit2(stream, level, 15 + 16) == Z_OK, "deflateInit2 failed")
        var output = [UInt8](repeating: 0, count: Int(deflateBound(stream, uLong(bytes.count))) + 32)
        let written: Int = bytes.withUnsafeBufferPointer { input in
            output.withUnsafeMutableBufferPointer { out in
                stream.pointee.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
                stream.pointee.avail_in = UInt32(input.count)
                stream.pointee.next_out = out.baseAddress
                stream.pointee.avail_out = UInt32(out.count)
                let status = deflate(stream, Z_FINISH)
                precondition(status == Z_STREAM_END, "deflate failed: \(status)")
                return out.count - Int(stream.pointee.avail_out)
            }
        }
        output.removeSubrange(written...)
        return output
    }
}
