/// Splits news text into word, number, punctuation and quotation-mark tokens by scanning UTF-8 bytes.
///
/// Keeps abbreviations with their period ("Gen.", "Jan.", "U.S."), initials ("J."), hyphenated words and
/// in-word apostrophes ("don't") together, and splits a possessive "'s" off its word.
struct Tokenizer: Sendable {
    static let shared = Tokenizer()

    /// Abbreviations (period included) that do not end a sentence, and those that may.
    let abbreviations: Set<String>
    let finalAbbreviations: Set<String>

    init() {
        var plain = Set<String>(), final = Set<String>()
        for row in WordList.rows("text/abbreviations.txt") {
            guard let word = row.first else { continue }
            if row.count > 1 && row[1] == "final" { final.insert(word) } else { plain.insert(word) }
        }
        abbreviations = plain.union(final)
        finalAbbreviations = final
    }

    func tokenize(_ b: [UInt8]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(b.count / 5)
        let n = b.count
        var i = 0
        var paragraph = 0
        var pendingBreak = false
        var space = true

        func emit(_ start: Int, _ end: Int, _ kind: Token.Kind, _ scalar: UInt32, caps: Bool = false, allCaps: Bool = false) {
            if pendingBreak && !tokens.isEmpty { paragraph += 1 }
            pendingBreak = false
            tokens.append(Token(start: start, end: end, kind: kind, paragraph: paragraph, spaceBefore: space,
                                isCapitalized: caps, isAllCaps: allCaps, scalar: scalar))
            space = false
        }

        while i < n {
            let c = b[i]
            if c == 0x0A || c == 0x0B || c == 0x0C { pendingBreak = true; space = true; i += 1; continue }
            if c == 0x20 || c == 0x09 || c == 0x0D { space = true; i += 1; continue }
            let (scalar, length) = Tokenizer.decode(b, i)
            if c >= 0x80 {
                if Tokenizer.isSpace(scalar) { space = true; i += length; continue }
                if scalar == 0x2028 || scalar == 0x2029 { pendingBreak = true; space = true; i += length; continue }
                if Tokenizer.isQuoteMark(scalar) {
                    if scalar == 0x2019, !space, let last = tokens.last, last.end == i,
                       last.kind == .word || last.kind == .number, i + length < n,
                       b[i + length] == 0x73 || b[i + length] == 0x53,
                       i + length + 1 >= n || !Tokenizer.isWordByte(b, i + length + 1) {
                        emit(i, i + length + 1, .word, 0x27) // possessive "’s"
                        i += length + 1
                        continue
                    }
                    emit(i, i + length, .quoteMark, scalar)
                    i += length
                    continue
                }
                if !Tokenizer.isLetterScalar(scalar) {
                    emit(i, i + length, .punctuation, scalar)
                    i += length
                    continue
                }
            } else if !Tokenizer.isAlnum(c) {
                if c == 0x22 || c == 0x60 { // " and `
                    var end = i + 1
                    if c == 0x60, end < n, b[end] == 0x60 { end += 1 }
                    emit(i, end, .quoteMark, UInt32(0x22))
                    i = end
                    continue
                }
                if c == 0x27 { // '
                    if i + 1 < n, b[i + 1] == 0x27 { emit(i, i + 2, .quoteMark, 0x22); i += 2; continue }
                    if i + 1 < n, b[i + 1] == 0x73 || b[i + 1] == 0x53, !space,
                              i + 2 >= n || !Tokenizer.isWordByte(b, i + 2) {
                        emit(i, i + 2, .word, 0x27)
                        i += 2
                        continue
                    } else {
                        emit(i, i + 1, .quoteMark, 0x27)
                        i += 1
                        continue
                    }
                } else {
                    var end = i + 1
                    if c == 0x2E { while end < n && b[end] == 0x2E { end += 1 } }       // "..."
                    if c == 0x2D { while end < n && b[end] == 0x2D { end += 1 } }       // "--"
                    emit(i, end, .punctuation, UInt32(c))
                    i = end
                    continue
                }
            }
            // A word or number starting at i (or an apostrophe continuing the previous word).
            let start = i
            var j = i
            var letters = 0, upper = 0, digits = 0
            var firstUpper = false
            var first = true
            var segmentLetters = 0
            var dottedSegments = 0
            scan: while j < n {
                let (s, len) = Tokenizer.decode(b, j)
                if s < 0x80 ? Tokenizer.isAlnum(UInt8(s)) : Tokenizer.isLetterScalar(s) {
                    if s >= 0x30 && s <= 0x39 { digits += 1 } else {
                        letters += 1
                        segmentLetters += 1
                        let isUpper = s < 0x80 ? (s >= 0x41 && s <= 0x5A) : (Unicode.Scalar(s)?.properties.isUppercase ?? false)
                        if isUpper { upper += 1; if first { firstUpper = true } }
                    }
                    first = false
                    j += len
                    continue
                }
                // joiners inside a word
                let nextIsWord = j + len < n && Tokenizer.isWordByte(b, j + len)
                switch s {
                case 0x2D where nextIsWord && j > start: // hyphen
                    j += len; segmentLetters = 0
                case 0x26 where nextIsWord && upper > 0 && j > start: // AT&T
                    j += len
                case 0x27, 0x2019:
                    guard nextIsWord, j > start else { break scan }
                    let after = j + len
                    let possessive = (b[after] == 0x73 || b[after] == 0x53) && (after + 1 >= n || !Tokenizer.isWordByte(b, after + 1))
                    if possessive { break scan }
                    j += len
                case 0x2E: // period: initials chain "U.S.", "e.g."
                    if segmentLetters == 1, nextIsWord, j + len + 1 <= n,
                       j + len + 1 == n || !Tokenizer.isAlnum(b[j + len + 1]) || b[j + len + 1] == 0x2E {
                        j += len; segmentLetters = 0; dottedSegments += 1
                    } else if digits > 0, letters == 0, j + 1 < n, b[j + 1] >= 0x30, b[j + 1] <= 0x39 {
                        j += len
                    } else { break scan }
                case 0x2C where digits > 0 && letters == 0: // 1,000
                    if j + 3 < n, (0...2).allSatisfy({ b[j + 1 + $0] >= 0x30 && b[j + 1 + $0] <= 0x39 }) { j += len } else { break scan }
                default:
                    break scan
                }
            }
            // trailing period of an abbreviation or initial
            if j < n, b[j] == 0x2E {
                if dottedSegments > 0 && segmentLetters <= 1 {
                    j += 1
                } else if letters == 1 && upper == 1 && digits == 0 {
                    j += 1
                } else if j - start <= 6, abbreviations.contains(String(decoding: b[start...j], as: UTF8.self)) {
                    j += 1
                }
            }
            if j == start { j = start + length } // safety: always advance
            let kind: Token.Kind = letters == 0 && digits > 0 ? .number : .word
            emit(start, j, kind, scalar, caps: firstUpper, allCaps: upper >= 2 && upper == letters)
            i = j
        }
        return tokens
    }

    // MARK: byte classes

    static func isAlnum(_ c: UInt8) -> Bool {
        (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
    }

    static func isWordByte(_ b: [UInt8], _ i: Int) -> Bool {
        let c = b[i]
        if c < 0x80 { return isAlnum(c) }
        return isLetterScalar(decode(b, i).scalar)
    }

    static func decode(_ b: [UInt8], _ i: Int) -> (scalar: UInt32, length: Int) {
        let c = b[i]
        if c < 0x80 { return (UInt32(c), 1) }
        let n = b.count
        if c & 0xE0 == 0xC0, i + 1 < n { return ((UInt32(c & 0x1F) << 6) | UInt32(b[i + 1] & 0x3F), 2) }
        if c & 0xF0 == 0xE0, i + 2 < n {
            return ((UInt32(c & 0x0F) << 12) | (UInt32(b[i + 1] & 0x3F) << 6) | UInt32(b[i + 2] & 0x3F), 3)
        }
        if c & 0xF8 == 0xF0, i + 3 < n {
            return ((UInt32(c & 0x07) << 18) | (UInt32(b[i + 1] & 0x3F) << 12) | (UInt32(b[i + 2] & 0x3F) << 6)
                    | UInt32(b[i + 3] & 0x3F), 4)
        }
        return (0xFFFD, 1)
    }

    static func isSpace(_ s: UInt32) -> Bool {
        s == 0xA0 || (s >= 0x2000 && s <= 0x200B) || s == 0x202F || s == 0x205F || s == 0x3000 || s == 0xFEFF || s == 0x85
    }

    static func isQuoteMark(_ s: UInt32) -> Bool {
        s == 0x201C || s == 0x201D || s == 0x201E || s == 0x201F || s == 0xAB || s == 0xBB
            || s == 0x2018 || s == 0x2019 || s == 0x201A || s == 0x2039 || s == 0x203A
    }

    static func isLetterScalar(_ s: UInt32) -> Bool {
        if s < 0x80 { return isAlnum(UInt8(s)) }
        guard let scalar = Unicode.Scalar(s) else { return false }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
}
