import Model

/// Merges the per-article entity clusters of a story into story-level actors.
///
/// Two article clusters of the same label are one actor when their normalised names are equal, when one
/// person name is the surname (last word) of exactly one fuller person name in the story, when two person
/// names share first and last word ("Vladimir Putin" / "Vladimir V. Putin"), or when they share a multi-word
/// name alias. Descriptions ("the Russian leader") never merge actors on their own. ``ActorOverride``s are
/// then applied in order.
public struct ActorResolver: Sendable {
    public init() {}

    struct Unit {
        var document: Int
        var cluster: Int
        var label: EntityLabel
        var name: String
        var key: String
        var aliases: [(text: String, isName: Bool)]
        var roles: [String]
        var mentions: Int
    }

    public func resolve(_ documents: [Document], overrides: [ActorOverride] = []) -> [Actor] {
        resolution(documents, overrides: overrides).actors
    }

    /// The actors, and which actor each article's entity cluster belongs to.
    public func resolution(_ documents: [Document], overrides: [ActorOverride] = []) -> ActorResolution {
        var units: [Unit] = []
        for (documentIndex, document) in documents.enumerated() {
            var mentionAliases: [Int: [(String, Bool)]] = [:]
            var mentionCounts: [Int: Int] = [:]
            var roles: [Int: [String]] = [:]
            for mention in document.entities {
                mentionAliases[mention.cluster, default: []].append((SentenceText.clean(document.text(of: mention.span)), mention.isName))
                mentionCounts[mention.cluster, default: 0] += 1
                if let role = mention.role { roles[mention.cluster, default: []].append(role) }
            }
            for (clusterIndex, cluster) in document.entityClusters.enumerated() {
                let key = ActorResolver.normalise(cluster.name)
                guard !key.isEmpty else { continue }
                var aliases: [(text: String, isName: Bool)] = [(cluster.name, true)]
                for alias in cluster.aliases { aliases.append((alias, ActorResolver.looksLikeName(alias))) }
                for (text, isName) in mentionAliases[clusterIndex] ?? [] { aliases.append((text, isName)) }
                var seen: Set<String> = []
                aliases = aliases.filter { seen.insert($0.text.lowercased()).inserted }
                units.append(Unit(document: documentIndex, cluster: clusterIndex, label: cluster.label, name: cluster.name,
                                  key: key, aliases: aliases, roles: cluster.roles + (roles[clusterIndex] ?? []),
                                  mentions: max(1, mentionCounts[clusterIndex] ?? 0)))
            }
        }
        var sets = DisjointSets(count: units.count)
        // Equal names.
        var byKey: [String: Int] = [:]
        for (index, unit) in units.enumerated() {
            let key = unit.label.rawValue + "|" + unit.key
            if let first = byKey[key] { sets.union(first, index) } else { byKey[key] = index }
        }
        // Person surnames and first+last names.
        var fullBySurname: [String: Set<String>] = [:]
        var firstLast: [String: Int] = [:]
        for (index, unit) in units.enumerated() where unit.label == .person {
            let words = unit.key.split(separator: " ")
            guard words.count >= 2, let last = words.last, let first = words.first else { continue }
            fullBySurname[String(last), default: []].insert("\(first) \(last)")
            let key = "\(first) \(last)"
            if let earlier = firstLast[key] { sets.union(earlier, index) } else { firstLast[key] = index }
        }
        for (index, unit) in units.enumerated() where unit.label == .person && !unit.key.contains(" ") {
            if let full = fullBySurname[unit.key], full.count == 1, let target = firstLast[full.first!] {
                sets.union(target, index)
            }
        }
        // Shared multi-word name aliases (same label).
        var byAlias: [String: Int] = [:]
        for (index, unit) in units.enumerated() {
            for alias in unit.aliases where alias.isName {
                let key = ActorResolver.normalise(alias.text)
                guard key.contains(" ") || unit.label != .person && key.count >= 3 && alias.text.uppercased() == alias.text
                else { continue }
                let labelled = unit.label.rawValue + "|" + key
                if let first = byAlias[labelled] { sets.union(first, index) } else { byAlias[labelled] = index }
            }
        }
        let groups = apply(overrides, to: sets.groups().map { Group(members: $0) }, units: units)
        var actors = groups.map { actor(from: $0.members, units: units, documents: documents, name: $0.name) }
        // Unique ids.
        var used: [String: Int] = [:]
        for index in actors.indices {
            let base = actors[index].id
            used[base, default: 0] += 1
            if used[base]! > 1 { actors[index].id = "\(base)-\(used[base]!)" }
        }
        var membership: [String: [Int: String]] = [:]
        for (groupIndex, group) in groups.enumerated() {
            for unit in group.members.map({ units[$0] }) {
                membership[documents[unit.document].id, default: [:]][unit.cluster] = actors[groupIndex].id
            }
        }
        actors.sort { ($0.documents.count, $0.mentions, $1.name) > ($1.documents.count, $1.mentions, $0.name) }
        return ActorResolution(actors: actors, actorOf: membership)
    }

    /// The members of one actor, and the name a merge gave it.
    struct Group {
        var members: [Int]
        var name: String?
    }

    func actor(from group: [Int], units: [Unit], documents: [Document], name preferred: String? = nil) -> Actor {
        let members = group.map { units[$0] }
        // Canonical name: most articles, then longest.
        var nameVotes: [String: (count: Int, length: Int)] = [:]
        for unit in members { nameVotes[unit.name, default: (0, unit.name.count)].count += 1 }
        let name = preferred ?? nameVotes.max { ($0.value.count, $0.value.length, $1.key) < ($1.value.count, $1.value.length, $0.key) }?.key
            ?? members[0].name
        var labelVotes: [EntityLabel: Int] = [:]
        for unit in members { labelVotes[unit.label, default: 0] += unit.mentions }
        let label = labelVotes.max { ($0.value, $1.key.rawValue) < ($1.value, $0.key.rawValue) }?.key ?? members[0].label
        var aliasDocuments: [String: (text: String, isName: Bool, documents: [String])] = [:]
        var order: [String] = []
        var documentIDs: [String] = []
        var outlets: [String] = []
        var roles: [String] = []
        for unit in members {
            let document = documents[unit.document]
            if !documentIDs.contains(document.id) { documentIDs.append(document.id) }
            if !outlets.contains(document.outlet) { outlets.append(document.outlet) }
            for role in unit.roles where !roles.contains(role) { roles.append(role) }
            for alias in unit.aliases {
                let key = alias.text.lowercased()
                if aliasDocuments[key] == nil {
                    aliasDocuments[key] = (alias.text, alias.isName, [])
                    order.append(key)
                }
                if !aliasDocuments[key]!.documents.contains(document.id) { aliasDocuments[key]!.documents.append(document.id) }
            }
        }
        let aliases = order.map { key in
            let entry = aliasDocuments[key]!
            return ActorAlias(text: entry.text, isName: entry.isName, documents: entry.documents)
        }
        return Actor(id: ActorResolver.slug(name), label: label, name: name, aliases: aliases, roles: roles,
                     documents: documentIDs, outlets: outlets, mentions: members.reduce(0) { $0 + $1.mentions })
    }

    func apply(_ overrides: [ActorOverride], to groups: [Group], units: [Unit]) -> [Group] {
        var groups = groups
        func find(_ reference: String) -> Int? {
            let key = ActorResolver.normalise(reference)
            let slug = ActorResolver.slug(reference)
            // By id (slug of the canonical name), else by any name or alias.
            if let index = groups.firstIndex(where: { group in
                ActorResolver.slug(group.name ?? canonicalName(group.members, units)) == slug }) { return index }
            return groups.firstIndex { group in
                group.members.contains { units[$0].key == key || units[$0].aliases.contains { ActorResolver.normalise($0.text) == key } }
            }
        }
        for override in overrides {
            switch override.kind {
            case .merge:
                let targets = override.actors.compactMap(find)
                guard let first = targets.first else { continue }
                var merged = groups[first]
                merged.name = merged.name ?? canonicalName(merged.members, units)
                var remove: Set<Int> = []
                for other in targets.dropFirst() where other != first && !remove.contains(other) {
                    merged.members += groups[other].members
                    remove.insert(other)
                }
                groups[first] = merged
                groups = groups.enumerated().filter { !remove.contains($0.offset) }.map(\.element)
            case .split:
                guard let reference = override.actors.first, let target = find(reference) else { continue }
                let keys = Set(override.aliases.map(ActorResolver.normalise))
                let moving = groups[target].members.filter { unit in
                    keys.contains(units[unit].key) || units[unit].aliases.contains { keys.contains(ActorResolver.normalise($0.text)) }
                }
                guard !moving.isEmpty, moving.count < groups[target].members.count else { continue }
                groups[target].members.removeAll { moving.contains($0) }
                groups.append(Group(members: moving))
            }
        }
        return groups
    }

    func canonicalName(_ group: [Int], _ units: [Unit]) -> String {
        var votes: [String: Int] = [:]
        for unit in group { votes[units[unit].name, default: 0] += 1 }
        return votes.max { ($0.value, $0.key.count, $1.key) < ($1.value, $1.key.count, $0.key) }?.key ?? ""
    }

    /// Lower case, letters and digits only, single spaces; a leading "the" dropped.
    public static func normalise(_ name: String) -> String {
        var words: [String] = []
        var current = ""
        for scalar in name.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                current.unicodeScalars.append(scalar)
            } else if scalar == "." || scalar == "'" || scalar == "’" {
                continue  // "U.S." = "US", "O'Brien" = "OBrien"
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        if words.first == "the" { words.removeFirst() }
        return words.joined(separator: " ")
    }

    /// "Vladimir Putin" → "vladimir-putin".
    public static func slug(_ name: String) -> String {
        normalise(name).replacingOccurrences(of: " ", with: "-")
    }

    /// A capitalised word that is not a leading article/determiner.
    static func looksLikeName(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first.properties.isUppercase else { return false }
        let lower = text.lowercased()
        return !(lower.hasPrefix("the ") || lower.hasPrefix("a ") || lower.hasPrefix("his ") || lower.hasPrefix("her "))
    }
}
