import Analyze

/// Keeps a description ("the Libyan leader", "the president") among an actor's aliases only when it fits what the
/// story says about that actor: the actor's own roles hold its office (its head word, not qualified as "vice" or
/// "opposition" or by another word the description lacks) and, when it names a country, that country ("Libyan" = "Libya"); or the actor is the one the story's articles give it
/// most often, its roles name no other country, and no other holder's roles fit it.
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
        let roles = actors.map { $0.roles.map(words) }
        let rolePlaces = roles.map { Set($0.joined().compactMap { places[$0] }) }
        /// The actor's roles hold the description's office, in the country it names if it names one.
        func fitsByRole(_ index: Int, _ descriptionWords: [String]) -> Bool {
            // one role holds the office, in the country the description names if it names one
            let named = Set(descriptionWords.compactMap { places[$0] })
            return roles[index].contains { role in
                holdsOffice(role, descriptionWords) && (named.isEmpty || !named.isDisjoint(with: role.compactMap { places[$0] }))
            }
        }
        var result = actors
        for (index, actor) in actors.enumerated() {
            result[index].aliases = actor.aliases.filter { alias in
                guard !alias.isName else { return true }
                let descriptionWords = words(alias.text)
                if fitsByRole(index, descriptionWords) { return true }
                let named = Set(descriptionWords.compactMap { places[$0] })
                // "the Egyptian leader" never fits someone whose roles name only other countries
                if !named.isEmpty && !rolePlaces[index].isEmpty && named.isDisjoint(with: rolePlaces[index]) { return false }
                // the actor the story gives it most, unless another holder's roles fit it and this one's do not
                let counts = holders[descriptionWords.joined(separator: " ")] ?? [:]
                guard counts[index, default: 0] >= counts.values.max() ?? 0 else { return false }
                return !counts.keys.contains { $0 != index && fitsByRole($0, descriptionWords) }
            }
        }
        return result
    }

    /// A role holds the office a description names: its head word, qualified by no word the description lacks
    /// other than a country ("Egyptian president" holds "the president"; "vice president", "opposition leader" and
    /// "rebel leader" do not hold "the president" or "the Libyan leader").
    func holdsOffice(_ role: [String], _ description: [String]) -> Bool {
        guard let head = description.last, let position = role.lastIndex(of: head) else { return false }
        if position > 0 && subordinates.contains(role[position - 1]) { return false }
        return role[..<position].allSatisfy { description.contains($0) || places[$0] != nil }
    }
}
