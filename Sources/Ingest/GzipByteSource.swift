import CZlib

/// Decompresses a gzip (or zlib) stream as it is read, member after member (a .warc.gz is one member per record).
///
/// Memory stays bounded: one input chunk and zlib's window. It remembers where recent members started in the
/// compressed file so a WARC reader can report a record's offset.
public final class GzipByteSource: ByteSource {
    private let input: ByteSource
    private let stream: UnsafeMutablePointer<z_stream>
    private let inputBuffer: UnsafeMutablePointer<UInt8>
    private let chunkSize: Int
    private var inputEnded = false
    private var memberEnded = false
    private var finished = false
    private var membersSeen = 0
    /// Decompressed bytes produced so far.
    public private(set) var producedBytes: Int64 = 0
    /// (decompressed offset, compressed offset) of recent member starts, oldest first.
    private var memberStarts: [(produced: Int64, compressed: Int64)] = [(0, 0)]

    public init(input: ByteSource, chunkSize: Int = 1 << 16) throws {
        self.input = input
        self.chunkSize = chunkSize
        inputBuffer = .allocate(capacity: chunkSize)
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        guard storyline_inflateInit2(stream, 15 + 32) == Z_OK else {
            stream.deallocate()
            inputBuffer.deallocate()
            throw IngestError.corruptGzip("inflateInit failed")
        }
    }

    deinit {
        inflateEnd(stream)
        stream.deallocate()
        inputBuffer.deallocate()
    }

    public var fileBytesConsumed: Int64 { input.fileBytesConsumed - Int64(stream.pointee.avail_in) }

    /// The compressed offset of the gzip member holding decompressed byte `offset` (when still remembered).
    /// Callers ask in increasing order; older members are forgotten.
    public func memberOffset(containing offset: Int64) -> Int64? {
        guard let index = memberStarts.lastIndex(where: { $0.produced <= offset }) else { return nil }
        let found = memberStarts[index].compressed
        if index > 0 { memberStarts.removeFirst(index) }
        return found
    }

    private func refill() throws {
        guard stream.pointee.avail_in == 0, !inputEnded else { return }
        let count = try input.read(into: UnsafeMutableBufferPointer(start: inputBuffer, count: chunkSize))
        if count == 0 {
            inputEnded = true
        } else {
            stream.pointee.next_in = inputBuffer
            stream.pointee.avail_in = UInt32(count)
        }
    }

    public func read(into buffer: UnsafeMutableBufferPointer<UInt8>) throws -> Int {
        guard !finished, buffer.count > 0 else { return 0 }
        while true {
            try refill()
            if memberEnded {
                // Between members: the end, zero padding some writers add, or the next member.
                if stream.pointee.avail_in == 0 {
                    if inputEnded { finished = true; return 0 }
                    continue
                }
                let next = stream.pointee.next_in.pointee
                if next == 0 {
                    stream.pointee.next_in += 1
                    stream.pointee.avail_in -= 1
                    continue
                }
                guard next == 0x1f else { throw IngestError.corruptGzip("trailing data after gzip member \(membersSeen)") }
                inflateReset(stream)
                memberEnded = false
                memberStarts.append((producedBytes, fileBytesConsumed))
            }
            stream.pointee.next_out = buffer.baseAddress
            stream.pointee.avail_out = UInt32(buffer.count)
            let status = inflate(stream, Z_NO_FLUSH)
            let produced = buffer.count - Int(stream.pointee.avail_out)
            switch status {
            case Z_OK, Z_BUF_ERROR: break
            case Z_STREAM_END:
                memberEnded = true
                membersSeen += 1
            case Z_DATA_ERROR:
                throw IngestError.corruptGzip(stream.pointee.msg.map { String(cString: $0) } ?? "data error")
            default:
                throw IngestError.corruptGzip("zlib status \(status)")
            }
            producedBytes += Int64(produced)
            if produced > 0 { return produced }
            if inputEnded && stream.pointee.avail_in == 0 && !memberEnded { throw IngestError.truncatedGzip }
        }
    }
}
