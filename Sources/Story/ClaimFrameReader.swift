import Link
import Model

/// Reads a figure's ``ClaimFrame`` from its sentence with the word lists of ``ClaimLexicon``.
///
/// The words read are those of the figure's clause: up to `afterReach` words after the number and `beforeReach` words
/// before it, stopping at a clause break (, ; : parentheses, dashes) or another number. What is counted comes from the
/// tagger's `describes`/unit words, else the nearest event word in the clause ("300 civilians had been killed",
/// "the death toll rose to 75,000"); measured amounts (barrels, dollars, sorties) are their unit. A rate marker
/// ("a day") makes the figure a rate. The scope is a capitalised name after a scope preposition in the clause
/// ("in Benghazi", "into Tunisia", "In Misrata, …"); the story's home scope is decided later by the aligner.
public struct ClaimFrameReader: Sendable {
    public var lexicon: ClaimLexicon
    public var afterReach = 12
    public var beforeReach = 8
    /// Words after the number where an event word or rate marker still belongs to it.
    public var eventAfterReach = 6
    /// Words after the number whose event word wins over the tagger's (a fixed rule: "made homeless", "were injured").
    public var immediateReach = 2

    public init(lexicon: ClaimLexicon = .standard) {
        self.lexicon = lexicon
    }

    /// The frame of `quantity`, nil when the sentence does not say what it counts (a bare number, a duration).
    public func frame(of quantity: Quantity, sentence: Span, in document: Document, reportYear: Int?) -> ClaimFrame? {
        let unit = quantity.unit?.lowercased()
        if let unit, CountConcepts.timeUnits.contains(unit) || unit.hasSuffix("-old") { return nil }
        let words = ClaimWord.words(of: document.text, in: sentence)
        let after = clause(words.filter { $0.start >= quantity.span.end }, limit: afterReach)
        let before = Array(clause(words.filter { $0.end <= quantity.span.start }.reversed(), limit: beforeReach).reversed())
        let inside = words.filter { $0.start >= quantity.span.start && $0.end <= quantity.span.end }

        var ratePer: String?
        var measured: String?
        if var unit {
            for (marker, period) in lexicon.rateMarkers {
                let phrase = marker.joined(separator: " ")
                guard unit.hasSuffix(" " + phrase) else { continue }
                ratePer = period
                unit = String(unit.dropLast(phrase.utf8.count + 1))
                break
            }
            measured = measuredName(unit)
        }
        if ratePer == nil { ratePer = find(lexicon.rateMarkers, in: Array(after.prefix(eventAfterReach)).map(\.lower)) }
        if ratePer == nil, let last = before.last?.lower, let period = lexicon.rateMarkers[[last]] { ratePer = period }

        let clauseWords = (before + inside + after).filter { $0.kind == .word }
        var counted: String
        if let measured {
            counted = measured
            for word in clauseWords {
                guard let event = lexicon.measureEvents[word.lower] else { continue }
                counted += " " + event
                break
            }
        } else if let event = event(quantity, after: after, before: before,
                                    farBefore: clause(words.filter { $0.end <= quantity.span.start }.reversed(), limit: 2 * beforeReach)) {
            counted = event
        } else if let concept = CountConcepts.concept(quantity), quantity.describes != nil || !(CountConcepts.genericUnits.contains(unit ?? "")) {
            guard quantity.describes != nil || quantity.unit != nil else { return nil }
            counted = concept
        } else {
            return nil
        }
        if CountConcepts.genericUnits.contains(counted) { return nil }

        let qualifier = find(lexicon.qualifiers, in: clauseWords.filter { !$0.isCapitalised }.map(\.lower))
        let since = CountConcepts.sinceYear(document.text(of: sentence))
        // Another year: in the figure's clause, else anywhere before it in the sentence ("a series of storms in 2008,
        // when almost a thousand people were killed"); a year after "since" starts the count, and a four-digit time
        // stamp opening a live report ("1948 The authorities …") is no year.
        var year: String?
        let earlier = words.filter { $0.end <= quantity.span.start }
        for word in before + after + earlier.reversed() {
            guard let value = ClaimFrameReader.year(word) else { continue }
            if let since, word.text == since { continue }
            if let reportYear, value == reportYear { continue }
            if let index = words.firstIndex(where: { $0.start == word.start }) {
                if index > 0, words[index - 1].lower == "since" { continue }
                if index == 0, words.count > 1, words[1].kind == .word, words[1].isCapitalised { continue }
            }
            year = word.text
            break
        }
        // The scope and period words after a figure joined to the next one ("three died and 639 were injured in
        // Wednesday's clashes in the square") hold for both.
        let joined = clause(words.filter { $0.start >= quantity.span.end }, limit: afterReach + 8, throughJoinedFigures: true)
        // A sentence that opens on its place ("In Marrow, 35 people …") names the scope of its figures.
        let lead = clause(words.prefix { $0.start < quantity.span.start }, limit: beforeReach)
        let opening = lead.count < words.count && words[lead.count].kind == .clauseBreak ? lead : []
        // A counted group named with the number ("14 UN staff", "four French journalists") is the figure's scope.
        let named = measured == nil ? groupScope(inside, sentenceStart: words.first?.start) : nil
        let group = measured == nil && !CountConcepts.genericUnits.contains(counted)
            ? countedGroup(quantity, inside: inside, after: after, counted: counted) : nil
        let oneDay = measured == nil ? period(before: before, after: joined, sentence: words, in: document) : nil
        var frame = ClaimFrame(counted: counted, ratePer: ratePer, qualifier: qualifier,
                               scope: (group == nil ? named : nil) ?? scope(after: joined, before: before) ?? scope(after: opening, before: []),
                               group: group, period: oneDay?.period,
                               since: since, year: year,
                               source: source(words))
        frame.periodDay = oneDay?.day
        return frame
    }

    /// The group within the story's people a figure counts: its counted noun ("14 UN staff", "10 policemen") or the
    /// noun after "of its/their/the" ("17 of its staff", "36 members of its staff"), when that noun names a group
    /// (``ClaimLexicon/groupNouns``) and the figure counts what happened to it (not the group's own size: "150,000
    /// troops" counts troops).
    func countedGroup(_ quantity: Quantity, inside: [ClaimWord], after: [ClaimWord], counted: String) -> String? {
        var nouns: [[String]] = []
        let insideWords = inside.filter { $0.kind == .word }.map(\.lower)
        nouns.append(insideWords)
        if let unit = quantity.unit?.lowercased() { nouns.append(unit.split(separator: " ").map(String.init)) }
        // "36 of its personnel", "36 members of its staff": the noun after "of" and a determiner.
        let head = after.prefix(5).map(\.lower)
        if let of = head.firstIndex(of: "of"), of <= 1 { nouns.append(Array(head[(of + 1)...])) }
        for words in nouns {
            for start in words.indices {
                for length in [2, 1] where start + length <= words.count {
                    guard let group = lexicon.groupNouns[Array(words[start..<start + length])] else { continue }
                    // The group's own size is no outcome of it.
                    let noun = words[start + length - 1]
                    if lexicon.events[noun] == counted || CountConcepts.conceptOfWord[noun] == counted { return nil }
                    return group
                }
            }
        }
        return nil
    }

    /// "day" when the clause names one day or incident for the figure ("killed on Friday", "in Wednesday's clashes",
    /// "in the last 24 hours") and no running-total word ("the toll rose to 300 on Friday"); a weekday right after a
    /// speech verb or right before "that" dates the statement, not the count ("said Monday that 233 …"). With the
    /// day the marker resolves to (ISO), when the time tagger resolved it.
    func period(before: [ClaimWord], after: [ClaimWord], sentence: [ClaimWord],
                in document: Document) -> (period: String, day: String?)? {
        let words = before + after
        let lower = words.map(\.lower)
        if find(lexicon.cumulativeMarkers, in: lower) != nil { return nil }
        for start in lower.indices {
            for length in [3, 2, 1] where start + length <= lower.count {
                guard let period = lexicon.dayMarkers[Array(lower[start..<start + length])] else { continue }
                if let index = sentence.firstIndex(where: { $0.start == words[start].start }) {
                    if index > 0, lexicon.speechVerbs.contains(sentence[index - 1].lower) { continue }
                    if index + length < sentence.count, sentence[index + length].lower == "that" { continue }
                }
                let first = words[start], last = words[start + length - 1]
                let day = document.timexes.first {
                    $0.kind == .date && $0.value.utf8.count == 10 && $0.span.start <= last.end && first.start < $0.span.end
                }?.value
                return (period, day)
            }
        }
        return nil
    }

    /// Words up to the first clause break, speech verb or number other than a year, at most `limit` words.
    /// With `throughJoinedFigures`, a number right after a joining word ("and 639 were injured") does not end the
    /// clause.
    func clause<S: Sequence>(_ words: S, limit: Int, throughJoinedFigures: Bool = false) -> [ClaimWord] where S.Element == ClaimWord {
        var result: [ClaimWord] = []
        for word in words {
            if result.count >= limit || word.kind == .clauseBreak || lexicon.speechVerbs.contains(word.lower) { break }
            if word.kind == .number, ClaimFrameReader.year(word) == nil {
                guard throughJoinedFigures, let last = result.last, lexicon.coordinators.contains(last.lower) else { break }
            }
            result.append(word)
        }
        return result
    }

    /// The capitalised words between the number and its counted noun ("UN" in "14 UN staff", "French" in "four French
    /// journalists"), words that are no scope left out; nil when there are none.
    func groupScope(_ inside: [ClaimWord], sentenceStart: Int?) -> String? {
        guard let last = inside.last, last.kind == .word, !last.isCapitalised else { return nil }
        // The first word is the number or its hedge ("Seventeen", "At least 11").
        let name = inside.dropFirst().dropLast().filter {
            $0.kind == .word && $0.isCapitalised && $0.start != sentenceStart && !lexicon.notScopes.contains($0.text)
                && lexicon.events[$0.lower] == nil
        }
        return name.isEmpty ? nil : name.map(\.text).joined(separator: " ")
    }

    /// A four-digit year from 1900 to 2100.
    static func year(_ word: ClaimWord) -> Int? {
        guard word.kind == .number, word.text.utf8.count == 4, let value = Int(word.text), (1900...2100).contains(value) else {
            return nil
        }
        return value
    }

    /// A measured unit's name ("barrel" → barrels, "strike sorties" → strike sorties).
    func measuredName(_ unit: String) -> String? {
        if let name = lexicon.measureUnits[unit] { return name }
        let parts = unit.split(separator: " ").map(String.init)
        guard parts.count > 1, let last = parts.last, let name = lexicon.measureUnits[last] else { return nil }
        return (parts.dropLast() + [name]).joined(separator: " ")
    }

    /// The event class from the tagger's words, else the nearest event word after (then before) the number. A
    /// counted group ("five protesters", "36 UN personnel") counts what happened to it when the clause says ("were
    /// killed", "are confirmed dead"), else the group itself. `farBefore` is the whole clause before the number, read
    /// last, nearest word first ("the death toll from the clashes in the square has reached 11").
    func event(_ quantity: Quantity, after: [ClaimWord], before: [ClaimWord], farBefore: [ClaimWord]) -> String? {
        for word in after.prefix(eventAfterReach) + before {
            if let event = lexicon.events[word.lower], lexicon.specificEvents.contains(event) { return event }
        }
        let unitWords = quantity.unit.map { $0.lowercased().split(separator: " ").map(String.init) } ?? []
        if let last = unitWords.last, lexicon.groupNouns[[last]] != nil || lexicon.groupNouns[unitWords.suffix(2).map { $0 }] != nil {
            let own = lexicon.events[last]
            for word in after.prefix(eventAfterReach) {
                if let event = lexicon.events[word.lower], event != own, lexicon.groupNouns[[word.lower]] == nil { return event }
            }
        }
        // An event word right after the number is what happened to those it counts, whatever the tagger carried
        // over from an earlier figure ("200,000 have been killed and 300,000 made homeless").
        if quantity.unit == nil || CountConcepts.genericUnits.contains(quantity.unit?.lowercased() ?? "") {
            for word in after.prefix(immediateReach) { if let event = lexicon.events[word.lower] { return event } }
        }
        for source in [quantity.describes, quantity.unit] {
            guard let source else { continue }
            for word in source.lowercased().split(whereSeparator: { !$0.isLetter }) {
                if let event = lexicon.events[String(word)] { return event }
            }
        }
        if let unit = quantity.unit?.lowercased(), !CountConcepts.genericUnits.contains(unit), quantity.describes == nil {
            // A counted noun of its own ("120 members") counts that, whatever event words stand nearby, unless it
            // names a group of people whose fate follows ("36 personnel are now confirmed dead").
            guard lexicon.groupNouns[[unitWords.last ?? ""]] != nil else { return nil }
        }
        for word in after.prefix(eventAfterReach) { if let event = lexicon.events[word.lower] { return event } }
        for word in before.reversed() { if let event = lexicon.events[word.lower] { return event } }
        for word in farBefore { if let event = lexicon.events[word.lower] { return event } }
        return nil
    }

    /// The first phrase of `table` found in `words`.
    func find(_ table: [[String]: String], in words: [String]) -> String? {
        guard !words.isEmpty else { return nil }
        for start in words.indices {
            for length in [3, 2, 1] where start + length <= words.count {
                if let value = table[Array(words[start..<start + length])] { return value }
            }
        }
        return nil
    }

    /// A capitalised name after a scope preposition in the clause, or a whole-country word ("nationwide" → nil scope
    /// but marked as whole by returning nil). Names run over capitalised words and "of" ("Gulf of Mexico").
    func scope(after: [ClaimWord], before: [ClaimWord]) -> String? {
        for words in [after, before] {
            var index = 0
            while index < words.count {
                let word = words[index]
                if lexicon.wholeScopeWords.contains(word.lower) { return nil }
                if lexicon.scopePrepositions.contains(word.lower), index + 1 < words.count, words[index + 1].isCapitalised,
                   !lexicon.notScopes.contains(words[index + 1].bare),
                   !(word.lower == "to" && index > 0 && words[index - 1].lower == "according") {
                    // A possessor before the name is dropped ("in Cairo's Tahrir Square" → Tahrir Square).
                    var name = [words[index + 1]]
                    var next = index + 2
                    while next < words.count {
                        if words[next].isCapitalised, !lexicon.notScopes.contains(words[next].bare) {
                            if name.last?.isPossessive == true { name = [] }
                            name.append(words[next])
                        } else if words[next].lower == "of", next + 1 < words.count, words[next + 1].isCapitalised {
                            name.append(words[next])
                        } else {
                            break
                        }
                        next += 1
                    }
                    return name.map(\.bare).joined(separator: " ")
                }
                index += 1
            }
        }
        return nil
    }

    /// Who gives the figure: the words after a source cue ("according to Human Rights Watch"), else the capitalised
    /// name right before a speech verb ("the Health Ministry said").
    func source(_ words: [ClaimWord]) -> String? {
        for cue in lexicon.sourceCues {
            for start in words.indices where start + cue.count < words.count
                && Array(words[start..<start + cue.count].map(\.lower)) == cue {
                let name = clause(words[(start + cue.count)...], limit: 5)
                if !name.isEmpty { return name.map(\.text).joined(separator: " ") }
            }
        }
        for (index, word) in words.enumerated() where lexicon.speechVerbs.contains(word.lower) && index > 0 {
            var start = index
            while start > 0, words[start - 1].kind == .word, words[start - 1].isCapitalised || words[start - 1].lower == "the" {
                start -= 1
            }
            if start < index, words[start..<index].contains(where: \.isCapitalised) {
                return words[start..<index].map(\.text).joined(separator: " ")
            }
        }
        return nil
    }
}
