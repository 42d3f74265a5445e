import Analyze
import Model

/// Merges the per-article entity clusters of a story into story-level actors.
///
/// Article clusters are one actor when their names are ways of writing one name of one entity, whatever label each
/// article gave (``ActorNameMatcher``: folded spelling, transliteration variants, given-name and surname structure
/// with kin and namesakes kept apart, unique or clearly dominant bearers of a bare surname, acronyms). The actor's
/// label is the one most of its typed mentions carry (the votes are kept in ``Actor/labelEvidence``). A description
/// ("the Libyan leader") stays with an actor only when it fits what the story says about it
/// (``ActorDescriptionFilter``). ``ActorOverride``s are then applied in order.
public struct ActorResolver: Sendable {
    /// How many times more articles the best-reported bearer of a shared surname (or of a short name that fits several
    /// fuller names) needs than the next one to take it ("Gadhafi" → the leader rather than his sons). 1.5 was chosen
    /// over 1.5, 2, 3 and 5 by leave-one-topic-out cross-validation on the four Timeline17 dev topics
    /// (`docs/results/story.md`).
    public var dominance: Double
    /// The share of an organisation's name mentions written right after a locative ("in", "near") that makes it a
    /// place ("in Ras Lanuf", "outside Bani Walid": place names the entity recogniser typed as organisations). 0.15 was
    /// chosen over 0.1, 0.15, 0.2 and 0.3 by leave-one-topic-out cross-validation on the four Timeline17 dev topics
    /// (`docs/results/story-facts.md`).
    public var placeShare: Double
    let rules: NameVariantRules

    public init(dominance: Double = 1.5, placeShare: Double = 0.15) {
        self.dominance = dominance
        self.placeShare = placeShare
        self.rules = .shared
    }

    struct Unit {
        var document: Int
        var cluster: Int
        var label: EntityLabel
        var name: String
        var key: String
        var aliases: [(text: String, isName: Bool)]
        var roles: [String]
        var mentions: Int
        /// Name mentions, and those written right after a locative word ("in", "near").
        var nameMentions = 0
        var locativeMentions = 0
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
            var locative: [Int: (names: Int, locative: Int)] = [:]
            let bytes = Array(document.text.utf8)
            for mention in document.entities where mention.isName {
                locative[mention.cluster, default: (0, 0)].names += 1
                if rules.locatives.contains(ActorResolver.wordBefore(mention.span.start, in: bytes)) {
                    locative[mention.cluster, default: (0, 0)].locative += 1
                }
            }
            for mention in document.entities {
                mentionAliases[mention.cluster, default: []].append((SentenceText.clean(document.text(of: mention.span)), mention.isName))
                mentionCounts[mention.cluster, default: 0] += 1
                if let role = mention.role { roles[mention.cluster, default: []].append(role) }
            }
            for (clusterIndex, cluster) in document.entityClusters.enumerated() {
                let key = ActorResolver.normalise(cluster.name)
                guard !key.isEmpty, !ActorName(cluster.name, rules: rules).isEmpty else { continue }
                var aliases: [(text: String, isName: Bool)] = [(cluster.name, true)]
                for alias in cluster.aliases { aliases.append((alias, ActorResolver.looksLikeName(alias))) }
                for (text, isName) in mentionAliases[clusterIndex] ?? [] { aliases.append((text, isName)) }
                var seen: Set<String> = []
                aliases = aliases.filter { seen.insert($0.text.lowercased()).inserted }
                units.append(Unit(document: documentIndex, cluster: clusterIndex, label: cluster.label, name: cluster.name,
                                  key: key, aliases: aliases, roles: cluster.roles + (roles[clusterIndex] ?? []),
                                  mentions: max(1, mentionCounts[clusterIndex] ?? 0),
                                  nameMentions: locative[clusterIndex]?.names ?? 0,
                                  locativeMentions: locative[clusterIndex]?.locative ?? 0))
            }
        }
        // One form per distinct name, with the articles and labels behind it.
        var formIndex: [String: Int] = [:]
        var forms: [ActorNameMatcher.Form] = []
        var formOfUnit: [Int] = []
        for unit in units {
            let name = ActorName(unit.name, rules: rules)
            let index: Int
            if let known = formIndex[name.key] { index = known } else {
                index = forms.count
                formIndex[name.key] = index
                forms.append(ActorNameMatcher.Form(name: name))
            }
            forms[index].documents.insert(unit.document)
            forms[index].votes[unit.label, default: 0] += unit.mentions
            formOfUnit.append(index)
        }
        let groupOfForm = ActorNameMatcher(rules: rules, dominance: dominance).groups(of: forms)
        var sets = DisjointSets(count: units.count)
        var firstUnitOfGroup: [Int: Int] = [:]
        for index in units.indices {
            let group = groupOfForm[formOfUnit[index]]
            if let first = firstUnitOfGroup[group] { sets.union(first, index) } else { firstUnitOfGroup[group] = index }
        }
        let found = sets.groups()
        reassignAmbiguousSurnames(&units, groups: found)
        let groups = apply(overrides, to: found.map { Group(members: $0) }, units: units)
        var actors = ActorDescriptionFilter().filtered(groups.map { actor(from: $0.members, units: units, documents: documents, name: $0.name) })
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

    /// A bare surname an article gave one of two namesakes it names ("Gaddafi" with "Mutassim Gaddafi" and "Muammar
    /// Gaddafi") is ambiguous there: it goes to the bearer the story reports `dominance` times more than any other
    /// when that bearer is named in the article, and stays where the article put it otherwise.
    func reassignAmbiguousSurnames(_ units: inout [Unit], groups: [[Int]]) {
        var surnameOfGroup: [Int: String] = [:]
        var documentsOfGroup: [Int: Set<Int>] = [:]
        var groupOfUnit = Array(repeating: 0, count: units.count)
        for (group, members) in groups.enumerated() {
            var votes: [EntityLabel: Int] = [:]
            var fullest: ActorName? = nil
            for member in members {
                groupOfUnit[member] = group
                votes[units[member].label, default: 0] += units[member].mentions
                documentsOfGroup[group, default: []].insert(units[member].document)
                let name = ActorName(units[member].name, rules: rules)
                if name.coreWords.count > fullest?.coreWords.count ?? 0 { fullest = name }
            }
            if ActorNameMatcher.typedLabel(votes) == .person, let fullest, fullest.coreWords.count >= 2 {
                surnameOfGroup[group] = fullest.coreWords.last
            }
        }
        var bearers: [String: [Int]] = [:]
        for (group, surname) in surnameOfGroup { bearers[surname, default: []].append(group) }
        var dominant: [String: Int] = [:]
        for (surname, groups) in bearers where groups.count > 1 {
            let ranked = groups.sorted { (documentsOfGroup[$0]!.count, $1) > (documentsOfGroup[$1]!.count, $0) }
            if Double(documentsOfGroup[ranked[0]]!.count) >= dominance * Double(documentsOfGroup[ranked[1]]!.count) {
                dominant[surname] = ranked[0]
            }
        }
        guard !dominant.isEmpty else { return }
        var unitsOfDocument: [Int: [Int]] = [:]
        for (index, unit) in units.enumerated() { unitsOfDocument[unit.document, default: []].append(index) }
        for index in units.indices {
            guard let surname = surnameOfGroup[groupOfUnit[index]], let best = dominant[surname], best != groupOfUnit[index],
                  let target = unitsOfDocument[units[index].document]?.first(where: { groupOfUnit[$0] == best }) else { continue }
            let moving = units[index].aliases.filter { $0.isName && ActorName($0.text, rules: rules).coreWords == [surname] }
            guard !moving.isEmpty else { continue }
            units[index].aliases.removeAll { alias in moving.contains { $0.text == alias.text } }
            for alias in moving where !units[target].aliases.contains(where: { $0.text.lowercased() == alias.text.lowercased() }) {
                units[target].aliases.append(alias)
            }
        }
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
        let mixedCase = members.filter { !ActorResolver.isUpperCase($0.name) }
        for unit in mixedCase.isEmpty ? members : mixedCase { nameVotes[unit.name, default: (0, unit.name.count)].count += 1 }
        let name = preferred ?? nameVotes.max { ($0.value.count, $0.value.length, $1.key) < ($1.value.count, $1.value.length, $0.key) }?.key
            ?? members[0].name
        // The label most typed mentions carry; OTHER only when none is typed. When the actor goes by a full name (two
        // core words or more), the mentions under full names decide when they are typed: a bare surname collides with
        // towns and companies ("Hayward" tagged as a town, "Tony Hayward" as a person). A nationality's people
        // ("Egyptians") is a group, not a person.
        var labelVotes: [EntityLabel: Int] = [:]
        var fullNameVotes: [EntityLabel: Int] = [:]
        for unit in members {
            labelVotes[unit.label, default: 0] += unit.mentions
            if ActorName(unit.name, rules: rules).coreWords.count >= 2 { fullNameVotes[unit.label, default: 0] += unit.mentions }
        }
        if ActorName(name, rules: rules).coreWords.count < 2 { fullNameVotes = [:] }
        var label = ActorResolver.namesAPeople(name) ? .other
            : ActorNameMatcher.typedLabel(fullNameVotes) ?? ActorNameMatcher.typedLabel(labelVotes) ?? .other
        // an "organisation" written after "in" or "near" in `placeShare` of its name mentions is a place
        let nameMentions = members.reduce(0) { $0 + $1.nameMentions }
        if label == .organization, nameMentions > 0,
           Double(members.reduce(0) { $0 + $1.locativeMentions }) >= placeShare * Double(nameMentions) {
            label = .place
        }
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
        var actor = Actor(id: ActorResolver.slug(name), label: label, name: name, aliases: aliases, roles: roles,
                          documents: documentIDs, outlets: outlets, mentions: members.reduce(0) { $0 + $1.mentions })
        actor.labelEvidence = Dictionary(uniqueKeysWithValues: labelVotes.map { ($0.key.rawValue, $0.value) })
        return actor
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

    /// The lowercased word right before a byte offset (spaces skipped), "" when none.
    static func wordBefore(_ offset: Int, in bytes: [UInt8]) -> String {
        var end = min(offset, bytes.count)
        while end > 0, bytes[end - 1] == 32 || bytes[end - 1] == 10 || bytes[end - 1] == 9 { end -= 1 }
        var start = end
        while start > 0, (bytes[start - 1] | 0x20) >= 97 && (bytes[start - 1] | 0x20) <= 122 { start -= 1 }
        guard start < end else { return "" }
        return String(decoding: bytes[start..<end], as: UTF8.self).lowercased()
    }

    /// Folded demonyms ("egyptian"), whose plural names a people.
    static let demonyms: Set<String> = Set(EntityVocabulary.demonyms.keys.map(ActorName.fold))

    /// A nationality's people: the plural of a demonym ("Egyptians", "the Haitians").
    static func namesAPeople(_ name: String) -> Bool {
        let words = ActorName.split(name).map(ActorName.fold).filter { $0 != "the" }
        guard words.count == 1, let word = words.first, word.count > 3, word.hasSuffix("s") else { return false }
        return demonyms.contains(String(word.dropLast()))
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

    /// Written in capitals only ("HAYWARD", "GOM").
    static func isUpperCase(_ text: String) -> Bool {
        let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }
        return !letters.isEmpty && letters.allSatisfy { !$0.properties.isLowercase }
    }

    /// A capitalised word that is not a leading article/determiner.
    static func looksLikeName(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first.properties.isUppercase else { return false }
        let lower = text.lowercased()
        return !(lower.hasPrefix("the ") || lower.hasPrefix("a ") || lower.hasPrefix("his ") || lower.hasPrefix("her "))
    }
}
