/// Splits a UTF-8 text into ``TextToken``s by scanning bytes.
enum TextTokenizer {
    static func tokens(of bytes: UnsafeBufferPointer<UInt8>) -> [TextToken] {
        var tokens: [TextToken] = []
        tokens.reserveCapacity(bytes.count / 4)
        var i = 0
        let n = bytes.count
        var space = false
        var newline = false
        @inline(__always) func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 97 && (b | 0x20) <= 122 }
        @inline(__always) func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }
        while i < n {
            let b = bytes[i]
            if b == 32 || b == 9 || b == 10 || b == 13 || b == 12 {
                space = true
                if b == 10 { newline = true }
                i += 1
                continue
            }
            if b == 0xC2 && i + 1 < n && bytes[i + 1] == 0xA0 {  // no-break space
                space = true
                i += 2
                continue
            }
            let start = i
            if isLetter(b) {
                var j = i + 1
                while j < n && isLetter(bytes[j]) { j += 1 }
                var lower = [UInt8]()
                lower.reserveCapacity(j - i)
                var upper = false
                for k in i..<j {
                    if bytes[k] < 97 { upper = true }
                    lower.append(bytes[k] | 0x20)
                }
                tokens.append(TextToken(kind: .word, start: start, end: j, lower: String(decoding: lower, as: UTF8.self),
                                        spaceBefore: space, newlineBefore: newline, capitalized: b < 97, hasUppercase: upper,
                                        number: 0, integerDigits: 0, hasSeparator: false))
                i = j
            } else if isDigit(b) || (b == 46 && i + 1 < n && isDigit(bytes[i + 1]) && (i == 0 || space)) {
                var j = b == 46 ? i + 1 : i
                if b == 46 {
                    // ".08": a decimal without its leading zero
                    var value = 0.0
                    var scale = 0.1
                    var text: [UInt8] = [48, 46]
                    while j < n && isDigit(bytes[j]) {
                        value += Double(bytes[j] - 48) * scale
                        scale /= 10
                        text.append(bytes[j])
                        j += 1
                    }
                    tokens.append(TextToken(kind: .number, start: start, end: j, lower: String(decoding: text, as: UTF8.self),
                                            spaceBefore: space, newlineBefore: newline, capitalized: false,
                                            number: value, integerDigits: 1, hasSeparator: true))
                    i = j
                    space = false
                    newline = false
                    continue
                }
                var integer: Double = 0
                var digits = 0
                var separator = false
                var text = [UInt8]()
                while j < n {
                    let c = bytes[j]
                    if isDigit(c) {
                        integer = integer * 10 + Double(c - 48)
                        digits += 1
                        text.append(c)
                        j += 1
                    } else if c == 44, j + 3 < n, isDigit(bytes[j + 1]), isDigit(bytes[j + 2]), isDigit(bytes[j + 3]),
                              j + 4 >= n || !isDigit(bytes[j + 4]) {
                        separator = true
                        j += 1
                    } else if c == 32, !separator, digits <= 3, j + 4 < n, bytes[j + 1] == 44, isDigit(bytes[j + 2]),
                              isDigit(bytes[j + 3]), isDigit(bytes[j + 4]), j + 5 >= n || !isDigit(bytes[j + 5]) {
                        // "50 ,000": a stray space before the thousands separator (scraping debris) is one number
                        separator = true
                        j += 2
                    } else {
                        break
                    }
                }
                var value = integer
                if j + 1 < n && bytes[j] == 46 && isDigit(bytes[j + 1]) {
                    separator = true
                    text.append(46)
                    var scale = 0.1
                    j += 1
                    while j < n && isDigit(bytes[j]) {
                        value += Double(bytes[j] - 48) * scale
                        scale /= 10
                        text.append(bytes[j])
                        j += 1
                    }
                }
                tokens.append(TextToken(kind: .number, start: start, end: j, lower: String(decoding: text, as: UTF8.self),
                                        spaceBefore: space, newlineBefore: newline, capitalized: false,
                                        number: value, integerDigits: digits, hasSeparator: separator))
                i = j
            } else {
                var j = i + 1
                if b >= 0xC0 { while j < n && bytes[j] & 0xC0 == 0x80 { j += 1 } }
                var lower: String
                if b == 0xE2 && j - i == 3 && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0x99 || bytes[i + 2] == 0x98) {
                    lower = "'"  // curly apostrophes read as ASCII
                } else if b == 0xE2 && j - i == 3 && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0x93 || bytes[i + 2] == 0x94) {
                    lower = "-"  // en and em dashes read as hyphens
                } else {
                    lower = String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<j]), as: UTF8.self)
                }
                tokens.append(TextToken(kind: .punct, start: start, end: j, lower: lower, spaceBefore: space,
                                        newlineBefore: newline, capitalized: false, number: 0, integerDigits: 0,
                                        hasSeparator: false))
                i = j
            }
            space = false
            newline = false
        }
        return tokens
    }

    static func tokens(of text: String) -> [TextToken] {
        var copy = text
        return copy.withUTF8 { tokens(of: $0) }
    }
}
