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

    /// `unicodeIdentify` for ASCII text, on bytes (lower-casing and letters are ASCII there; no Cyrillic or Arabic
    /// word can occur). `.none` when the text is not ASCII.
    private func asciiIdentify(_ bytes: UnsafeBufferPointer<UInt8>, maxWords: Int) -> String?? {
        var counts = [Int](repeating: 0, count: languages.count)
        var wordCount = 0
        var index = 0
        var word = [UInt8]()
        while index < bytes.count && wordCount < maxWords {
            while index < bytes.count, (bytes[index] | 0x20) &- 97 >= 26 {
                if bytes[index] >= 0x80 { return .none }
                index += 1
            }
            guard index < bytes.count else { break }
            word.removeAll(keepingCapacity: true)
            while index < bytes.count, (bytes[index] | 0x20) &- 97 < 26 {
                word.append(bytes[index] | 0x20)
                index += 1
            }
            wordCount += 1
            if let positions = asciiStopwordLanguages[String(decoding: word, as: UTF8.self)] {
                for position in positions { counts[position] += 1 }
            }
        }
        // Words are only counted up to the limit; the rest of the text must still be ASCII for this path.
        while index < bytes.count {
            if bytes[index] >= 0x80 { return .none }
            index += 1
        }
        guard wordCount >= 3 else { return .some(nil) }
        return .some(latinChoice(counts, wordCount: wordCount))
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
