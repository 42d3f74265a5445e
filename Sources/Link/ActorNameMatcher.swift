import Analyze
import Model

/// Decides which written names of a story name one real entity, from the evidence of the whole story.
///
/// Each distinct ``ActorName`` is a *form*, with the articles whose entity clusters carry it and the labels those
/// clusters had. Forms are joined, in order, when:
/// 1. their spelling keys are equal (case, accents, spacing, hyphens, honorifics, known variants, transliteration);
/// 2. their keys are one edit apart (six letters or more, the same digits, the same number of words, the edit in a
///    word of four letters or more), the articles holding the rarer seldom hold both as separate entities, and their
///    typed labels do not disagree ("Misrata" / "Misurata", not "Hamad" / "Hamid" named side by side);
/// 3. two person names share the surname and agree on given names and middle names ("Bob Dudley" / "Robert Dudley",
///    "George Bush" / "George W. Bush"; a name that gives middle names gives them all, so "George W. Bush" is not
///    "George H. W. Bush"), not when the articles of the rarer mostly hold both apart; names that fit several fuller names
///    ("George Bush" with "George W. Bush" and "George H. W. Bush") join none, unless one of them is reported in
///    `dominance` times more articles than any other;
/// 4. a bare surname is carried by exactly one person of the story, or by one `dominance` times better reported than any
///    other bearer (a bare given name joins only on the evidence of its own article or story: ``ActorResolver``) ("Gadhafi" → "Moammar
///    Gadhafi" over his sons); a name typed as a company that starts a company's name stays apart ("Cameron" of
///    "Cameron International"), and one typed mostly as a place joins only a person most of its articles also name;
///    a bare name no person of the story bears, not typed mostly as a place, joins the one organisation whose name it
///    starts and that most of its articles name ("Anadarko" → "Anadarko Petroleum", "Amnesty" → "Amnesty
///    International");
/// 5. an acronym written in capitals (by one article at least) is the initials of one longer organisation or place name
///    ("GOM", "USGS"), or of one written after a country's short form ("USGS" for "Geological Survey");
/// 6. an organisation named with a country in front ("U.S. State Department") is the one named without it, when
///    every such name of the story carries the same country;
/// 7. names of places or organisations with the same words in another order, small words aside ("Department of
///    Justice" / "Justice Department").
/// Acronyms come last, so that the names they abbreviate are already joined; several candidates go to the one reported in
/// `dominance` times more articles than any other.
struct ActorNameMatcher {
    let rules: NameVariantRules
    let dominance: Double
    /// Folded country word or demonym → folded country ("egyptian" → "egypt", "us" → "united states").
    let countries: [String: String]

    init(rules: NameVariantRules, dominance: Double) {
        self.rules = rules
        self.dominance = dominance
        var countries: [String: String] = [:]
        for (demonym, place) in EntityVocabulary.demonyms {
            countries[ActorName.fold(demonym)] = ActorName.fold(place)
            countries[ActorName.fold(place)] = ActorName.fold(place)
        }
        for (variant, words) in ActorName.canonicalWords where variant.count <= 3 { countries[variant] = words.joined(separator: " ") }
        self.countries = countries
    }

    /// One distinct name form and its evidence.
    struct Form {
        var name: ActorName
        var documents: Set<Int> = []
        var votes: [EntityLabel: Int] = [:]
        /// Some article wrote this name in capitals only ("NOAA" where another wrote "Noaa").
        var writtenInCapitals = false
    }

    /// Joins the forms; returns the group number of each form.
    func groups(of forms: [Form]) -> [Int] {
        var sets = DisjointSets(count: forms.count)
        joinOneEditApart(forms, &sets)
        joinPersonNames(forms, &sets)
        joinBareNames(forms, &sets)
        joinCountryPrefixedOrganisations(forms, &sets)
        joinReorderedOrganisations(forms, &sets)
        joinAcronyms(forms, &sets)
        return forms.indices.map { sets.find($0) }
    }

    // MARK: evidence of a group

    struct Evidence {
        var documents: Set<Int> = []
        var votes: [EntityLabel: Int] = [:]
        /// The form with most core words (then most articles).
        var fullest: Int = 0
        /// Some form is written in lower case too (not only "MOUSA").
        var mixedCase = false

        var personVotes: Int { votes[.person] ?? 0 }
        var placeOrOrganisationVotes: Int { (votes[.place] ?? 0) + (votes[.organization] ?? 0) }
        /// Person votes at least those of any other typed label.
        var isPerson: Bool { personVotes > 0 && personVotes >= (votes[.place] ?? 0) && personVotes >= (votes[.organization] ?? 0) }
        /// Typed as an organisation or place by most of its typed mentions.
        var isPlaceOrOrganisation: Bool { placeOrOrganisationVotes > personVotes }
    }

    func evidence(_ forms: [Form], _ sets: inout DisjointSets) -> [Int: Evidence] {
        var result: [Int: Evidence] = [:]
        for (index, form) in forms.enumerated() {
            let root = sets.find(index)
            var entry = result[root] ?? Evidence(fullest: index)
            entry.documents.formUnion(form.documents)
            entry.mixedCase = entry.mixedCase || !form.name.isUpperCase
            for (label, count) in form.votes { entry.votes[label, default: 0] += count }
            let best = forms[entry.fullest]
            if (form.name.coreWords.count, form.documents.count) > (best.name.coreWords.count, best.documents.count) {
                entry.fullest = index
            }
            result[root] = entry
        }
        return result
    }

    static func typedLabel(_ votes: [EntityLabel: Int]) -> EntityLabel? {
        votes.filter { $0.key != .other && $0.value > 0 }.max { ($0.value, $1.key.rawValue) < ($1.value, $0.key.rawValue) }?.key
    }

    // MARK: rule 2

    func joinOneEditApart(_ forms: [Form], _ sets: inout DisjointSets) {
        var byDeletion: [String: [Int]] = [:]
        for (index, form) in forms.enumerated() where form.name.key.count >= 6 {
            let key = form.name.key
            byDeletion[key, default: []].append(index)
            let scalars = Array(key.unicodeScalars)
            for drop in scalars.indices {
                var shorter = String.UnicodeScalarView()
                shorter.append(contentsOf: scalars[..<drop])
                shorter.append(contentsOf: scalars[(drop + 1)...])
                byDeletion[String(shorter), default: []].append(index)
            }
        }
        for bucket in byDeletion.values where bucket.count > 1 {
            for (position, a) in bucket.enumerated() {
                for b in bucket[(position + 1)...] where a != b && sets.find(a) != sets.find(b) {
                    let nameA = forms[a].name, nameB = forms[b].name
                    // the same words, where they differ both four letters or more: "Arlen T. Moss" is not "Arlen P. Moss"
                    guard nameA.coreWords.count == nameB.coreWords.count,
                          zip(nameA.coreWords, nameB.coreWords).allSatisfy({ $0 == $1 || $0.count >= 4 && $1.count >= 4 }),
                          nameA.key.filter(\.isNumber) == nameB.key.filter(\.isNumber),
                          ActorNameMatcher.rarelyTogether(forms[a].documents, forms[b].documents),
                          ActorNameMatcher.withinOneEdit(nameA.key, nameB.key) else { continue }
                    if let labelA = ActorNameMatcher.typedLabel(forms[a].votes), let labelB = ActorNameMatcher.typedLabel(forms[b].votes),
                       labelA != labelB { continue }
                    sets.union(a, b)
                }
            }
        }
    }

    /// Two names an article resolver kept apart in most articles holding the smaller are two entities
    /// (brothers "Hamad" and "Hamid"); an article now and then spelling one person two ways is not evidence.
    static func rarelyTogether(_ a: Set<Int>, _ b: Set<Int>) -> Bool {
        2 * a.intersection(b).count <= min(a.count, b.count)
    }

    static func withinOneEdit(_ a: String, _ b: String) -> Bool {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        if abs(x.count - y.count) > 1 { return false }
        var i = 0, j = 0, edits = 0
        while i < x.count && j < y.count {
            if x[i] == y[j] { i += 1; j += 1; continue }
            edits += 1
            if edits > 1 { return false }
            if x.count > y.count { i += 1 } else if y.count > x.count { j += 1 } else { i += 1; j += 1 }
        }
        return edits + (x.count - i) + (y.count - j) <= 1
    }

    // MARK: rule 3

    /// Whether `shorter` can be a way of writing `fuller` (same surname already): given names agree and each of its
    /// middle names matches one of the fuller name's, in order.
    func fits(_ shorter: ActorName, _ fuller: ActorName) -> Bool {
        guard shorter.coreWords.count >= 2, fuller.coreWords.count >= shorter.coreWords.count,
              let firstA = givenName(shorter), let firstB = givenName(fuller),
              firstA == firstB || rules.givenNamesAgree(firstA, firstB) else { return false }
        let middleA = middleNames(shorter), middleB = middleNames(fuller)
        // a writer who gives middle names gives them all: "George W. Bush" is not "George H. W. Bush"
        if !middleA.isEmpty && middleA.count != middleB.count { return false }
        var position = 0
        for middle in middleA {
            while position < middleB.count && !(middle == middleB[position] || rules.givenNamesAgree(middle, middleB[position])) {
                position += 1
            }
            if position == middleB.count { return false }
            position += 1
        }
        return true
    }

    func foldedCore(_ name: ActorName) -> [String] {
        let core = name.words.filter { !rules.particles.contains($0) }
        return core.isEmpty ? name.words : core
    }

    func givenName(_ name: ActorName) -> String? { foldedCore(name).first }

    func middleNames(_ name: ActorName) -> [String] {
        let core = foldedCore(name)
        return core.count > 2 ? Array(core[1..<(core.count - 1)]) : []
    }

    func joinPersonNames(_ forms: [Form], _ sets: inout DisjointSets) {
        let groups = evidence(forms, &sets)
        var bySurname: [String: [Int]] = [:]
        for (root, entry) in groups where entry.isPerson {
            let name = forms[entry.fullest].name
            guard name.coreWords.count >= 2, let surname = name.coreWords.last else { continue }
            bySurname[surname, default: []].append(root)
        }
        for roots in bySurname.values where roots.count > 1 {
            let ordered = roots.sorted { a, b in
                let x = groups[a]!, y = groups[b]!
                return (forms[x.fullest].name.coreWords.count, x.documents.count, b) > (forms[y.fullest].name.coreWords.count, y.documents.count, a)
            }
            var heads: [Int] = []
            for root in ordered {
                let entry = groups[root]!
                let name = forms[entry.fullest].name
                let fitting = heads.filter { head in
                    let headEntry = groups[head]!
                    return ActorNameMatcher.rarelyTogether(headEntry.documents, entry.documents) && fits(name, forms[headEntry.fullest].name)
                }
                if let target = chosen(fitting, groups) { sets.union(target, root) } else { heads.append(root) }
            }
        }
    }

    /// The one candidate, or the one reported in `dominance` times more articles than any other.
    func chosen(_ candidates: [Int], _ groups: [Int: Evidence]) -> Int? {
        if candidates.count == 1 { return candidates[0] }
        guard candidates.count > 1 else { return nil }
        let ranked = candidates.sorted { (groups[$0]!.documents.count, $1) > (groups[$1]!.documents.count, $0) }
        let best = Double(groups[ranked[0]]!.documents.count), next = Double(groups[ranked[1]]!.documents.count)
        return best >= dominance * max(next, 1) ? ranked[0] : nil
    }

    // MARK: rule 4

    func joinBareNames(_ forms: [Form], _ sets: inout DisjointSets) {
        let groups = evidence(forms, &sets)
        var bySurname: [String: [Int]] = [:]
        var byGivenName: [String: [Int]] = [:]
        var leadingWordOfOthers: Set<String> = []
        var organisationsByLeadingWord: [String: [Int]] = [:]
        for (root, entry) in groups {
            let name = forms[entry.fullest].name
            guard name.coreWords.count >= 2 else { continue }
            if entry.isPerson {
                let surname = name.coreWords.last!
                bySurname[surname, default: []].append(root)
                // "Abdel Jalil" is also written "Jalil"
                if let start = rules.prefixClasses.first(where: { surname.hasPrefix($0.canonical) && surname.count > $0.canonical.count + 2 })?.canonical {
                    bySurname[String(surname.dropFirst(start.count)), default: []].append(root)
                }
                byGivenName[name.coreWords.first!, default: []].append(root)
            } else if ActorNameMatcher.typedLabel(entry.votes) == .organization {
                leadingWordOfOthers.insert(name.coreWords.first!)
                organisationsByLeadingWord[name.coreWords.first!, default: []].append(root)
            }
        }
        for (root, entry) in groups {
            let name = forms[entry.fullest].name
            guard name.coreWords.count == 1, let word = name.coreWords.first, word.count >= 3, entry.mixedCase || word.count > 4 else { continue }
            // "Cameron" of "Cameron International", typed as a company, is not the person "David Cameron"
            if ActorNameMatcher.typedLabel(entry.votes) == .organization && leadingWordOfOthers.contains(word)
                && !(bySurname[word] ?? []).allSatisfy({ $0 == root }) { continue }
            // a name typed mostly as a place joins a person only where the articles name both ("Hayward" tagged a town)
            let placeVotes = entry.votes[.place] ?? 0
            let mostlyPlace = placeVotes > 0 && placeVotes >= 2 * (entry.votes.values.reduce(0, +) - placeVotes)
            // the bearer of the surname, unless a given name of that word is far better reported ("Saif")
            // (a bare given name joins a person only on the evidence of its own article or story: ActorResolver)
            let surnameBearers = (bySurname[word] ?? []).filter { $0 != root }
            let givenNameBearers = !entry.isPlaceOrOrganisation && !mostlyPlace ? (byGivenName[word] ?? []).filter { $0 != root } : []
            var target = chosen(surnameBearers, groups)
            // a given name far better reported than the surname's bearer ("Saif" beside a little-known "Saif") leaves it alone
            let bestGiven = givenNameBearers.map { groups[$0]!.documents.count }.max() ?? 0
            if let found = target, Double(bestGiven) >= dominance * Double(groups[found]!.documents.count) { target = nil }
            // no person bears it: the one organisation whose name it starts ("Anadarko" of "Anadarko Petroleum"), when
            // most of its articles name that organisation too (a capitalised common word, "Disaster", does not join
            // "Disaster Relief Fund")
            if target == nil, surnameBearers.isEmpty, (byGivenName[word] ?? []).allSatisfy({ $0 == root }), !mostlyPlace,
               let companies = organisationsByLeadingWord[word]?.filter({ $0 != root }), companies.count == 1,
               2 * groups[companies[0]]!.documents.intersection(entry.documents).count >= entry.documents.count {
                target = companies[0]
            }
            guard let target else { continue }
            if mostlyPlace && 2 * groups[target]!.documents.intersection(entry.documents).count < entry.documents.count { continue }
            sets.union(target, root)
        }
    }

    // MARK: rule 6

    /// "U.S. State Department" and "State Department", "Egyptian Health Ministry" and "Health Ministry": an
    /// organisation named with a country in front is the one named without it when every such name in the story
    /// carries the same country.
    func joinCountryPrefixedOrganisations(_ forms: [Form], _ sets: inout DisjointSets) {
        let groups = evidence(forms, &sets)
        var formByKey: [String: Int] = [:]
        for (index, form) in forms.enumerated() { formByKey[form.name.key] = index }
        var prefixed: [String: [(country: String, form: Int)]] = [:]
        for (index, form) in forms.enumerated() where form.name.words.count >= 3 {
            guard let entry = groups[sets.find(index)], ActorNameMatcher.typedLabel(entry.votes) == .organization,
                  let length = (1...min(3, form.name.words.count - 2)).reversed().first(where: {
                      countries[form.name.words.prefix($0).joined(separator: " ")] != nil }),
                  let country = countries[form.name.words.prefix(length).joined(separator: " ")] else { continue }
            let rest = NameVariantRules.collapsed(form.name.words.dropFirst(length).map { rules.spelling(of: $0) }.joined())
            prefixed[rest, default: []].append((country, index))
        }
        for (rest, variants) in prefixed {
            guard let plain = formByKey[rest], Set(variants.map(\.country)).count == 1,
                  let entry = groups[sets.find(plain)], !entry.isPerson else { continue }
            for variant in variants { sets.union(plain, variant.form) }
        }
    }

    // MARK: rule 5

    func joinAcronyms(_ forms: [Form], _ sets: inout DisjointSets) {
        let groups = evidence(forms, &sets)
        var byInitials: [String: Set<Int>] = [:]
        for (index, form) in forms.enumerated() where form.name.words.count >= 2 {
            let root = sets.find(index)
            guard let entry = groups[root], !entry.isPerson else { continue }
            for initials in form.name.initials(skipping: rules.acronymSkips) { byInitials[initials, default: []].insert(root) }
        }
        for (index, form) in forms.enumerated() where (form.name.isUpperCase || form.writtenInCapitals) && form.name.words.count == 1 {
            let acronym = form.name.writtenWords[0].uppercased()
            guard (3...6).contains(acronym.count), let entry = groups[sets.find(index)], !entry.isPerson else { continue }
            var targets = byInitials[acronym] ?? []
            // a country's short form in front of an organisation's initials: "USGS" = "US" + "Geological Survey"
            if targets.isEmpty, let country = countryPrefix(of: acronym), let rest = byInitials[String(acronym.dropFirst(country))] {
                targets = rest
            }
            targets.remove(sets.find(index))
            guard let target = chosen(Array(targets), groups) else { continue }
            sets.union(target, index)
        }
    }

    /// The length of a country's short form ("US", "UK") starting an acronym, leaving two letters or more.
    func countryPrefix(of acronym: String) -> Int? {
        for length in [3, 2] where acronym.count - length >= 2 {
            let start = acronym.prefix(length).lowercased()
            if let country = countries[start], country != start, country.contains(" ") || country.count > 3 { return length }
        }
        return nil
    }

    // MARK: rule 7

    /// "Department of Justice" and "Justice Department", "Transitional National Council" and "National Transitional
    /// Council", "Disasters and Emergency Committee" and "Disasters Emergency Committee": two names of places or
    /// organisations with the same words, small words ("of", "and") aside, in another order.
    func joinReorderedOrganisations(_ forms: [Form], _ sets: inout DisjointSets) {
        let groups = evidence(forms, &sets)
        var byWords: [String: [Int]] = [:]
        for (index, form) in forms.enumerated() {
            guard let entry = groups[sets.find(index)], !entry.isPerson, ActorNameMatcher.typedLabel(entry.votes) != nil else { continue }
            let content = form.name.words.filter { !rules.acronymSkips.contains($0) }.map { rules.spelling(of: $0) }
            guard content.count >= 2 else { continue }
            byWords[content.sorted().joined(separator: " "), default: []].append(index)
        }
        for bucket in byWords.values where bucket.count > 1 {
            for other in bucket.dropFirst() { sets.union(bucket[0], other) }
        }
    }
}
