import Foundation
import Analyze

/// The comparable forms of one written actor name: case, accents, punctuation and spacing folded ("U. S." =
/// "U.S" = "US"), a leading "the" and honorifics dropped ("Mr. Hayward" = "Hayward"), a trailing legal form dropped
/// ("Halliburton Co" = "Halliburton"), known variants of places and
/// organisations replaced by their canonical name ("America" = "United States"), and one spelling for
/// transliteration variants ("Gadhafi" = "Qaddafi", "Abdel-Jalil" = "Abdul Jalil").
struct ActorName: Sendable, Hashable {
    /// Folded words, in order, particles kept ("bashar", "al", "assad").
    let words: [String]
    /// The spelling of each word that is not a particle ("bashar", "asad").
    let coreWords: [String]
    /// All words' spelling run together: the key equal names share ("basharalasad").
    let key: String
    /// The written words, for initials ("Gulf", "of", "Mexico").
    let writtenWords: [String]
    /// Written in capitals only ("GOM", "HAYWARD").
    let isUpperCase: Bool

    init(_ writtenName: String, rules: NameVariantRules = .shared, canonical: [String: [String]] = ActorName.canonicalWords) {
        let name = ActorName.withoutLeadingModifier(writtenName, heads: rules.modifierHeads)
        var written = ActorName.split(name)
        if written.first?.lowercased() == "the", written.count > 1 { written.removeFirst() }
        var folded = written.map { ActorName.fold($0) }
        var replaced = false
        if let replacement = canonical[folded.joined()] {
            folded = replacement
            written = replacement
            replaced = true
        }
        while folded.count > 1, rules.honorifics.contains(folded[0]) || folded.count > 2 && rules.titles.contains(folded[0]) {
            folded.removeFirst()
            written.removeFirst()
        }
        while folded.count > 1, let last = folded.last, rules.legalForms.contains(last) {
            folded.removeLast()
            written.removeLast()
        }
        // an Arabic article a transliteration may leave out: "Az Zintan" = "Zintan"
        if folded.count > 1, rules.optionalArticles.contains(folded[0]) {
            folded.removeFirst()
            written.removeFirst()
        }
        // a known short form starting a longer name is written out: "UN Security Council" = "United Nations Security Council"
        var expandedWords = 0
        if !replaced, folded.count > 1, folded[0].count <= 3, let expansion = canonical[folded[0]],
           written[0].unicodeScalars.allSatisfy({ !$0.properties.isLowercase }) {
            folded = expansion + folded.dropFirst()
            written = expansion + written.dropFirst()
            expandedWords = expansion.count - 1
        }
        words = folded
        writtenWords = written
        let letters = name.unicodeScalars.filter { $0.properties.isAlphabetic }
        isUpperCase = !letters.isEmpty && letters.allSatisfy { !$0.properties.isLowercase }
        let spelled = folded.map { rules.spelling(of: $0) }
        key = NameVariantRules.collapsed(spelled.joined())
        // Core words: particles dropped; a hyphenated compound ("Moreno-Ocampo", "Ki-moon") and a word-start class
        // with its next word ("Abdel Jalil") are one word.
        let hyphens = replaced ? [] : Set(ActorName.hyphenated(name, wordCount: ActorName.split(name).count,
                                                                keeping: written.count - expandedWords).map { $0 + expandedWords })
        var core: [String] = []
        var joinNext = false
        for (index, word) in folded.enumerated() {
            if rules.particles.contains(word) { joinNext = false; continue }
            let part = rules.spelling(of: word)
            if (joinNext || hyphens.contains(index)) && !core.isEmpty && !(index > 0 && rules.particles.contains(folded[index - 1])) {
                core[core.count - 1] = NameVariantRules.collapsed(core[core.count - 1] + part)
            } else {
                core.append(part)
            }
            joinNext = index + 1 < folded.count && rules.isWordStartClass(part)
        }
        coreWords = core.isEmpty ? spelled : core
    }

    var isEmpty: Bool { key.isEmpty }

    /// The name without a hyphenated modifier written in front of it ("Houston-based Anadarko" → "Anadarko",
    /// "state-run Nile TV" → "Nile TV"): a first word whose part after its last hyphen is one of `heads`, when words follow.
    static func withoutLeadingModifier(_ name: String, heads: Set<String>) -> String {
        let trimmed = name.drop { $0 == " " }
        guard let space = trimmed.firstIndex(of: " ") else { return name }
        let first = trimmed[..<space]
        guard let hyphen = first.lastIndex(where: { $0 == "-" || $0 == "‐" }) else { return name }
        let head = fold(String(first[first.index(after: hyphen)...]))
        let rest = trimmed[space...].drop { $0 == " " }
        return heads.contains(head) && !rest.isEmpty ? String(rest) : name
    }

    /// The capital initials of a name of two or more words, with and without its small words ("Gulf of Mexico" →
    /// "GM", "GOM"); a word in capitals gives all its letters ("US Geological Survey" → "USGS").
    func initials(skipping small: Set<String>) -> Set<String> {
        guard writtenWords.count >= 2 else { return [] }
        var without = "", with = ""
        for (word, folded) in zip(writtenWords, words) {
            let letters = word.unicodeScalars.filter { $0.properties.isAlphabetic }
            guard let first = letters.first else { continue }
            let part = letters.allSatisfy({ !$0.properties.isLowercase }) && letters.count <= 4
                ? String(letters) : String(first).uppercased()
            with += part.uppercased()
            if !small.contains(folded) { without += part.uppercased() }
        }
        return Set([without, with].filter { $0.count >= 2 })
    }

    /// Words of a name: runs of letters and digits; "." and apostrophes inside a run are dropped ("U.S." → "US").
    static func split(_ name: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in name.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar.properties.generalCategory == .nonspacingMark {
                current.append(scalar)
            } else if scalar == "." || scalar == "'" || scalar == "’" {
                continue
            } else if !current.isEmpty {
                words.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }

    /// The positions (among the last `keeping` of `wordCount` words) of words joined to the one before by a hyphen.
    static func hyphenated(_ name: String, wordCount: Int, keeping: Int) -> Set<Int> {
        var joined: Set<Int> = []
        var index = -1
        var inWord = false
        var hyphenPending = false
        for scalar in name.unicodeScalars {
            let isWordScalar = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                || scalar.properties.generalCategory == .nonspacingMark || scalar == "." || scalar == "'" || scalar == "’"
            if isWordScalar {
                if !inWord {
                    index += 1
                    if hyphenPending { joined.insert(index) }
                }
                inWord = scalar != "." && scalar != "'" && scalar != "’" || inWord
                hyphenPending = false
            } else {
                hyphenPending = inWord && (scalar == "-" || scalar == "‐")
                inWord = false
            }
        }
        let offset = wordCount - keeping
        return Set(joined.map { $0 - offset }.filter { $0 > 0 })
    }

    /// Lower case without accents ("Médecins" → "medecins").
    static func fold(_ word: String) -> String {
        word.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// Run-together folded words of each known variant → the canonical name's words ("us" → ["united", "states"]).
    static let canonicalWords: [String: [String]] = {
        var table: [String: [String]] = [:]
        for (variant, canonical) in EntityVocabulary.canonicalNames {
            let words = split(canonical).map { fold($0) }
            let key = split(variant).map { fold($0) }.joined()
            guard !key.isEmpty, !words.isEmpty else { continue }
            table[key] = words
        }
        return table
    }()
}
