/// Splits a text into paragraphs: non-empty lines (a blank line or a single line break ends a paragraph),
/// as UTF-8 byte ranges with surrounding white space trimmed.
public enum ParagraphSplitter {
    public static func ranges(_ text: String) -> [Range<Int>] {
        var result: [Range<Int>] = []
        let bytes = Array(text.utf8)
        var start = 0
        func flush(_ end: Int) {
            var lower = start, upper = end
            while lower < upper, isSpace(bytes[lower]) { lower += 1 }
            while upper > lower, isSpace(bytes[upper - 1]) { upper -= 1 }
            if upper > lower { result.append(lower..<upper) }
        }
        for index in 0..<bytes.count where bytes[index] == 10 || bytes[index] == 13 {
            flush(index)
            start = index + 1
        }
        flush(bytes.count)
        return result
    }

    @inline(__always) static func isSpace(_ byte: UInt8) -> Bool { byte == 32 || byte == 9 || byte == 10 || byte == 13 }
}
