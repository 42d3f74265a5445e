import Foundation

/// Brings extracted text to one form: soft hyphens (U+00AD, invisible break hints in the page) removed and the text
/// in composed Unicode (NFC), so that "é" typed as e + combining accent and as one character read, search and match
/// the same. ASCII text is returned as it is without a copy.
enum TextNormalizer {
    static func normalize(_ text: String) -> String {
        var plain = true
        var softHyphen = false
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte >= 0x80 { plain = false }
            if previous == 0xC2 && byte == 0xAD { softHyphen = true; break }
            previous = byte
        }
        if plain { return text }
        var result = text
        if softHyphen { result.unicodeScalars.removeAll { $0.value == 0xAD } }
        return result.precomposedStringWithCanonicalMapping
    }
}
