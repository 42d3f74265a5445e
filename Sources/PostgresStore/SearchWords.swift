import Foundation

/// The words full-text search sees in a text, the way SQLite's FTS5 `unicode61 remove_diacritics 2` tokenizer sees
/// them: runs of letters, digits and marks, lower-cased, without diacritics; everything else separates words.
///
/// The PostgreSQL store hands PostgreSQL this form (words separated by spaces) instead of the raw text, so that its
/// parser cannot find tokens FTS5 does not (URLs, e-mail addresses, host names, hyphenated compounds, signed and
/// decimal numbers), and lower-casing does not depend on the database's locale. Both stores then stem the same words.
enum SearchWords {
    /// `text` as words separated by spaces (a word never contains a space, so positions and phrases line up).
    static func normalized(_ text: String) -> String {
        var bytes = [UInt8]()
        bytes.reserveCapacity(text.utf8.count)
        var nonASCII = false
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): bytes.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): bytes.append(byte + 32)
            case 0x80...: bytes.append(byte); nonASCII = true
            default: bytes.append(UInt8(ascii: " "))
            }
        }
        let ascii = String(decoding: bytes, as: UTF8.self)
        guard nonASCII else { return ascii }
        var scalars = String.UnicodeScalarView()
        for scalar in ascii.unicodeScalars {
            scalars.append(scalar.isASCII || isWordPart(scalar) ? scalar : " ")
        }
        return String(scalars).lowercased().folding(options: .diacriticInsensitive, locale: nil)
    }

    /// The words of `text`, each normalised.
    static func words(_ text: String) -> [String] {
        normalized(text).split(separator: " ").map(String.init)
    }

    /// Letters, numbers, marks (diacritics, removed later) and private-use characters: the characters FTS5's
    /// unicode61 tokenizer keeps inside a token.
    private static func isWordPart(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark, .privateUse:
            return true
        default:
            return false
        }
    }
}
