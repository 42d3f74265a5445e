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
        /// Byte offset of the cluster's first mention in its article.
        var firstMention = Int.max
    }

    public func resolve(_ documents: [Document], overrides: [ActorOverride] = []) -> [Actor] {
        resolution(documents, overrides: overrides).actors
    }

    /// The actors, and which actor each article's entity cluster belongs to.
    /// `stories` gives the story of each article (article id → story number); without it, all articles are one story.
    public func resolution(_ documents: [Document], overrides: [ActorOverride] = [], stories: [String: Int] = [:]) -> ActorResolution {
        var units: [Unit] = []
        for (documentIndex, document) in documents.enumerated() {
            var mentionAliases: [Int: [(String, Bool)]] = [:]
            var mentionCounts: [Int: Int] = [:]
            var firstMention: [Int: Int] = [:]
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
                firstMention[mention.cluster] = min(firstMention[mention.cluster] ?? Int.max, mention.span.start)
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
                                  locativeMentions: locative[clusterIndex]?.locative ?? 0,
                                  firstMention: firstMention[clusterIndex] ?? Int.max))
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
            if name.isUpperCase { forms[index].writtenInCapitals = true }
            formOfUnit.append(index)
        }
        let groupOfForm = ActorNameMatcher(rules: rules, dominance: dominance).groups(of: forms)
        var sets = DisjointSets(count: units.count)
        var firstUnitOfGroup: [Int: Int] = [:]
        for index in units.indices {
            let group = groupOfForm[formOfUnit[index]]
            if let first = firstUnitOfGroup[group] { sets.union(first, index) } else { firstUnitOfGroup[group] = index }
        }
        let storyOf = documents.enumerated().map { index, document in stories.isEmpty ? 0 : stories[document.id] ?? -1 - index }
        let found = joinBareNamesByEvidence(units, groups: sets.groups(), storyOf: storyOf)
        reassignAmbiguousSurnames(&units, groups: found)
        let groups = apply(overrides, to: found.map { Group(members: $0) }, units: units)
        var actors = ActorDescriptionFilter().filtered(groups.map { actor(from: $0.members, units: units, documents: documents, name: $0.name) })
        relabelUnknownOneWordPersons(&actors)
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

    /// An actor going by a one-word name that no person of the store bears as a given name or surname (in its canonical
    /// name) and that no name list knows is not
    /// a person, whatever the articles typed ("Oxfam said", "Greenpeace warned"): an organisation (what speaks and acts
    /// without being a person), or a place when its mentions type it a place more than a person or organisation.
    func relabelUnknownOneWordPersons(_ actors: inout [Actor]) {
        var borne: Set<String> = []
        for actor in actors where actor.label == .person {
            let words = ActorName(actor.name, rules: rules).coreWords
            if words.count >= 2, let first = words.first, let last = words.last { borne.insert(first); borne.insert(last) }
        }
        for index in actors.indices where actors[index].label == .person {
            let name = ActorName(actors[index].name, rules: rules)
            guard name.words.count == 1, let written = name.writtenWords.last, !borne.contains(name.coreWords[0]),
                  !EntityVocabulary.isPersonNameWord(written.prefix(1).uppercased() + written.dropFirst().lowercased()) else { continue }
            let evidence = actors[index].labelEvidence
            let agent = evidence[EntityLabel.organization.rawValue, default: 0] + evidence[EntityLabel.person.rawValue, default: 0]
            actors[index].label = evidence[EntityLabel.place.rawValue, default: 0] > agent ? .place : .organization
        }
    }

    /// A bare name (one core word) goes to the person its own article names in full with that word as surname or given
    /// name: "Clinton" in an article that names Hillary Clinton is she, whoever else of the store bears the surname. Of
    /// several such bearers, the one the store reports in `dominance` times more articles than any other ("Gaddafi" with
    /// his son named too), else the nearest before it (else the first after it). A bare given name its article does not explain, in an
    /// actor of bare names only, joins the one person of its own story with that given name (or the one reported there
    /// in `dominance` times more articles than any other), never a person of another story ("Charlie" is not the
    /// "Charlie Crist" of another story). Only a name typed a person (or untyped) in an actor not typed mostly a place or
    /// organisation, and not named anywhere with a company's legal form ("Halliburton Co."), moves, and only to a bearer typed a person, reported in two articles or more unless the word is a
    /// known given name or surname.
    func joinBareNamesByEvidence(_ units: [Unit], groups: [[Int]], storyOf: [Int]) -> [[Int]] {
        var groupOf = Array(repeating: 0, count: units.count)
        for (group, members) in groups.enumerated() { for member in members { groupOf[member] = group } }
        var votes = Array(repeating: [EntityLabel: Int](), count: groups.count)
        var articles = Array(repeating: Set<Int>(), count: groups.count)
        for (index, unit) in units.enumerated() {
            votes[groupOf[index]][unit.label, default: 0] += unit.mentions
            articles[groupOf[index]].insert(unit.document)
        }
        let isPerson = votes.map { ActorNameMatcher.typedLabel($0) == .person }
        // typed a place or organisation by more mentions than a person or untyped ("Misrata", "Halliburton")
        let isPlaceOrOrganisation = votes.map { votes in
            votes[.place, default: 0] + votes[.organization, default: 0] > votes[.person, default: 0] + votes[.other, default: 0]
        }
        let names = units.map { ActorName($0.name, rules: rules) }
        let isBare = groups.map { members in members.allSatisfy { names[$0].coreWords.count == 1 } }
        // an actor some article names with a company's legal form ("Halliburton Co.") is a company
        let isCompany = groups.map { members in
            members.contains { member in
                let words = ActorName.split(units[member].name).map(ActorName.fold)
                return words.count > 1 && rules.legalForms.contains(words[words.count - 1])
            }
        }
        var unitsOfDocument: [Int: [Int]] = [:]
        for (index, unit) in units.enumerated() { unitsOfDocument[unit.document, default: []].append(index) }
        // given name → person actor → its articles
        var givenNameBearers: [String: [Int: Set<Int>]] = [:]
        for (index, name) in names.enumerated() where name.coreWords.count >= 2 && isPerson[groupOf[index]] && units[index].label == .person {
            givenNameBearers[name.coreWords[0], default: [:]][groupOf[index], default: []].insert(units[index].document)
        }
        var moves: [(unit: Int, group: Int)] = []
        for (index, unit) in units.enumerated() {
            // a name typed a person or untyped, in an actor typed a person or untyped ("Misrata" typed PERSON by one
            // article stays with the place most articles make it)
            guard names[index].coreWords.count == 1, let word = names[index].coreWords.first, word.count >= 3,
                  unit.label == .person || unit.label == .other, !isPlaceOrOrganisation[groupOf[index]], !isCompany[groupOf[index]],
                  let written = names[index].writtenWords.last else { continue }
            let knownName = EntityVocabulary.isPersonNameWord(written.prefix(1).uppercased() + written.dropFirst().lowercased())
            // a bearer typed a person, reported in two articles or more unless the word is a known given name or surname
            // (a one-off "Misrata Smart" of a garbled sentence is no evidence)
            let bearers = (unitsOfDocument[unit.document] ?? []).filter { other in
                other != index && units[other].label == .person && isPerson[groupOf[other]] && names[other].coreWords.count >= 2
                    && (names[other].coreWords.last == word || names[other].coreWords.first == word)
                    && (knownName || articles[groupOf[other]].count >= 2)
            }
            if !bearers.isEmpty {
                // several bearers: the one the store reports `dominance` times more than any other, else the nearest
                let ranked = Set(bearers.map { groupOf[$0] }).sorted { (articles[$0].count, $1) > (articles[$1].count, $0) }
                let before = bearers.filter { units[$0].firstMention <= unit.firstMention }.max { units[$0].firstMention < units[$1].firstMention }
                var target = groupOf[before ?? bearers.min { units[$0].firstMention < units[$1].firstMention }!]
                if ranked.count > 1, Double(articles[ranked[0]].count) >= dominance * Double(articles[ranked[1]].count) { target = ranked[0] }
                if target != groupOf[index] { moves.append((index, target)) }
                continue
            }
            guard isBare[groupOf[index]], let candidates = givenNameBearers[word] else { continue }
            let story = storyOf[unit.document]
            let ranked = candidates.map { group, documents in (group, documents.filter { storyOf[$0] == story }.count) }
                .filter { $0.1 > 0 && $0.0 != groupOf[index] && (knownName || articles[$0.0].count >= 2) }
                .sorted { ($0.1, $1.0) > ($1.1, $0.0) }
            guard let best = ranked.first, ranked.count == 1 || Double(best.1) >= dominance * Double(ranked[1].1) else { continue }
            moves.append((index, best.0))
        }
        guard !moves.isEmpty else { return groups }
        var result = groups
        for move in moves {
            result[groupOf[move.unit]].removeAll { $0 == move.unit }
            result[move.group].append(move.unit)
        }
        return result.filter { !$0.isEmpty }
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
        // Canonical name: most articles, then longest; written in mixed case and without a modifier in front
        // ("Houston-based …") when some article wrote it so.
        var nameVotes: [String: (count: Int, length: Int)] = [:]
        let mixedCase = members.filter { !ActorResolver.isUpperCase($0.name) }
        let written = mixedCase.isEmpty ? members : mixedCase
        let plain = written.filter { ActorName.withoutLeadingModifier($0.name, heads: rules.modifierHeads) == $0.name }
        for unit in plain.isEmpty ? written : plain { nameVotes[unit.name, default: (0, unit.name.count)].count += 1 }
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
