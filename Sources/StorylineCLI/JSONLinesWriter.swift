import Foundation
import Story

/// Writes one JSON object per line to standard output or to a file, buffered; U+2028 and U+2029 inside strings are
/// escaped (`JSONOutput.escapingLineSeparators`), so that a reader splitting at every line break reads one object
/// per line.
final class JSONLinesWriter {
    private let encoder: JSONEncoder
    private var buffer = Data()
    private let handle: FileHandle
    private var closed = false

    /// `path` nil writes to standard output; otherwise the file is created (or truncated).
    init(path: String? = nil) throws {
        encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        if let path {
            guard FileManager.default.createFile(atPath: path, contents: nil) else {
                throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
            }
            handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        } else {
            handle = FileHandle.standardOutput
        }
    }

    func write<T: Encodable>(_ value: T) throws {
        buffer.append(JSONOutput.escapingLineSeparators(try encoder.encode(value)))
        buffer.append(UInt8(ascii: "\n"))
        if buffer.count > 1 << 20 { flush() }
    }

    func flush() {
        guard !closed, !buffer.isEmpty else { return }
        handle.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes what is buffered and closes a file (standard output stays open).
    func close() throws {
        flush()
        closed = true
        if handle !== FileHandle.standardOutput { try handle.close() }
    }

    deinit { flush() }
}
