import Model

/// One word, number or clause break of a sentence, as ``ClaimFrameReader`` reads it.
struct ClaimWord: Sendable {
    enum Kind: Sendable { case word, number, clauseBreak }
    var kind: Kind
    /// The text as written.
    var text: String
    var lower: String
    /// UTF-8 byte offsets in the document.
    var start: Int
    var end: Int

    var isCapitalised: Bool { text.utf8.first.map { $0 >= 65 && $0 <= 90 } ?? false }

    /// Whether the word ends in a possessive 's ("Cairo's", "Cairo’s").
    var isPossessive: Bool { text.hasSuffix("'s") || text.hasSuffix("\u{2019}s") }

    /// The word without its possessive 's ("Wednesday's" → Wednesday).
    var bare: String {
        if text.hasSuffix("'s") { return String(text.dropLast(2)) }
        if text.hasSuffix("\u{2019}s") { return String(text.dropLast(2)) }
        return text
    }

    /// The words of `span` in `text`: runs of letters (and inner hyphens, apostrophes, non-ASCII bytes), runs of digits
    /// (with inner commas and points), and the clause breaks , ; : ( ) . ! ? and dashes.
    static func words(of text: String, in span: Span) -> [ClaimWord] {
        let bytes = Array(text.utf8)
        let end = min(span.end, bytes.count)
        var result: [ClaimWord] = []
        var index = max(0, span.start)
        func isLetter(_ byte: UInt8) -> Bool { (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) || byte >= 128 }
        func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
        func make(_ kind: Kind, _ from: Int, _ to: Int) -> ClaimWord {
            let written = String(decoding: bytes[from..<to], as: UTF8.self)
            return ClaimWord(kind: kind, text: written, lower: written.lowercased(), start: from, end: to)
        }
        while index < end {
            let byte = bytes[index]
            if isLetter(byte) {
                var stop = index + 1
                while stop < end, isLetter(bytes[stop])
                        || ((bytes[stop] == 45 || bytes[stop] == 39) && stop + 1 < end && isLetter(bytes[stop + 1])) {
                    stop += 1
                }
                result.append(make(.word, index, stop))
                index = stop
            } else if isDigit(byte) {
                var stop = index + 1
                while stop < end, isDigit(bytes[stop])
                        || ((bytes[stop] == 44 || bytes[stop] == 46) && stop + 1 < end && isDigit(bytes[stop + 1])) {
                    stop += 1
                }
                result.append(make(.number, index, stop))
                index = stop
            } else {
                if [44, 59, 58, 40, 41, 46, 33, 63].contains(byte) || (byte == 45 && index + 1 < end && bytes[index + 1] == 45) {
                    result.append(make(.clauseBreak, index, index + 1))
                } else if byte == 0xE2, index + 2 < end, bytes[index + 1] == 0x80, bytes[index + 2] == 0x94 || bytes[index + 2] == 0x93 {
                    result.append(make(.clauseBreak, index, index + 3))
                    index += 3
                    continue
                }
                index += 1
            }
        }
        return result
    }
}
