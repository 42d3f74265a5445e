/// Splits text into lower-cased word tokens by scanning UTF-8 bytes, and hashes each token.
///
/// A word is a run of ASCII letters and digits or non-ASCII bytes (apostrophes inside a word and separators
/// inside a number belong to it). The hash is of the folded form: lower-cased, a possessive "'s" dropped
/// ("Putin's" hashes like "putin"), apostrophes and number separators left out, and a light plural fold that
/// drops a final "s" from words of more than three letters (not "ss"), so "troops" and "troop" share a term.
/// Hashes are 64-bit FNV-1a.
public struct TextTokenizer: Sendable {
    /// One word: its byte span in the text and the hash of its folded form.
    public struct Token: Hashable, Sendable {
        public var start: Int
        public var end: Int
        public var hash: UInt64
        /// True when the folded word is in ``StopWords``.
        public var isStopWord: Bool
        /// True when the word is only digits (and separators inside a number).
        public var isNumber: Bool
    }

    public var foldPlurals: Bool
    /// Look tokens up in ``StopWords`` (not needed for shingling).
    public var markStopWords: Bool

    public init(foldPlurals: Bool = true, markStopWords: Bool = true) {
        self.foldPlurals = foldPlurals
        self.markStopWords = markStopWords
    }

    /// Tokens of a whole text.
    public func tokens(_ text: String) -> [Token] {
        var text = text
        return text.withUTF8 { bytes in
            var result: [Token] = []
            result.reserveCapacity(bytes.count / 5)
            scan(bytes, from: 0, to: bytes.count, into: &result)
            return result
        }
    }

    /// Tokens of a byte range of a UTF-8 buffer (offsets stay relative to the buffer).
    public func scan(_ bytes: UnsafeBufferPointer<UInt8>, from lower: Int, to upper: Int, into result: inout [Token]) {
        forEachToken(bytes, from: lower, to: upper) { result.append($0) }
    }

    /// Calls `body` with each token of a byte range, in one pass over the bytes (hashing as it scans).
    @inline(__always)
    public func forEachToken(_ bytes: UnsafeBufferPointer<UInt8>, from lower: Int, to upper: Int, _ body: (Token) -> Void) {
        TextTokenizer.byteTable.withUnsafeBufferPointer { table in
            scan(bytes, from: lower, to: upper, table: table, body)
        }
    }

    /// `byteTable[b]`: 0 for a separator, else the lower-cased byte (letters, digits, non-ASCII bytes but 0xE2).
    static let byteTable: [UInt8] = (0...255).map { value in
        let byte = UInt8(value)
        return isWordByte(byte) ? lower(byte) : 0
    }

    @inline(__always)
    private func scan(_ bytes: UnsafeBufferPointer<UInt8>, from lower: Int, to upper: Int,
                      table: UnsafeBufferPointer<UInt8>, _ body: (Token) -> Void) {
        let offset: UInt64 = 0xcbf2_9ce4_8422_2325, prime: UInt64 = 0x0000_0100_0000_01B3
        var index = lower
        while index < upper {
            let lead = bytes[index]
            if table[Int(lead)] == 0 { index &+= lead == 0xE2 ? 3 : 1; continue }  // E2 xx xx: punctuation, symbols
            if lead == 0xC2 && index &+ 1 < upper && bytes[index &+ 1] >= 0xA0 { index &+= 2; continue }  // « » NBSP …
            let start = index
            var hash = offset, beforeLast = offset, atConnector = offset
            var length = 0
            var digitsOnly = true
            var last: UInt8 = 0, secondLast: UInt8 = 0
            while index < upper {
                let b = bytes[index]
                let folded = table[Int(b)]
                if folded != 0 && !(b == 0xC2 && index &+ 1 < upper && bytes[index &+ 1] >= 0xA0) {
                    if b &- 48 > 9 { digitsOnly = false }
                    beforeLast = hash
                    hash = (hash ^ UInt64(folded)) &* prime
                    length &+= 1
                    secondLast = last
                    last = b
                    index &+= 1
                } else if index &+ 1 < upper && (b == 39 || ((b == 46 || b == 44) && digitsOnly))
                            && table[Int(bytes[index &+ 1])] != 0
                            && (b == 39 || bytes[index &+ 1] &- 48 <= 9) {
                    // An apostrophe inside a word, or a separator inside a number ("13,000", "2.5"): not hashed.
                    atConnector = hash
                    secondLast = last
                    last = b
                    index &+= 1
                } else if b == 0xE2 && index &+ 3 < upper && bytes[index &+ 1] == 0x80 && bytes[index &+ 2] == 0x99
                            && table[Int(bytes[index &+ 3])] != 0 && bytes[index &+ 3] < 0x80 {
                    atConnector = hash  // ’ used as an apostrophe
                    secondLast = last
                    last = 0x99
                    index &+= 3
                } else {
                    break
                }
            }
            let end = index
            if !digitsOnly && end &- start > 2 && (last == 115 || last == 83) {
                if secondLast == 39 || (secondLast == 0x99 && end &- start > 4) {
                    hash = atConnector  // possessive 's / ’s
                    length &-= 1
                } else if foldPlurals && end &- start > 3 && secondLast != 115 && secondLast != 83 {
                    hash = beforeLast  // plural s
                    length &-= 1
                }
            }
            let stop = markStopWords && length <= StopWords.maxLength && StopWords.contains(hash: hash)
            body(Token(start: start, end: end, hash: hash, isStopWord: stop, isNumber: digitsOnly))
        }
    }

    @inline(__always) static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 97 && byte <= 122) || (byte >= 65 && byte <= 90) || (byte >= 48 && byte <= 57) || byte >= 0x80
            && byte != 0xE2  // keep typographic punctuation (E2 80 xx) out of words
    }

    @inline(__always) static func lower(_ byte: UInt8) -> UInt8 {
        byte >= 65 && byte <= 90 ? byte + 32 : byte
    }

    /// The FNV-1a hash ``TextTokenizer`` gives a single already-folded lower-case word.
    public static func hash(ofFoldedWord word: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in word.utf8 { hash = (hash ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return hash
    }
}
