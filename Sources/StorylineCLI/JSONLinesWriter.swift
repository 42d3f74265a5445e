import Foundation

/// Writes one JSON object per line to standard output, buffered.
final class JSONLinesWriter {
    private let encoder: JSONEncoder
    private var buffer = Data()

    init() {
        encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    }

    func write<T: Encodable>(_ value: T) throws {
        buffer.append(try encoder.encode(value))
        buffer.append(UInt8(ascii: "\n"))
        if buffer.count > 1 << 20 { flush() }
    }

    func flush() {
        FileHandle.standardOutput.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    deinit { flush() }
}
