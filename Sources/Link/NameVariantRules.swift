import Foundation

/// The word lists that tell spellings of one name from other names, loaded once from
/// `Resources/actors/name-variants.json`: name particles, honorifics and titles, word-start transliteration
/// classes ("Abdel" / "Abdul"), letter-group spelling replacements ("kh" → "k", "q" → "k"), given-name nicknames,
/// the small words an acronym may skip, and the determiners and lesser-office words of descriptions.
struct NameVariantRules: Sendable {
    static let shared = NameVariantRules.load()

    var particles: Set<String> = []
    var honorifics: Set<String> = []
    /// Trailing words of a company's legal form ("co", "plc"), dropped from a name when another word is left.
    var legalForms: Set<String> = []
    /// Words that put a place right before its name ("in", "near").
    var locatives: Set<String> = []
    var titles: Set<String> = []
    /// Word-start variant → the class's first form, longest variants first.
    var prefixClasses: [(variant: String, canonical: String)] = []
    var spellingReplacements: [(from: String, to: String)] = []
    /// Given name → the ids of the nickname groups it belongs to.
    var nicknameGroups: [String: Set<Int>] = [:]
    var acronymSkips: Set<String> = []
    /// Last parts of a hyphenated modifier written in front of a name ("based" of "Houston-based Anadarko").
    var modifierHeads: Set<String> = []
    /// Arabic definite articles a transliteration may leave out at the start of a name ("az" of "Az Zintan").
    var optionalArticles: Set<String> = []
    var descriptionDeterminers: Set<String> = []
    var subordinateOffices: Set<String> = []
    /// Spellings already worked out: a story spells the same few thousand words again and again, and the letter-group
    /// replacements go through Foundation's string search.
    let spellings = SpellingMemo()

    /// A lock-guarded word → spelling table shared by the threads that resolve actors.
    final class SpellingMemo: @unchecked Sendable {
        private let lock = NSLock()
        private var table: [String: String] = [:]

        func value(_ word: String, _ compute: () -> String) -> String {
            lock.lock()
            if let known = table[word] { lock.unlock(); return known }
            lock.unlock()
            let value = compute()
            lock.lock(); table[word] = value; lock.unlock()
            return value
        }
    }

    private struct File: Decodable {
        struct Words: Decodable { var words: [String] }
        struct Classes: Decodable { var classes: [[String]] }
        struct Replacements: Decodable { var replacements: [[String]] }
        struct Groups: Decodable { var groups: [[String]] }
        struct Descriptions: Decodable { var determiners: [String]; var subordinateOffices: [String] }
        var particles: Words
        var honorifics: Words
        var titles: Words
        var legalForms: Words
        var locatives: Words
        var prefixClasses: Classes
        var spelling: Replacements
        var nicknames: Groups
        var acronymSkips: Words
        var modifierHeads: Words
        var optionalArticles: Words
        var descriptions: Descriptions
    }

    static func load() -> NameVariantRules {
        guard let url = Bundle.module.url(forResource: "name-variants", withExtension: "json", subdirectory: "Resources/actors"),
              let data = try? Data(contentsOf: url) else { fatalError("Link: Resources/actors/name-variants.json is missing") }
        let file: File
        do { file = try JSONDecoder().decode(File.self, from: data) } catch {
            fatalError("Link: Resources/actors/name-variants.json does not decode: \(error)")
        }
        var rules = NameVariantRules()
        rules.particles = Set(file.particles.words)
        rules.honorifics = Set(file.honorifics.words)
        rules.titles = Set(file.titles.words)
        rules.legalForms = Set(file.legalForms.words)
        rules.locatives = Set(file.locatives.words)
        for group in file.prefixClasses.classes {
            guard let canonical = group.first else { continue }
            for variant in group where variant != canonical { rules.prefixClasses.append((variant, canonical)) }
        }
        rules.prefixClasses.sort { $0.variant.count > $1.variant.count }
        rules.spellingReplacements = file.spelling.replacements.compactMap { $0.count == 2 ? ($0[0], $0[1]) : nil }
        for (index, group) in file.nicknames.groups.enumerated() {
            for name in group { rules.nicknameGroups[name, default: []].insert(index) }
        }
        rules.acronymSkips = Set(file.acronymSkips.words)
        rules.modifierHeads = Set(file.modifierHeads.words)
        rules.optionalArticles = Set(file.optionalArticles.words)
        guard !rules.particles.isEmpty, !rules.honorifics.isEmpty, !rules.spellingReplacements.isEmpty, !rules.modifierHeads.isEmpty,
              !rules.optionalArticles.isEmpty, !rules.acronymSkips.isEmpty else {
            fatalError("Link: Resources/actors/name-variants.json has an empty word list")
        }
        rules.descriptionDeterminers = Set(file.descriptions.determiners)
        rules.subordinateOffices = Set(file.descriptions.subordinateOffices)
        return rules
    }

    /// One spelling for the transliteration variants of a folded word: "gadhafi", "qaddafi" → "kadafi".
    func spelling(of word: String) -> String {
        spellings.value(word) { uncachedSpelling(of: word) }
    }

    func uncachedSpelling(of word: String) -> String {
        var text = word
        for (variant, canonical) in prefixClasses where text.hasPrefix(variant) {
            text = canonical + text.dropFirst(variant.count)
            break
        }
        for (from, to) in spellingReplacements where text.contains(from) {
            text = text.replacingOccurrences(of: from, with: to)
        }
        return NameVariantRules.collapsed(text)
    }

    /// Whether a spelled word is a word-start class on its own ("abd" of "Abdel Jalil"), bound to the next word.
    func isWordStartClass(_ spelled: String) -> Bool {
        prefixClasses.contains { $0.canonical == spelled }
    }

    /// Doubled letters once, and a final "h" after a vowel dropped ("misratah" → "misrata").
    static func collapsed(_ text: String) -> String {
        var scalars: [Unicode.Scalar] = []
        for scalar in text.unicodeScalars where scalars.last != scalar { scalars.append(scalar) }
        if scalars.count > 3, scalars.last == "h", let before = scalars.dropLast().last, "aeiou".unicodeScalars.contains(before) {
            scalars.removeLast()
        }
        var result = ""
        result.unicodeScalars.append(contentsOf: scalars)
        return result
    }

    /// Whether two folded given names name one person: equal, one starts the other ("ken" / "kenneth"), an
    /// initial of the other, or in one nickname group ("bob" / "robert").
    func givenNamesAgree(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        if short.count == 1 { return long.hasPrefix(short) }
        if short.count >= 2 && long.hasPrefix(short) && short.count * 2 >= long.count - 1 { return true }
        if let groupsA = nicknameGroups[a], let groupsB = nicknameGroups[b], !groupsA.isDisjoint(with: groupsB) { return true }
        return false
    }
}
