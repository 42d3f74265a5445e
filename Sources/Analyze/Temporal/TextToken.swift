/// One token of a text, as the temporal and quantity taggers see it: a run of ASCII letters, a run of digits
/// (with inner thousands separators and one decimal point), or a single other character.
struct TextToken: Sendable {
    enum Kind: UInt8, Sendable { case word, number, punct }

    var kind: Kind
    /// UTF-8 byte offsets into the text.
    var start: Int
    var end: Int
    /// Lower-cased ASCII text for words; the digits (without separators) for numbers; the character otherwise.
    var lower: String
    /// True when whitespace precedes the token.
    var spaceBefore: Bool
    /// True when the whitespace before the token contains a line break.
    var newlineBefore: Bool
    /// True for a word whose first letter is upper case.
    var capitalized: Bool
    /// True for a word with an upper-case letter anywhere ("iPhone", "NATO").
    var hasUppercase: Bool = false
    /// The value of a number token.
    var number: Double
    /// Number of digits before the decimal point, without separators (numbers only).
    var integerDigits: Int
    /// True when the number was written with thousands separators or a decimal point.
    var hasSeparator: Bool
}
