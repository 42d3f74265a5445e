import Foundation

/// Identifies the language of a text (en, es, fr, de, ru, uk, ar, nl, it, pt) from stopword profiles
/// (`Resources/stopwords.json`), after a script check (Arabic, Cyrillic). Returns nil when the evidence is thin.
struct LanguageIdentifier: Sendable {
    private let stopwords: [String: Set<String>]
    /// Letters that tell Ukrainian from Russian.
    private static let ukrainianLetters: Set<Character> = ["і", "ї", "є", "ґ"]
    private static let russianLetters: Set<Character> = ["ы", "э", "ъ", "ё"]

    static let shared = LanguageIdentifier()

    private init() {
        guard let url = ExtractResources.url("stopwords.json"), let data = try? Data(contentsOf: url),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            fatalError("Extract resource stopwords.json is missing or malformed")
        }
        var stopwords: [String: Set<String>] = [:]
        for (key, value) in object {
            if let words = value as? [String] { stopwords[key] = Set(words) }
        }
        self.stopwords = stopwords
    }

    /// Letter runs (scalar-level, fast), at most `limit`.
    static func words(_ text: String, limit: Int) -> [Substring] {
        var result: [Substring] = []
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex && result.count < limit {
            while index < scalars.endIndex, !DateStringParser.isLetter(scalars[index]) { index = scalars.index(after: index) }
            let start = index
            while index < scalars.endIndex, DateStringParser.isLetter(scalars[index]) { index = scalars.index(after: index) }
            if start < index { result.append(text[start..<index]) }
        }
        return result
    }

    func identify(_ text: String, maxWords: Int = 400) -> String? {
        var counts: [String: Int] = [:]
        var words = 0
        var cyrillic = 0, arabic = 0, latin = 0
        var ukrainian = 0, russian = 0
        for word in LanguageIdentifier.words(text.lowercased(), limit: maxWords) {
            words += 1
            if let scalar = word.unicodeScalars.first {
                switch scalar.value {
                case 0x0400...0x04FF: cyrillic += 1
                case 0x0600...0x06FF: arabic += 1
                default: if scalar.isASCII || (0xC0...0x24F).contains(scalar.value) { latin += 1 }
                }
            }
            for character in word {
                if LanguageIdentifier.ukrainianLetters.contains(character) { ukrainian += 1 }
                if LanguageIdentifier.russianLetters.contains(character) { russian += 1 }
            }
            let string = String(word)
            for (language, set) in stopwords where set.contains(string) { counts[language, default: 0] += 1 }
        }
        guard words >= 3 else { return nil }
        if arabic > words / 3 { return "ar" }
        if cyrillic > words / 3 {
            if ukrainian > russian { return "uk" }
            if russian > ukrainian { return "ru" }
            return (counts["uk"] ?? 0) > (counts["ru"] ?? 0) ? "uk" : "ru"
        }
        let latinCandidates = counts.filter { !["ru", "uk", "ar"].contains($0.key) }
        guard let best = latinCandidates.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }),
              best.value >= 2, Double(best.value) / Double(words) > 0.08 else { return nil }
        return best.key
    }
}
