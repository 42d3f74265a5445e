/// The gender a person cluster shows in its own words: a gendered given name ("Mary Smith"), title ("Mr Owen",
/// "Mrs Pickles") or role noun ("the spokeswoman"). Used to pick a pronoun's antecedent; nil when nothing tells.
struct PersonGender: Sendable {
    static let shared = PersonGender()

    /// Given name -> "m" / "f" (census names held by at least 90 % of one sex, plus international news names).
    let givenNames: [String: Character]
    /// Lowercase title or role word -> "m" / "f".
    let genderWords: [String: Character]

    init() {
        var names: [String: Character] = [:]
        for path in ["entities/given-name-genders.txt", "entities/given-name-genders-extra.txt"] {
            for row in WordList.rows(path) where row.count >= 2 && !row[1].isEmpty { names[row[0]] = row[1].first! }
        }
        givenNames = names
        var words: [String: Character] = [:]
        for row in WordList.rows("quotes/gender-words.txt") where row.count >= 2 && !row[1].isEmpty { words[row[0]] = row[1].first! }
        genderWords = words
    }

    /// "m", "f" or nil for a person known by these names, aliases and roles; conflicting evidence gives nil.
    func gender(name: String, aliases: [String], roles: [String]) -> Character? {
        var found: Set<Character> = []
        for phrase in [name] + aliases + roles {
            let words = phrase.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" })
            for (index, word) in words.enumerated() {
                if let g = genderWords[word.lowercased()] { found.insert(g); continue }
                // a given name opens a name of two words or more ("Mary Smith"; a lone "Owen" may be a surname)
                if index + 1 < words.count, index == 0 || genderWords[words[index - 1].lowercased()] != nil,
                   let g = givenNames[String(word)] { found.insert(g) }
            }
        }
        return found.count == 1 ? found.first : nil
    }

    /// True when a pronoun of gender `pronoun` ("m", "f") can stand for a person of gender `person` (nil: unknown).
    static func agrees(_ pronoun: Character, with person: Character?) -> Bool {
        guard let person else { return true }
        return person == pronoun
    }
}
