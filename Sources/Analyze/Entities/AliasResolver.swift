import Model

/// Groups a document's mentions into one cluster per real entity: full names and surnames ("Vladimir Putin" ~
/// "Putin"), known variants and acronyms ("United States" ~ "U.S.", "North Atlantic Treaty Organization" ~
/// "NATO"), organisation short forms, and titled descriptions ("the Russian president") linked to the person
/// whose role matches. Gives every mention its cluster's label.
struct AliasResolver: Sendable {
    let text: TokenizedText
    let lexicon: EntityLexicon

    /// One entity being built: its label votes, lookup keys, name parts, initials and roles.
    private struct Group {
        var label: EntityLabel?
        var votes: [EntityLabel: Int] = [:]
        var keys = Set<String>()
        var firstNames = Set<String>()
        var lastNames = Set<String>()
        var initials = Set<String>()
        var longestName = ""
        var longestWords: [String] = []
        var roles: [String] = []
        var roleHeads = Set<String>()
        var rolePlaces = Set<String>()
        var lastSeen = 0
        var aliases: [String] = []
    }

    func resolve(_ candidates: [NameCandidate]) -> (mentions: [EntityMention], clusters: [EntityCluster]) {
        var groups: [Group] = []
        var assignment: [(NameCandidate, Int)] = []
        let ordered = candidates.sorted { $0.range.lowerBound < $1.range.lowerBound }
        for candidate in ordered {
            let words = candidate.range.map { text.string($0) }.filter { $0 != "the" && $0 != "The" }
            guard !words.isEmpty else { continue }
            let surface = text.string(tokens: candidate.range.lowerBound, candidate.range.upperBound - 1)
            if !candidate.isName {
                guard let g = matchDescription(candidate, groups) else { continue }
                groups[g].lastSeen = candidate.range.lowerBound
                if !groups[g].aliases.contains(surface) { groups[g].aliases.append(surface) }
                assignment.append((candidate, g))
                continue
            }
            let key = canonicalKey(words)
            var target: Int? = nil
            let isPerson = candidate.label == .person
            let nameWords = words.filter { !["Jr.", "Sr.", "Jr", "Sr", "II", "III"].contains($0) }
            let knownNonPerson = words.count == 1 && (lexicon.places.contains(words[0]) || lexicon.organizations.contains(words[0])
                || tokens(candidate).isAllCaps)
            if isPerson || candidate.label == nil || (words.count == 1 && !knownNonPerson) {
                if nameWords.count >= 2 {
                    let first = nameWords.first!, last = nameWords.last!
                    target = mostRecent(groups) { g in
                        g.label == .person && g.lastNames.contains(last)
                            && (g.firstNames.isEmpty || g.firstNames.contains(first) || first.count <= 2 && g.firstNames.contains { $0.hasPrefix(String(first.prefix(1))) })
                    }
                } else if let word = nameWords.first {
                    target = mostRecent(groups) { $0.label == .person && $0.lastNames.contains(word) }
                        ?? mostRecent(groups) { $0.label == .person && $0.firstNames.contains(word) && $0.lastNames.count > 0 }
                }
            }
            if target == nil { target = mostRecent(groups) { $0.keys.contains(key) } }
            if target == nil, !isPerson {
                let initials = initialsOf(words)
                if words.count == 1, tokens(candidate).isAllCaps {
                    let acronym = words[0].replacingOccurrences(of: ".", with: "")
                    target = mostRecent(groups) { $0.initials.contains(acronym) }
                } else if let initials {
                    target = mostRecent(groups) { $0.keys.contains(initials.lowercased()) }
                }
                if target == nil, let of = words.firstIndex(of: "of"), of > 0, of + 1 < words.count {
                    let tail = Array(words[(of + 1)...]).filter { $0 != "the" }
                    if !tail.isEmpty, !lexicon.places.contains(tail.joined(separator: " ")) {
                        let tailKey = canonicalKey(tail)
                        target = mostRecent(groups) { $0.label != .person && $0.keys.contains(tailKey) }
                    }
                }
                if target == nil, words.count == 1, lexicon.orgWords.contains(words[0]) {
                    // "the Church" after "Church of Scientology", "the Administration" after "NASA"
                    let word = words[0].lowercased()
                    target = mostRecent(groups) { g in
                        g.label == .organization && g.keys.contains { key in key.split(separator: " ").contains { $0 == word } }
                    }
                }
                if target == nil, words.count >= 2 {
                    // organisation short form: "Civil Defense Authority" ~ "Saudi Civil Defense Authority"
                    target = mostRecent(groups) { g in
                        g.label != .person && g.longestWords.count > words.count && Array(g.longestWords.suffix(words.count)) == words
                    }
                }
            }
            let g: Int
            if let t = target { g = t } else { groups.append(Group()); g = groups.count - 1 }
            var group = groups[g]
            group.keys.insert(key)
            if let label = candidate.label {
                group.votes[label, default: 0] += candidate.titled ? 3 : (words.count > 1 ? 2 : 1)
            }
            if isPerson && nameWords.count >= 2 {
                group.firstNames.insert(nameWords.first!)
                group.lastNames.insert(nameWords.last!)
            } else if isPerson, let word = nameWords.first, group.lastNames.isEmpty {
                group.lastNames.insert(word)
            }
            if !isPerson, let initials = initialsOf(words) { group.initials.insert(initials) }
            // "Church of Scientology" is also "Scientology"
            if !isPerson, let of = words.firstIndex(of: "of"), of > 0, of + 1 < words.count {
                let tail = Array(words[(of + 1)...]).filter { $0 != "the" }
                if !tail.isEmpty, !lexicon.places.contains(tail.joined(separator: " ")) { group.keys.insert(canonicalKey(tail)) }
            }
            if words.count > group.longestWords.count { group.longestWords = words; group.longestName = words.joined(separator: " ") }
            if let role = candidate.role, !role.isEmpty {
                if !group.roles.contains(role) { group.roles.append(role) }
                for word in role.split(separator: " ").map(String.init) {
                    if lexicon.isTitle(word) { group.roleHeads.insert(word.lowercased()) }
                    if let place = lexicon.demonyms[word] { group.rolePlaces.insert(place) }
                    if lexicon.places.contains(word) { group.rolePlaces.insert(canonicalPlace(word)) }
                }
            }
            if !group.aliases.contains(surface) { group.aliases.append(surface) }
            group.lastSeen = candidate.range.lowerBound
            // the label decided so far (a person stays a person)
            // Ties keep the label decided so far, else the first in EntityLabel's order: never the order a dictionary
            // happens to iterate in (it differs between runs, and so would the entities).
            if let best = group.votes.values.max(), group.label.flatMap({ group.votes[$0] }) != best {
                group.label = EntityLabel.allCases.first { group.votes[$0] == best } ?? group.label
            }
            groups[g] = group
            assignment.append((candidate, g))
        }
        // final labels
        var clusters: [EntityCluster] = []
        var remap: [Int: Int] = [:]
        var mentions: [EntityMention] = []
        for (candidate, g) in assignment {
            let label = groups[g].label ?? fallbackLabel(candidate)
            if remap[g] == nil {
                remap[g] = clusters.count
                let group = groups[g]
                clusters.append(EntityCluster(id: clusters.count, label: label, name: group.longestName,
                                              aliases: group.aliases, roles: group.roles))
            }
            let span = Span(text.tokens[candidate.range.lowerBound].start, text.tokens[candidate.range.upperBound - 1].end)
            mentions.append(EntityMention(span: span, label: label, cluster: remap[g]!, isName: candidate.isName,
                                          role: candidate.role))
        }
        return (mentions, clusters)
    }

    private func tokens(_ candidate: NameCandidate) -> Token { text.tokens[candidate.range.lowerBound] }

    private func fallbackLabel(_ candidate: NameCandidate) -> EntityLabel { .other }

    private func mostRecent(_ groups: [Group], where predicate: (Group) -> Bool) -> Int? {
        var best: Int? = nil
        for (index, group) in groups.enumerated() where predicate(group) {
            if best == nil || group.lastSeen > groups[best!].lastSeen { best = index }
        }
        return best
    }

    private func canonicalPlace(_ word: String) -> String {
        lexicon.canonical[word.lowercased()].map { $0 } ?? word
    }

    func canonicalKey(_ words: [String]) -> String {
        let key = words.joined(separator: " ").lowercased()
        return lexicon.canonical[key] ?? key
    }

    /// "North Atlantic Treaty Organization" -> "NATO" (capitalised words only); nil for one word.
    func initialsOf(_ words: [String]) -> String? {
        let capitals = words.filter { $0.first?.isUppercase == true }
        guard capitals.count >= 2 else { return nil }
        return String(capitals.compactMap(\.first))
    }

    private func matchDescription(_ candidate: NameCandidate, _ groups: [Group]) -> Int? {
        guard let head = candidate.descriptionHead else { return nil }
        let place = candidate.descriptionPlace.map { lexicon.demonyms[$0] ?? $0 }
        let canonicalWanted = place.map { canonicalPlace($0).lowercased() }
        func headMatches(_ g: Group) -> Bool {
            g.label == .person && g.lastSeen < candidate.range.lowerBound && (g.roleHeads.contains(head)
                || (lexicon.headOfStateRoles.contains(head) && !g.roleHeads.isDisjoint(with: lexicon.headOfStateRoles)))
        }
        guard let canonicalWanted else { return mostRecent(groups, where: headMatches) }
        // the role names the same country; else the same role with no country at all ("President Vladimir Putin"
        // for "the Russian president" or "the Russian leader", but not for "the German chancellor")
        return mostRecent(groups) { headMatches($0) && $0.rolePlaces.contains { canonicalPlace($0).lowercased() == canonicalWanted } }
            ?? mostRecent(groups) { group in
                headMatches(group) && group.rolePlaces.isEmpty && (group.roleHeads.contains(head) || lexicon.genericLeaderHeads.contains(head))
            }
    }
}
