/// Line and exact-length reads over a ``ByteSource`` with one bounded buffer.
public final class BufferedByteReader {
    public let source: ByteSource
    fileprivate var buffer: [UInt8]
    fileprivate var start = 0
    fileprivate var end = 0
    private var sourceEnded = false
    private var pendingError: Error?
    /// Bytes handed out (or skipped) so far: the offset of the next byte in the (decompressed) stream.
    public private(set) var offset: Int64 = 0

    public init(source: ByteSource, capacity: Int = 1 << 16) {
        self.source = source
        buffer = [UInt8](repeating: 0, count: capacity)
    }

    /// Reads more bytes after the buffered ones; false at the end of the stream.
    fileprivate func fill() throws -> Bool {
        if let error = pendingError {
            // A read error is raised once the bytes read before it have been handed out.
            guard start == end else { return false }
            pendingError = nil
            sourceEnded = true
            throw error
        }
        if sourceEnded { return false }
        if start > 0 && start == end { start = 0; end = 0 }
        if end == buffer.count {
            if start > 0 {
                buffer.withUnsafeMutableBufferPointer { pointer in
                    let base = pointer.baseAddress!
                    base.update(from: base + start, count: end - start)
                }
                end -= start
                start = 0
            } else {
                buffer.append(contentsOf: repeatElement(0, count: buffer.count))
            }
        }
        let count: Int
        do {
            count = try buffer.withUnsafeMutableBufferPointer { pointer in
                try source.read(into: UnsafeMutableBufferPointer(rebasing: pointer[end...]))
            }
        } catch {
            guard start == end else { pendingError = error; return false }
            sourceEnded = true
            throw error
        }
        if count == 0 { sourceEnded = true; return false }
        end += count
        return true
    }

    /// True when no byte is left.
    public func atEnd() throws -> Bool {
        if start < end { return false }
        return try !fill()
    }

    /// The first up to `count` bytes without consuming them.
    public func peek(_ count: Int) throws -> [UInt8] {
        while end - start < count, try fill() {}
        return Array(buffer[start..<min(end, start + count)])
    }

    /// The next line without its `\n` (and `\r`); nil at the end. A line longer than `maxLength` throws.
    public func readLine(maxLength: Int = 1 << 20) throws -> [UInt8]? {
        var scanFrom = start
        while true {
            if let newline = buffer[scanFrom..<end].firstIndex(of: 10) {
                var lineEnd = newline
                if lineEnd > start && buffer[lineEnd - 1] == 13 { lineEnd -= 1 }
                let line = Array(buffer[start..<lineEnd])
                offset += Int64(newline + 1 - start)
                start = newline + 1
                return line
            }
            if end - start > maxLength { throw IngestError.malformedRecord("line longer than \(maxLength) bytes") }
            scanFrom = end
            let before = start
            if try !fill() {
                if start == end { return nil }
                let line = Array(buffer[start..<end])
                offset += Int64(end - start)
                start = end
                return line
            }
            scanFrom -= before - start  // the buffer may have been compacted
        }
    }

    /// Exactly `count` bytes, or fewer when the stream ends first.
    public func read(count: Int) throws -> [UInt8] {
        var result = [UInt8]()
        result.reserveCapacity(count)
        while result.count < count {
            if start == end, try !fill() { break }
            let take = min(count - result.count, end - start)
            result.append(contentsOf: buffer[start..<start + take])
            start += take
            offset += Int64(take)
        }
        return result
    }

    /// Skips `count` bytes; returns how many were skipped (fewer when the stream ends).
    @discardableResult
    public func skip(count: Int64) throws -> Int64 {
        var skipped: Int64 = 0
        while skipped < count {
            if start == end, try !fill() { break }
            let take = Int(min(count - skipped, Int64(end - start)))
            start += take
            offset += Int64(take)
            skipped += Int64(take)
        }
        return skipped
    }

    /// Everything left, up to `limit` bytes; throws ``IngestError/tooLarge(size:limit:)`` past it.
    public func readAll(limit: Int64) throws -> [UInt8] {
        var result = [UInt8]()
        while true {
            if start == end, try !fill() { break }
            result.append(contentsOf: buffer[start..<end])
            offset += Int64(end - start)
            start = end
            if Int64(result.count) > limit { throw IngestError.tooLarge(size: Int64(result.count), limit: limit) }
        }
        return result
    }
}

extension BufferedByteReader: ByteSource {
    /// Hands out the buffered bytes, then reads on from the underlying source.
    public func read(into target: UnsafeMutableBufferPointer<UInt8>) throws -> Int {
        if start == end, try !fill() { return 0 }
        let count = min(target.count, end - start)
        buffer.withUnsafeBufferPointer { pointer in
            target.baseAddress!.update(from: pointer.baseAddress! + start, count: count)
        }
        start += count
        offset += Int64(count)
        return count
    }

    /// The underlying file's consumed bytes, less those still buffered here.
    public var fileBytesConsumed: Int64 { source.fileBytesConsumed - Int64(end - start) }
}
