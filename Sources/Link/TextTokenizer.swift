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
        var index = lower
        while index < upper {
            let byte = bytes[index]
            if !TextTokenizer.isWordByte(byte) { index += 1; continue }
            let start = index
            var end = index
            var digitsOnly = true
            while end < upper {
                let b = bytes[end]
                if TextTokenizer.isWordByte(b) {
                    if b < 48 || b > 57 { digitsOnly = false }
                    end += 1
                } else if (b == 39 || b == 46 || b == 44) && end + 1 < upper && TextTokenizer.isWordByte(bytes[end + 1])
                            && (b == 39 || (digitsOnly && bytes[end + 1] >= 48 && bytes[end + 1] <= 57)) {
                    end += 1  // apostrophe inside a word, or a separator inside a number ("13,000", "2.5")
                } else if b == 0xE2 && end + 3 < upper && bytes[end + 1] == 0x80 && bytes[end + 2] == 0x99
                            && TextTokenizer.isWordByte(bytes[end + 3]) && bytes[end + 3] < 0x80 {
                    end += 3  // right single quotation mark used as an apostrophe
                } else {
                    break
                }
            }
            // Hash the folded form: lower-cased, without apostrophes/separators, plural "s" dropped.
            var hashEnd = end
            if !digitsOnly && end - start > 2 && TextTokenizer.lower(bytes[end - 1]) == 115 {
                let previous = bytes[end - 2]
                if previous == 39 {
                    hashEnd = end - 2  // possessive 's
                } else if previous == 0x99 && end - start > 4 && bytes[end - 3] == 0x80 && bytes[end - 4] == 0xE2 {
                    hashEnd = end - 4  // possessive ’s
                } else if foldPlurals && end - start > 3 && TextTokenizer.lower(previous) != 115 {
                    hashEnd = end - 1  // plural s
                }
            }
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            var length = 0
            var position = start
            while position < hashEnd {
                var b = bytes[position]
                if b == 0xE2 && position + 2 < hashEnd && bytes[position + 1] == 0x80 && bytes[position + 2] == 0x99 {
                    position += 3
                    continue
                }
                position += 1
                if b == 39 || b == 44 || (b == 46 && digitsOnly) { continue }
                b = TextTokenizer.lower(b)
                hash = (hash ^ UInt64(b)) &* 0x0000_0100_0000_01B3
                length += 1
            }
            let stop = markStopWords && length <= StopWords.maxLength && StopWords.contains(hash: hash)
            result.append(Token(start: start, end: end, hash: hash, isStopWord: stop, isNumber: digitsOnly))
            index = end
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
