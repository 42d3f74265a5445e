/// A stream of bytes read in chunks (a file, standard input, or a decompressed gzip stream).
public protocol ByteSource: AnyObject {
    /// Reads up to `buffer.count` bytes into `buffer`; returns 0 at the end of the stream.
    func read(into buffer: UnsafeMutableBufferPointer<UInt8>) throws -> Int
    /// Bytes consumed from the underlying file so far (compressed bytes for a gzip stream).
    var fileBytesConsumed: Int64 { get }
}
