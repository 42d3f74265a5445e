/// Byte-level checks on input content: binary data and UTF-8 validity.
public enum TextChecks {
    /// True when the bytes look like binary data (or UTF-16 without a byte-order mark): more than 1 % NUL bytes, any
    /// NUL among bytes that are not UTF-8, or more than 10 % control characters other than tab, newline, carriage
    /// return, form feed and escape. A few stray NULs in UTF-8 text (a scraper's or database's artefact) do not make it
    /// binary; ``withoutNULs(_:)`` drops them.
    public static func isBinary(_ bytes: ArraySlice<UInt8>) -> Bool {
        var controls = 0
        var nuls = 0
        for byte in bytes {
            if byte == 0 { nuls += 1; controls += 1; continue }
            if byte < 32 && byte != 9 && byte != 10 && byte != 13 && byte != 12 && byte != 27 { controls += 1 }
        }
        guard bytes.count > 0 else { return false }
        if nuls * 100 > bytes.count || controls * 10 > bytes.count { return true }
        guard nuls > 0 else { return false }
        // A sequence cut at the end of the sniffed prefix is not evidence: look at all but the last 3 bytes.
        let invalid = firstInvalidUTF8(Array(bytes))
        return invalid.map { $0 < bytes.count - 3 } ?? false
    }

    /// The bytes with any NUL removed (no text holds one; a stray one would cut C strings and parsers short).
    public static func withoutNULs(_ bytes: [UInt8]) -> [UInt8] {
        bytes.contains(0) ? bytes.filter { $0 != 0 } : bytes
    }

    /// The offset of the first byte that is not valid UTF-8, or nil when all of it is valid.
    public static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 { index += 1; continue }
            let length: Int
            var minimum: UInt32
            var scalar: UInt32
            switch lead {
            case 0xC2...0xDF: length = 2; minimum = 0x80; scalar = UInt32(lead & 0x1F)
            case 0xE0...0xEF: length = 3; minimum = 0x800; scalar = UInt32(lead & 0x0F)
            case 0xF0...0xF4: length = 4; minimum = 0x10000; scalar = UInt32(lead & 0x07)
            default: return index
            }
            guard index + length <= count else { return index }
            for next in 1..<length {
                let byte = bytes[index + next]
                guard byte & 0xC0 == 0x80 else { return index }
                scalar = scalar << 6 | UInt32(byte & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return index }
            index += length
        }
        return nil
    }
}
