import Foundation

/// Identifies the language of a text (en, es, fr, de, ru, uk, ar, nl, it, pt) from stopword profiles
/// (`Resources/stopwords.json`), after a script check (Arabic, Cyrillic). Returns nil when the evidence is thin.
struct LanguageIdentifier: Sendable {
    /// Language codes, sorted; counts are kept by position in this list.
    private let languages: [String]
    /// For each stopword, the positions (in `languages`) of the languages that list it.
    private let stopwordLanguages: [Substring: [Int]]
    /// The same table keyed by String, for the ASCII path (short ASCII words are stored inline: no allocation).
    private let asciiStopwordLanguages: [String: [Int]]
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
        languages = stopwords.keys.sorted()
        var table: [Substring: [Int]] = [:]
        for (position, language) in languages.enumerated() {
            for word in stopwords[language]! { table[Substring(word), default: []].append(position) }
        }
        stopwordLanguages = table
        asciiStopwordLanguages = Dictionary(uniqueKeysWithValues: table.map { (String($0.key), $0.value) })
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
        var text = text
        if let ascii = text.withUTF8({ asciiIdentify($0, maxWords: maxWords) }) { return ascii }
        return unicodeIdentify(text, maxWords: maxWords)
    }

    /// `unicodeIdentify` for text whose words (the first `maxWords`) are ASCII, on bytes: lower-casing and letters
    /// are ASCII there, and no Cyrillic or Arabic word can occur. Other scalars that are not letters (curly quotes,
    /// dashes, no-break spaces: no case mapping) separate words as they do on the scalar path. `.none` at the first
    /// non-ASCII letter or mark (the scalar path decides then).
    private func asciiIdentify(_ bytes: UnsafeBufferPointer<UInt8>, maxWords: Int) -> String?? {
        var counts = [Int](repeating: 0, count: languages.count)
        var wordCount = 0
        var index = 0
        var word = [UInt8]()
        while index < bytes.count && wordCount < maxWords {
            while index < bytes.count, (bytes[index] | 0x20) &- 97 >= 26 {
                if bytes[index] >= 0x80 {
                    guard let length = LanguageIdentifier.nonLetterScalarLength(bytes, at: index) else { return .none }
                    index += length
                } else {
                    index += 1
                }
            }
            guard index < bytes.count else { break }
            word.removeAll(keepingCapacity: true)
            while index < bytes.count, (bytes[index] | 0x20) &- 97 < 26 {
                word.append(bytes[index] | 0x20)
                index += 1
            }
            // A word going on with a non-ASCII letter or mark: the scalar path.
            if index < bytes.count, bytes[index] >= 0x80, LanguageIdentifier.nonLetterScalarLength(bytes, at: index) == nil {
                return .none
            }
            wordCount += 1
            if let positions = asciiStopwordLanguages[String(decoding: word, as: UTF8.self)] {
                for position in positions { counts[position] += 1 }
            }
        }
        // Lower-casing is per scalar: text after the counted words does not change them.
        guard wordCount >= 3 else { return .some(nil) }
        return .some(latinChoice(counts, wordCount: wordCount))
    }

    /// The byte length of the (well-formed UTF-8) non-ASCII scalar at `index` when it is not a letter or mark for
    /// `DateStringParser.isLetter`; nil when it is one.
    private static func nonLetterScalarLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let lead = bytes[index]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        guard index + length <= bytes.count else { return nil }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        guard let scalar = Unicode.Scalar(value), !DateStringParser.isLetter(scalar) else { return nil }
        return length
    }

    /// The language of any text, on scalars and Characters.
    func unicodeIdentify(_ text: String, maxWords: Int = 400) -> String? {
        var counts = [Int](repeating: 0, count: languages.count)
        var cyrillic = 0, arabic = 0
        let words = LanguageIdentifier.words(text.lowercased(), limit: maxWords)
        for word in words {
            if let scalar = word.unicodeScalars.first {
                switch scalar.value {
                case 0x0400...0x04FF: cyrillic += 1
                case 0x0600...0x06FF: arabic += 1
                default: break
                }
            }
            // One lookup per word gives every language that lists it.
            if let positions = stopwordLanguages[word] { for position in positions { counts[position] += 1 } }
        }
        guard words.count >= 3 else { return nil }
        if arabic > words.count / 3 { return "ar" }
        if cyrillic > words.count / 3 {
            // Character-level letter test (a decomposed "ё" is still "ё"), only for Cyrillic text.
            var ukrainian = 0, russian = 0
            for word in words {
                for character in word {
                    if LanguageIdentifier.ukrainianLetters.contains(character) { ukrainian += 1 }
                    if LanguageIdentifier.russianLetters.contains(character) { russian += 1 }
                }
            }
            if ukrainian > russian { return "uk" }
            if russian > ukrainian { return "ru" }
            return count("uk", counts) > count("ru", counts) ? "uk" : "ru"
        }
        return latinChoice(counts, wordCount: words.count)
    }

    /// The most stopword hits among the Latin-script languages; ties go to the first code alphabetically.
    private func latinChoice(_ counts: [Int], wordCount: Int) -> String? {
        var best: (language: String, hits: Int)?
        for (position, language) in languages.enumerated() where !["ru", "uk", "ar"].contains(language) {
            if best == nil || counts[position] > best!.hits { best = (language, counts[position]) }
        }
        guard let best, best.hits >= 2, Double(best.hits) / Double(wordCount) > 0.08 else { return nil }
        return best.language
    }

    private func count(_ language: String, _ counts: [Int]) -> Int {
        languages.firstIndex(of: language).map { counts[$0] } ?? 0
    }
}
