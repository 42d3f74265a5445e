import Model

/// Finds proper names from capitalisation, context and word lists: sentence-initial and headline words count
/// only when known or capitalised elsewhere in the text; leading titles become the role ("Russian President
/// Vladimir Putin" -> name "Vladimir Putin", role "Russian President"); labels come from the name lists, the
/// last word ("… Ministry" -> ORG, "… River" -> PLACE), titles and given names (PERSON). Single words left
/// undecided are typed later from the rest of the document.
struct NameFinder: Sendable {
    let text: TokenizedText
    let sentences: [Range<Int>]
    let lexicon: EntityLexicon
    var tokens: [Token] { text.tokens }
    private var initial: [Bool]
    private var capitalisedMid = Set<String>()
    private var lowerSeen = Set<String>()

    init(text: TokenizedText, sentences: [Range<Int>], lexicon: EntityLexicon = .shared) {
        self.text = text
        self.sentences = sentences
        self.lexicon = lexicon
        let tokens = text.tokens
        var initial = Array(repeating: false, count: tokens.count)
        for range in sentences {
            var k = range.lowerBound
            while k < range.upperBound, tokens[k].kind != .word && tokens[k].kind != .number { k += 1 }
            if k < range.upperBound { initial[k] = true }
        }
        for k in 1..<max(1, tokens.count) where tokens[k].kind == .word {
            let p = tokens[k - 1]
            if (p.kind == .quoteMark && p.spaceBefore) || (p.kind == .punctuation && (p.scalar == 0x3A || p.scalar == 0x2022 || p.scalar == 0x2014)) {
                initial[k] = true
            }
        }
        // title-case lines (headlines, headings): every word is ambiguous
        var paragraphWords: [Int: (words: Int, caps: Int)] = [:]
        for token in tokens where token.kind == .word && token.end - token.start >= 4 {
            var entry = paragraphWords[token.paragraph] ?? (0, 0)
            entry.words += 1
            if token.isCapitalized { entry.caps += 1 }
            paragraphWords[token.paragraph] = entry
        }
        // a title-case line has no sentence-final period
        var endsWithPeriod = Set<Int>()
        for k in tokens.indices where k + 1 == tokens.count || tokens[k + 1].paragraph != tokens[k].paragraph {
            var last = k
            while last > 0, tokens[last].kind == .quoteMark, tokens[last - 1].paragraph == tokens[k].paragraph { last -= 1 }
            if tokens[last].kind == .punctuation, tokens[last].scalar == 0x2E { endsWithPeriod.insert(tokens[k].paragraph) }
        }
        let headlines = Set(paragraphWords.filter {
            $0.value.words >= 2 && Double($0.value.caps) >= 0.7 * Double($0.value.words) && !endsWithPeriod.contains($0.key)
        }.keys)
        for k in tokens.indices where headlines.contains(tokens[k].paragraph) { initial[k] = true }
        self.initial = initial
        for k in tokens.indices where tokens[k].kind == .word {
            if tokens[k].isCapitalized || tokens[k].isAllCaps {
                if !initial[k] { capitalisedMid.insert(text.string(k)) }
            } else {
                lowerSeen.insert(text.string(k))
            }
        }
    }

    func isKnown(_ word: String) -> Bool {
        lexicon.givenNames.contains(word) || lexicon.places.contains(word) || lexicon.organizations.contains(word)
            || lexicon.demonyms[word] != nil || lexicon.acronyms[word] != nil
    }

    private func isPossessive(_ k: Int) -> Bool { tokens[k].kind == .word && tokens[k].scalar == 0x27 }

    func isNameWord(_ k: Int) -> Bool {
        guard k < tokens.count, tokens[k].kind == .word, tokens[k].isCapitalized || tokens[k].isAllCaps, !isPossessive(k) else {
            return false
        }
        let word = text.string(k)
        if lexicon.nonNames.contains(word) || lexicon.sentenceStarters.contains(word) { return false }
        if !initial[k] { return true }
        if isKnown(word) || capitalisedMid.contains(word) || lexicon.isTitle(word) { return true }
        if lowerSeen.contains(word.lowercased()) || word.hasSuffix("ly") || word.hasSuffix("ing") || word.hasSuffix("ed") { return false }
        // an unknown capitalised word: a name when more name words follow or a cue verb / possessive follows
        if k + 1 < tokens.count, tokens[k + 1].kind == .word, tokens[k + 1].paragraph == tokens[k].paragraph {
            if tokens[k + 1].isCapitalized && !initial[k + 1] { return true }
            if isPossessive(k + 1) { return true }
            if QuoteLexicon.shared.cueVerbs[text.string(k + 1)] != nil { return true }
        }
        return false
    }

    func find() -> [NameCandidate] {
        var result: [NameCandidate] = []
        var k = 0
        while k < tokens.count {
            guard isNameWord(k) else { k += 1; continue }
            var j = k + 1
            while j < tokens.count, tokens[j].paragraph == tokens[k].paragraph {
                if isNameWord(j) { j += 1; continue }
                if tokens[j].kind == .word, !tokens[j].isCapitalized, lexicon.connectors.contains(text.string(j)) {
                    // a bare "the" or "on" joins only an organisation or event head ("Conference on …")
                    let connector = text.string(j)
                    if connector == "the" || connector == "on" || connector == "le" || connector == "la" {
                        let head = text.string(j - 1)
                        if connector == "the" || !(lexicon.orgWords.contains(head) || lexicon.otherWords.contains(head)) { break }
                    }
                    var m = j + 1
                    if m < tokens.count, tokens[m].kind == .word, !tokens[m].isCapitalized, lexicon.connectors.contains(text.string(m)) { m += 1 }
                    if m < tokens.count, isNameWord(m), !initial[m] || isKnown(text.string(m)) { j = m + 1; continue }
                }
                if tokens[j].kind == .punctuation, tokens[j].scalar == 0x26, j + 1 < tokens.count, isNameWord(j + 1) {
                    j += 2; continue
                }
                break
            }
            for part in splitCoordination(k..<j) {
                for piece in splitAffiliation(part) { result.append(contentsOf: analyse(piece)) }
            }
            k = j
        }
        return result
    }

    /// Splits "Russia and Ukraine" into two names, but keeps "Securities and Exchange Commission".
    private func splitCoordination(_ range: Range<Int>) -> [Range<Int>] {
        guard let and = range.first(where: { text.isToken($0, "and") || text.isPunct($0, "&") }) else { return [range] }
        let whole = text.string(tokens: range.lowerBound, range.upperBound - 1)
        let leftLast = and > range.lowerBound ? text.string(and - 1) : ""
        let leftIsName = lexicon.orgWords.contains(leftLast) || lexicon.placeWords.contains(leftLast)
            || lexicon.places.contains(leftLast) || lexicon.organizations.contains(leftLast)
        if lexicon.organizations.contains(whole) || (lexicon.orgWords.contains(text.string(range.upperBound - 1)) && !leftIsName) { return [range] }
        return [range.lowerBound..<and] + splitCoordination((and + 1)..<range.upperBound)
    }

    /// Splits "Gary Chan of DAB" into the person and the organisation: a two- or three-word name before "of"
    /// that is not itself an organisation or place name.
    private func splitAffiliation(_ range: Range<Int>) -> [Range<Int>] {
        guard let of = range.first(where: { text.isToken($0, "of") }) else { return [range] }
        let left = range.lowerBound..<of
        guard left.count >= 2, left.count <= 3 else { return [range] }
        let words = left.map { text.string($0) }
        if words.contains(where: { lexicon.orgWords.contains($0) || lexicon.placeWords.contains($0) || lexicon.isTitle($0) })
            || lexicon.orgWords.contains(words[0]) || lexicon.places.contains(words.joined(separator: " ")) {
            return [range]
        }
        var right = (of + 1)..<range.upperBound
        while !right.isEmpty, lexicon.determiners.contains(text.string(right.lowerBound)) { right = (right.lowerBound + 1)..<right.upperBound }
        return right.isEmpty ? [left] : [left, right]
    }

    private func trimConnectors(_ range: Range<Int>) -> Range<Int> {
        var lo = range.lowerBound, hi = range.upperBound
        while lo < hi, (tokens[lo].kind == .word && !tokens[lo].isCapitalized) || lexicon.determiners.contains(text.string(lo)) { lo += 1 }
        while hi > lo, tokens[hi - 1].kind == .word, !tokens[hi - 1].isCapitalized { hi -= 1 }
        return lo..<hi
    }

    private func analyse(_ raw: Range<Int>) -> [NameCandidate] {
        var range = trimConnectors(raw)
        guard !range.isEmpty else { return [] }
        // trailing title words ("State Department Spokesperson")
        while range.count >= 2, lexicon.roleHeads.contains(text.lower(range.upperBound - 1)), !lexicon.orgWords.contains(text.string(range.upperBound - 1)) {
            range = trimConnectors(range.lowerBound..<(range.upperBound - 1))
        }
        guard !range.isEmpty else { return [] }
        // a known place or organisation run into a person's name ("United States Hamdullah Mohib")
        if range.count >= 3, !range.contains(where: { lexicon.connectors.contains(text.string($0)) }),
           !lexicon.orgWords.contains(text.string(range.upperBound - 1)), !lexicon.placeWords.contains(text.string(range.upperBound - 1)) {
            for cut in stride(from: range.upperBound - 1, to: range.lowerBound, by: -1) {
                let prefix = text.string(tokens: range.lowerBound, cut - 1)
                let rest = cut..<range.upperBound
                guard rest.count <= 3, lexicon.places.contains(prefix) || lexicon.organizations.contains(prefix) else { continue }
                if lexicon.givenNames.contains(text.string(cut)) || rest.count >= 2 {
                    return analyse(range.lowerBound..<cut) + analyse(rest)
                }
            }
        }
        let words = range.map { text.string($0) }
        // bare titles, demonyms and title-only runs are not names
        let content = words.filter { !lexicon.connectors.contains($0) }
        if content.allSatisfy({ lexicon.isTitle($0) || ($0 == "State") || (lexicon.demonyms[$0] != nil && !lexicon.places.contains($0)) }) {
            if content.count == 1, let place = plural(content[0]), lexicon.demonyms[place] != nil {
                return [NameCandidate(range: range, label: .person)]
            }
            return []
        }
        // "Russia-backed", a lone letter: never names
        if words.count == 1, lexicon.hasShape(words[0], "compound") || words[0].count == 1 { return [] }
        // an adjective before a lowercase noun: "Crimean peninsula", "Nordic countries"
        if words.count == 1, lexicon.hasShape(words[0], "adjective"), !isKnown(words[0]),
           range.upperBound < tokens.count, tokens[range.upperBound].kind == .word, !tokens[range.upperBound].isCapitalized,
           QuoteLexicon.shared.cueVerbs[text.string(range.upperBound)] == nil, !lexicon.hasShape(words[0], "surname") || words[0].hasSuffix("ean") {
            return []
        }
        // "Russian NATO (proposal)": an adjectival demonym before a known name is not part of it
        if words.count >= 2, lexicon.demonyms[words[0]] != nil, !lexicon.places.contains(words[0]) {
            let rest = (range.lowerBound + 1)..<range.upperBound
            let restWords = words.dropFirst().joined(separator: " ")
            if lexicon.organizations.contains(restWords) || lexicon.places.contains(restWords) || (rest.count == 1 && tokens[rest.lowerBound].isAllCaps) {
                return analyse(rest)
            }
        }
        // title split
        var lastTitle: Int? = nil
        for index in 0..<(words.count - 1) where lexicon.isTitle(words[index]) { lastTitle = index }
        if let t = lastTitle {
            var nameStart = t + 1
            if let given = ((t + 1)..<words.count).first(where: { lexicon.givenNames.contains(words[$0]) }) { nameStart = given }
            let rest = Array(words[nameStart...])
            let restIsPerson = rest.count <= 4 && !rest.contains(where: { lexicon.connectors.contains($0) })
                && !lexicon.orgWords.contains(rest.last!) && !lexicon.placeWords.contains(rest.last!)
                && !lexicon.places.contains(rest.joined(separator: " ")) && !lexicon.organizations.contains(rest.joined(separator: " "))
            if restIsPerson {
                let nameRange = (range.lowerBound + nameStart)..<range.upperBound
                let roleEnd = range.lowerBound + t
                let roleStart = extendRole(leftOf: range.lowerBound)
                var out = [NameCandidate(range: nameRange, label: .person,
                                         role: text.string(tokens: roleStart, roleEnd), titled: true)]
                // a name inside the title ("… for Europe") stays a mention of its own
                let between = (range.lowerBound + t + 1)..<(range.lowerBound + nameStart)
                if !between.isEmpty {
                    let inner = trimConnectors(between)
                    if !inner.isEmpty { out.append(NameCandidate(range: inner, label: label(of: inner))) }
                }
                return out
            }
        }
        // leading titles before a non-person name ("Co-founder of Google")
        if let t = lastTitle, words[(t + 1)...].contains(where: { lexicon.connectors.contains($0) }) {
            let rest = trimConnectors((range.lowerBound + t + 1)..<range.upperBound)
            if !rest.isEmpty { return [NameCandidate(range: rest, label: label(of: rest))] }
        }
        // a lowercase title right before the name ("spokesman Dmitry Peskov")
        let roleStart = extendRole(leftOf: range.lowerBound)
        if roleStart < range.lowerBound, words.count <= 4, label(of: range) == nil || label(of: range) == .person {
            return [NameCandidate(range: range, label: .person, role: text.string(tokens: roleStart, range.lowerBound - 1), titled: true)]
        }
        return [NameCandidate(range: range, label: label(of: range))]
    }

    /// "Russians" -> "Russian".
    private func plural(_ word: String) -> String? { word.hasSuffix("s") ? String(word.dropLast()) : nil }

    /// The start of the role words right before a name that follows a lowercase title ("Kremlin spokesman").
    private func extendRole(leftOf start: Int) -> Int {
        var k = start - 1
        var sawTitle = false
        var roleStart = start
        while k >= 0, start - k <= 8, tokens[k].paragraph == tokens[start].paragraph, tokens[k].kind == .word, !isPossessive(k) {
            let word = text.string(k)
            if lexicon.isTitle(word) && !lexicon.sentenceStarters.contains(word) {
                sawTitle = true; roleStart = k
            } else if sawTitle && (tokens[k].isCapitalized || tokens[k].isAllCaps) {
                roleStart = k
            } else if sawTitle && (word == "of" || word == "for") {
                // keep going: "Secretary of State"
            } else {
                break
            }
            k -= 1
        }
        return sawTitle ? roleStart : start
    }

    /// The label a name's own words and the lists give, or nil when undecided.
    func label(of range: Range<Int>) -> EntityLabel? {
        let words = range.map { text.string($0) }
        let whole = words.joined(separator: " ")
        let last = words.last!
        if lexicon.organizations.contains(whole) { return .organization }
        if lexicon.places.contains(whole) { return .place }
        // "University of Texas", "Museum of Flight", "Church of Scientology": the head before "of" decides
        if let of = words.firstIndex(of: "of"), of > 0 {
            let head = words[of - 1]
            if lexicon.orgWords.contains(head) { return .organization }
            if lexicon.placeWords.contains(head) { return .place }
            if lexicon.otherWords.contains(head) { return .other }
        }
        if lexicon.orgWords.contains(last) { return .organization }
        if lexicon.placeWords.contains(last) && words.count >= 2 { return .place }
        if lexicon.otherWords.contains(last) && words.count >= 2 { return .other }
        if words.count >= 2, let label = lexicon.leadingWords[words[0]] { return label }
        if words.count >= 2, words.count <= 3, !words.contains(where: { lexicon.connectors.contains($0) }) {
            let directions: Set<String> = ["North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western",
                                           "Central", "New", "Upper", "Lower", "Greater", "Inner", "Outer"]
            let lastIsPlace = lexicon.places.contains(last)
            let firstIsPlace = lexicon.places.contains(words[0])
            if lastIsPlace && !firstIsPlace && !directions.contains(words[0]) && !lexicon.givenNames.contains(words[0]) {
                return .organization // "Environment Canada", "Hitwise UK"
            }
            if firstIsPlace && !lastIsPlace && !lexicon.givenNames.contains(words[0]) { return .organization } // "Toronto Star"
        }
        if words.contains(where: { $0.contains(where: \.isNumber) }) { return .other } // "STS-1", "IE6"
        if words.count >= 2, words.count <= 4, lexicon.givenNames.contains(words[0]), !words.contains(where: { lexicon.connectors.contains($0) }),
           !lexicon.places.contains(last) {
            return .person
        }
        if words.count == 1, tokens[range.lowerBound].isAllCaps, words[0].count <= 6 { return .organization }
        if words.count >= 2, !lexicon.givenNames.contains(words[0]), lexicon.places.contains(words[0]) || lexicon.places.contains(last)
            || ["North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "New", "Upper", "Lower"].contains(words[0]) && lexicon.places.contains(words.dropFirst().joined(separator: " ")) {
            return .place
        }
        if words.count == 1, let singular = plural(last), lexicon.demonyms[singular] != nil { return .person }
        return nil
    }
}
