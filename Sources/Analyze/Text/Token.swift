/// One token of a text: a word, number, punctuation mark or quotation mark, as UTF-8 byte offsets.
struct Token: Sendable {
    enum Kind: UInt8, Sendable {
        case word, number, punctuation, quoteMark
    }

    var start: Int
    var end: Int
    var kind: Kind
    /// Index of the line (paragraph) the token is on; lines are separated by line breaks.
    var paragraph: Int
    /// The token is preceded by whitespace (or starts the text).
    var spaceBefore: Bool
    /// First letter is uppercase.
    var isCapitalized: Bool
    /// Every letter is uppercase and there are at least two letters ("NATO", "U.S.").
    var isAllCaps: Bool
    /// The first byte, for quick punctuation checks (for a multi-byte mark, its first code point's scalar value).
    var scalar: UInt32
}
