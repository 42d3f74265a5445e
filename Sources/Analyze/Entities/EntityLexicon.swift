import Model
/// The word lists the entity recognizer applies, loaded once from `Resources/entities/` and `Resources/text/`.
struct EntityLexicon: Sendable {
    static let shared = EntityLexicon()

    let givenNames: Set<String>
    let surnames: Set<String>
    let places: Set<String>
    let organizations: Set<String>
    /// Acronym -> long form ("NATO" -> "North Atlantic Treaty Organization").
    let acronyms: [String: String]
    /// Lowercase title and role words ("president", "spokesman", "gen.").
    let titles: Set<String>
    let roleHeads: Set<String>
    let headOfStateRoles: Set<String>
    /// Head-of-state role words that name no particular office ("leader", "head"): they stand for any of them.
    let genericLeaderHeads: Set<String>
    let orgWords: Set<String>
    let placeWords: Set<String>
    let otherWords: Set<String>
    /// First words that label a longer name when its last word does not ("Lake Chad", "Cyclone Idai").
    let leadingWords: [String: EntityLabel]
    let agentVerbs: Set<String>
    /// Word endings by role: "surname", "adjective", "compound" (see `name-shapes.txt`).
    let nameShapes: [String: [String]]
    /// Demonym -> place ("Russian" -> "Russia").
    let demonyms: [String: String]
    let nonNames: Set<String>
    let sentenceStarters: Set<String>
    /// Lowercased variant -> canonical lowercased name ("u.s." -> "united states").
    let canonical: [String: String]
    let connectors: Set<String> = ["of", "for", "the", "and", "&", "de", "del", "du", "la", "des", "von", "van", "da", "di", "on", "le"]
    let determiners: Set<String> = ["The", "A", "An", "the", "a", "an"]

    init() {
        givenNames = WordList.set("entities/given-names.txt").union(WordList.set("entities/given-names-extra.txt"))
        surnames = WordList.set("entities/surnames.txt")
        places = WordList.set("entities/places-generated.txt").union(WordList.set("entities/places-extra.txt"))
        var orgs = Set<String>(), acronyms: [String: String] = [:]
        for row in WordList.rows("entities/organizations.txt") {
            orgs.insert(row[0])
            if row.count > 1 { acronyms[row[0]] = row[1]; orgs.insert(row[1]) }
        }
        organizations = orgs
        self.acronyms = acronyms
        titles = WordList.set("entities/titles.txt", lowercased: true)
        roleHeads = WordList.set("entities/roles-heads.txt", lowercased: true)
        headOfStateRoles = WordList.set("entities/head-of-state-roles.txt", lowercased: true)
        genericLeaderHeads = WordList.set("entities/generic-leader-heads.txt")
        orgWords = WordList.set("entities/org-words.txt")
        placeWords = WordList.set("entities/place-words.txt")
        otherWords = WordList.set("entities/other-words.txt")
        var leading: [String: EntityLabel] = [:]
        for row in WordList.rows("entities/leading-words.txt") where row.count >= 2 {
            leading[row[1]] = row[0] == "place" ? .place : .other
        }
        leadingWords = leading
        agentVerbs = WordList.set("entities/agent-verbs.txt")
        var shapes: [String: [String]] = [:]
        for row in WordList.rows("entities/name-shapes.txt") where row.count > 1 { shapes[row[0], default: []].append(row[1]) }
        nameShapes = shapes
        var demonyms: [String: String] = [:]
        for row in WordList.rows("entities/demonyms.txt") where row.count > 1 { demonyms[row[0]] = row[1] }
        self.demonyms = demonyms
        nonNames = WordList.set("entities/non-names.txt")
        sentenceStarters = WordList.set("text/sentence-starters.txt")
        var canonical: [String: String] = [:]
        for row in WordList.rows("entities/aliases.txt") {
            let head = row[0].lowercased()
            for variant in row { canonical[variant.lowercased()] = head }
        }
        for (short, long) in acronyms { canonical[short.lowercased()] = long.lowercased() }
        self.canonical = canonical
    }

    func isTitle(_ word: String) -> Bool { titles.contains(word.lowercased()) }

    func hasShape(_ word: String, _ shape: String) -> Bool {
        (nameShapes[shape] ?? []).contains { word.count > $0.count + 2 && word.hasSuffix($0) }
    }
}
