import Analyze

/// Keeps a description ("the Libyan leader", "the president") among an actor's aliases only when it fits what the
/// story says about that actor: the actor is the one the story's articles give that description most often, or the
/// actor's own roles carry its head word and, when it names a country, that country ("Libyan" = "Libya").
/// An article's entity resolution may hand a description to the wrong person; across a story the right holder
/// shows.
struct ActorDescriptionFilter {
    /// Lowercased demonym or place → lowercased place ("libyan" → "libya", "libya" → "libya").
    let places: [String: String]
    let determiners: Set<String>
    /// Words that make a role a lesser office than its head word ("vice president", "deputy minister").
    let subordinates: Set<String>

    init(demonyms: [String: String] = EntityVocabulary.demonyms, rules: NameVariantRules = .shared) {
        determiners = rules.descriptionDeterminers
        subordinates = rules.subordinateOffices
        var places: [String: String] = [:]
        for (demonym, place) in demonyms {
            places[ActorName.fold(demonym)] = ActorName.fold(place)
            places[ActorName.fold(place)] = ActorName.fold(place)
        }
        self.places = places
    }

    func words(_ text: String) -> [String] {
        ActorName.split(text).map(ActorName.fold).filter { !determiners.contains($0) }
    }

    func filtered(_ actors: [Actor]) -> [Actor] {
        var holders: [String: [Int: Int]] = [:]
        for (index, actor) in actors.enumerated() {
            for alias in actor.aliases where !alias.isName {
                let key = words(alias.text).joined(separator: " ")
                holders[key, default: [:]][index, default: 0] += alias.documents.count
            }
        }
        var result = actors
        for (index, actor) in actors.enumerated() {
            let roles = actor.roles.map(words)
            let rolePlaces = Set(roles.joined().compactMap { places[$0] })
            result[index].aliases = actor.aliases.filter { alias in
                guard !alias.isName else { return true }
                let descriptionWords = words(alias.text)
                let named = Set(descriptionWords.compactMap { places[$0] })
                // "the Egyptian leader" never fits someone whose roles name only other countries
                if !named.isEmpty && !rolePlaces.isEmpty && named.isDisjoint(with: rolePlaces) { return false }
                let counts = holders[descriptionWords.joined(separator: " ")] ?? [:]
                if counts[index, default: 0] >= counts.values.max() ?? 0 { return true }
                guard let head = descriptionWords.last, roles.contains(where: { holdsOffice($0, head) }) else { return false }
                return named.isEmpty || !named.isDisjoint(with: rolePlaces)
            }
        }
        return result
    }

    /// A role holds the office a description's head word names: "Egyptian president" holds "president", "vice
    /// president" does not.
    func holdsOffice(_ role: [String], _ head: String) -> Bool {
        guard let position = role.lastIndex(of: head) else { return false }
        return position == 0 || !subordinates.contains(role[position - 1])
    }
}
