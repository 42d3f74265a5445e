#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file (or standard input) with plain `read(2)` calls.
public final class FileByteSource: ByteSource {
    private let descriptor: Int32
    private let ownsDescriptor: Bool
    public private(set) var fileBytesConsumed: Int64 = 0

    /// Opens a file; `-` is standard input.
    public init(path: String) throws {
        if path == "-" {
            descriptor = 0
            ownsDescriptor = false
        } else {
            let fd = open(path, O_RDONLY)
            guard fd >= 0 else { throw IngestError.unreadable(String(cString: strerror(errno))) }
            descriptor = fd
            ownsDescriptor = true
        }
    }

    public func read(into buffer: UnsafeMutableBufferPointer<UInt8>) throws -> Int {
        while true {
            #if canImport(Glibc)
            let count = Glibc.read(descriptor, buffer.baseAddress, buffer.count)
            #else
            let count = Darwin.read(descriptor, buffer.baseAddress, buffer.count)
            #endif
            if count >= 0 {
                fileBytesConsumed += Int64(count)
                return count
            }
            if errno == EINTR { continue }
            throw IngestError.unreadable(String(cString: strerror(errno)))
        }
    }

    deinit {
        if ownsDescriptor { close(descriptor) }
    }
}
