/// Cuts a page's text down to the stretches that can hold a written date, so the date parser (which tokenizes
/// Unicode scalars) reads a few hundred bytes instead of tens of kilobytes. Every date form `DateStringParser`
/// reads has a four-digit year, an eight-digit `20211214`, or a dotted two-digit year (`8.5.12`); a window keeps
/// `before` bytes ahead of such a number (the day, month name and the label written before the date) and `after`
/// bytes behind it (`2023 Jan 7`, `/2023/october/03/`). Overlapping windows merge; windows are joined by a line
/// break; none starts inside a number or a multi-byte character.
enum DateTextWindows {
    /// Bytes kept before a year-like number: the longest date prefix ("14 de diciembre de ", ~30 bytes) plus the
    /// 48 characters the labels are read from, in 3-byte scripts.
    static let before = 200
    /// Bytes kept after it.
    static let after = 40

    @inline(__always)
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }

    /// The windows of `text` that can hold a date, joined (the text itself when it is short or all windows).
    static func windows(_ text: [UInt8]) -> [UInt8] {
        let count = text.count
        guard count > before + after else { return text }
        var ranges: [Range<Int>] = []
        text.withUnsafeBufferPointer { bytes in
            var index = 0
            while index < count {
                guard isDigit(bytes[index]) else { index += 1; continue }
                let start = index
                while index < count && isDigit(bytes[index]) { index += 1 }
                let length = index - start
                let yearLike = (length == 4 || length == 8) && (bytes[start] == 49 || bytes[start] == 50)
                // d.m.yy / dd.mm.yy: one or two digits, a dot, one or two digits, a dot, two digits.
                var dotted = false
                if length <= 2, index < count, bytes[index] == 46 {
                    var cursor = index + 1
                    while cursor < count, cursor <= index + 2, isDigit(bytes[cursor]) { cursor += 1 }
                    dotted = cursor > index + 1 && cursor + 2 < count && bytes[cursor] == 46
                        && isDigit(bytes[cursor + 1]) && isDigit(bytes[cursor + 2])
                }
                guard yearLike || dotted else { continue }
                let lower = max(0, start - before), upper = min(count, index + after)
                if let last = ranges.last, lower <= last.upperBound {
                    ranges[ranges.count - 1] = last.lowerBound..<max(last.upperBound, upper)
                } else {
                    ranges.append(lower..<upper)
                }
            }
        }
        guard !ranges.isEmpty else { return [] }
        if ranges.count == 1 && ranges[0] == 0..<count { return text }
        var result: [UInt8] = []
        result.reserveCapacity(ranges.reduce(0) { $0 + $1.count + 1 })
        for range in ranges {
            var lower = range.lowerBound
            // Never start inside a multi-byte character or a number.
            while lower > 0 && lower < range.upperBound
                    && (text[lower] & 0xC0 == 0x80 || (isDigit(text[lower]) && isDigit(text[lower - 1]))) {
                lower += 1
            }
            if !result.isEmpty { result.append(10) }
            result.append(contentsOf: text[lower..<range.upperBound])
        }
        return result
    }
}
