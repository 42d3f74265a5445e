/// Word counts that give exactly what the Character-level `split(...).count` gives, on bytes when the text is
/// ASCII (where every Character is one byte, and "\r\n" is whitespace either way), with an optional early stop.
enum WordCounter {
    /// Runs of Characters other than " " (`split(separator: " ").count`); counting stops at `limit`.
    static func spaceSeparated(_ string: String, limit: Int = .max) -> Int {
        count(string, limit: limit, isSeparatorByte: { $0 == 32 }, isSeparator: { $0 == " " })
    }

    /// Runs of non-whitespace Characters (`split(whereSeparator: { $0.isWhitespace }).count`); counting stops at
    /// `limit`.
    static func whitespaceSeparated(_ string: String, limit: Int = .max) -> Int {
        count(string, limit: limit, isSeparatorByte: { $0 == 32 || ($0 >= 9 && $0 <= 13) }, isSeparator: { $0.isWhitespace })
    }

    @inline(__always)
    private static func count(_ string: String, limit: Int, isSeparatorByte: (UInt8) -> Bool,
                              isSeparator: (Character) -> Bool) -> Int {
        var string = string
        let ascii: Int? = string.withUTF8 { bytes in
            runs(of: bytes, limit: limit, isSeparator: isSeparatorByte, isUnhandled: { $0 >= 0x80 })
        }
        return ascii ?? runs(of: string, limit: limit, isSeparator: isSeparator, isUnhandled: { _ in false })!
    }

    /// Runs of elements that are not separators, counting stopped at `limit`; nil as soon as an element is one this
    /// pass cannot judge (a non-ASCII byte on the byte pass).
    @inline(__always)
    private static func runs<Elements: Sequence>(of elements: Elements, limit: Int, isSeparator: (Elements.Element) -> Bool,
                                                 isUnhandled: (Elements.Element) -> Bool) -> Int? {
        var count = 0
        var inWord = false
        for element in elements {
            if isUnhandled(element) { return nil }
            if isSeparator(element) {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
                if count >= limit { return count }
            }
        }
        return count
    }

    /// `String(string.prefix(count))`, on bytes when the first `count` bytes and the one after are ASCII, with no
    /// carriage return (then the first `count` bytes are exactly the first `count` Characters).
    static func prefix(_ string: String, _ count: Int) -> String {
        var string = string
        let fast: String?? = string.withUTF8 { bytes in
            if bytes.count <= count { return .some(nil) }
            for byte in bytes[0...count] where byte >= 0x80 || byte == 13 { return nil }
            return String(decoding: bytes[0..<count], as: UTF8.self)
        }
        switch fast {
        case .some(.some(let prefix)): return prefix
        case .some(.none): return string
        case .none: return String(string.prefix(count))
        }
    }
}
