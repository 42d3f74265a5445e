import Foundation

/// The JSON encoding every story command uses: pretty-printed, sorted keys, slashes unescaped, and the line and
/// paragraph separators (U+2028, U+2029) escaped, which JSON allows raw but which end a line for JavaScript and for
/// line-based readers.
public enum JSONOutput {
    public static func encode<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = escapingLineSeparators(try encoder.encode(value))
        data.append(UInt8(ascii: "\n"))
        return data
    }

    /// Encoded JSON with every U+2028 and U+2029 written as `\u2028` / `\u2029` (both can only occur inside strings,
    /// so the escape is always valid). Returns the data unchanged when there is none.
    public static func escapingLineSeparators(_ data: Data) -> Data {
        // UTF-8 of U+2028 / U+2029: E2 80 A8 / E2 80 A9.
        let first: Int? = data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var index = 0
            while index + 2 < bytes.count {
                if bytes[index] == 0xE2, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 {
                    return index
                }
                index += 1
            }
            return nil
        }
        guard var index = first else { return data }
        let bytes = [UInt8](data)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 16)
        output.append(contentsOf: bytes[..<index])
        while index < bytes.count {
            if index + 2 < bytes.count, bytes[index] == 0xE2, bytes[index + 1] == 0x80,
               bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 {
                output.append(contentsOf: Array((bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8))
                index += 3
            } else {
                output.append(bytes[index])
                index += 1
            }
        }
        return Data(output)
    }
}
