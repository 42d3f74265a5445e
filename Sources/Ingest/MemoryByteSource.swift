/// A ``ByteSource`` over bytes already in memory.
public final class MemoryByteSource: ByteSource {
    private let bytes: [UInt8]
    private var position = 0

    public init(_ bytes: [UInt8]) { self.bytes = bytes }

    public var fileBytesConsumed: Int64 { Int64(position) }

    public func read(into buffer: UnsafeMutableBufferPointer<UInt8>) throws -> Int {
        let count = min(buffer.count, bytes.count - position)
        guard count > 0 else { return 0 }
        bytes.withUnsafeBufferPointer { source in
            buffer.baseAddress!.update(from: source.baseAddress! + position, count: count)
        }
        position += count
        return count
    }
}
