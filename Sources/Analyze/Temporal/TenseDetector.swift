/// Guesses the tense of the clause around a token range from nearby cue words ("will", "said", "-ed" verbs),
/// within the sentence (found by punctuation when the document has no sentence annotations).
struct TenseDetector: Sendable {
    let lexicon = TenseLexicon.shared
    /// Abbreviations whose period does not end a sentence.
    private static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "gov", "sen", "rep", "lt", "col", "sgt", "capt", "prof",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "inc", "co",
        "corp", "ltd", "p", "a", "m", "u", "s", "e", "g", "i",
    ]

    func tense(_ tokens: [TextToken], from start: Int, to end: Int) -> Tense {
        // "since March": the period began in the past
        if start > 0, tokens[start - 1].lower == "since" { return .past }
        let low = sentenceStart(tokens, before: start)
        let high = sentenceEnd(tokens, after: end)
        var best: (distance: Int, tense: Tense)? = nil
        // "until Thursday, they had …", "it was not until Tuesday that …": the limit lies in the past
        var pastPerfect = false
        for index in low..<high where tokens[index].lower == "had" { pastPerfect = true; break }
        // "… on Friday, the general said": a reporting clause closing the sentence after a comma
        let firstCommaAfter = (end..<high).first { tokens[$0].lower == "," }
        let context = CueContext(tokens: tokens, start: start, end: end, pastPerfect: pastPerfect, commaAfter: firstCommaAfter)
        func consider(_ index: Int, distance: Int) {
            guard let cue = cue(at: index, context) else { return }
            var weighted = distance * cue.weight / 2
            if isTrailingReportingVerb(tokens, index, expression: start, after: firstCommaAfter, sentence: low..<high) {
                weighted = max(weighted, 3 * distance)
            }
            if best == nil || weighted < best!.distance { best = (weighted, cue.tense) }
        }
        // a cue on the other side of a quotation mark belongs to the reporting clause ("… will leave Thursday,'' Castro
        // said"): it counts three times as far
        var index = start - 1
        var quoteFactor = 1
        while index >= low {
            if isQuotationMark(tokens, index) { quoteFactor = 3 }
            consider(index, distance: (start - index) * quoteFactor)
            index -= 1
        }
        index = end
        quoteFactor = 1
        while index < high {
            if isQuotationMark(tokens, index) { quoteFactor = 3 }
            consider(index, distance: (index - end + 1) * quoteFactor)
            index += 1
        }
        return best?.tense ?? .unknown
    }

    /// A reporting verb in a short clause that closes the sentence after a comma following the expression ("… on Friday,
    /// the general said.", "…, said a spokeswoman for the city."); not one that opens its own report ("On Friday,
    /// officials said that …").
    private func isTrailingReportingVerb(_ tokens: [TextToken], _ index: Int, expression start: Int, after comma: Int?,
                                         sentence: Range<Int>) -> Bool {
        guard let comma, index > comma, sentence.upperBound - index <= 7, start - sentence.lowerBound > 2,
              lexicon.reporting.contains(tokens[index].lower) else { return false }
        return !tokens[(index + 1)..<sentence.upperBound].contains { $0.lower == "that" }
    }

    /// What the tense detector knows about the expression while it weighs one cue word.
    private struct CueContext {
        let tokens: [TextToken]
        /// The expression's token range.
        let start: Int
        let end: Int
        /// The sentence holds "had".
        let pastPerfect: Bool
        /// The first comma after the expression in its sentence.
        let commaAfter: Int?

        func lower(_ index: Int) -> String { index >= 0 && index < tokens.count ? tokens[index].lower : "" }
        /// Tokens between a word and the expression, counting the word.
        func distance(_ index: Int) -> Int { index < start ? start - index : index - end + 1 }
    }

    /// How far a verb-group cue that only governs its own phrase reaches ("the ambassadors meet in Brussels on
    /// Wednesday"; not "to meet demand for its newest computers well into the summer").
    private static let verbGroupReach = 5

    /// The tense a word points to and its weight in halves (2: a sure cue; 3: a guessed one, counted half again as far),
    /// or nil when the word is no cue here.
    private func cue(at index: Int, _ c: CueContext) -> (tense: Tense, weight: Int)? {
        let token = c.tokens[index]
        guard token.kind == .word else { return nil }
        let word = token.lower
        let previous = c.lower(index - 1)
        let next = c.lower(index + 1)
        let sure = { (tense: Tense) in (tense: tense, weight: 2) }
        // contractions: "'ll" is future; "'d have", "'d be" is "would", "'d been", "'d left" is "had"
        if previous == "'", !token.spaceBefore, index >= 2, !c.tokens[index - 1].spaceBefore, c.tokens[index - 2].kind == .word {
            if word == "ll" { return sure(.future) }
            if word == "d" { return next == "been" || next.hasSuffix("ed") ? sure(.past) : sure(.future) }
            return nil
        }
        // "should be ready by Saturday" looks ahead, "should have arrived on Saturday" back
        let perfectFollows = next == "have" || next == "not" && c.lower(index + 2) == "have"
        // a modal is weaker than "will" ("ruled that he should go back"): it counts half again as far
        if lexicon.modals.contains(word) { return (tense: perfectFollows ? .past : .future, weight: 3) }
        if lexicon.pastModals.contains(word) { return perfectFollows ? sure(.past) : nil }
        // "are to meet on Thursday": "be to" is a plan
        if word == "to", lexicon.be.contains(previous), index + 1 < c.tokens.count, c.tokens[index + 1].kind == .word,
           next != "blame" {
            return sure(.future)
        }
        // "are meeting on Friday": the present progressive of an arrangement
        if word.utf8.count > 5, word.hasSuffix("ing"), !word.hasSuffix("thing"), lexicon.presentBe.contains(previous),
           c.distance(index) <= Self.verbGroupReach {
            return sure(.future)
        }
        if lexicon.schedule.contains(word), c.distance(index) <= Self.verbGroupReach {
            // "did not meet on Monday", "had been due to expire on Monday": the auxiliary decides
            if c.pastPerfect { return nil }
            for back in 1...3 where ["did", "didn", "could", "couldn"].contains(c.lower(index - back)) { return nil }
            // "… on Wednesday, in time to meet the ship": a verb beyond a comma belongs to another clause
            if let comma = c.commaAfter, index > comma { return nil }
            return sure(.future)
        }
        if lexicon.future.contains(word) {
            // "had been scheduled to expire Friday", "had planned to": a plan whose time has passed
            let afterHad = previous == "had" || previous == "been" && c.lower(index - 2) == "had"
            if lexicon.adjacent.contains(word) {
                // "postponed until Tuesday", "as soon as Tuesday", "from Friday": only right before the expression
                guard index < c.start, c.distance(index) <= 2, !c.pastPerfect, previous != "not", previous != "up" else { return nil }
                // "from Monday to Friday" is a span, not a start
                if word == "from", ["to", "until", "till", "through", "-", "and"].contains(c.lower(c.end)) { return nil }
                return sure(.future)
            }
            if lexicon.beforeTo.contains(word) {
                // "set to", "due to", "plans to", "expected to", "set for", "due for"; "is due there", "is expected on"
                let beforeTo = next == "to" || next == "for" && (word == "set" || word == "due")
                if !beforeTo && !(lexicon.be.contains(previous) && word != "set") {
                    // "set Friday as the deadline", "set aside plans": the past of "set"
                    return lexicon.past.contains(word) && !["be", "been", "being"].contains(previous) ? sure(.past) : nil
                }
                return sure(afterHad ? .past : .future)
            }
            if word == "next" {
                // "next week" is future, "next to the embassy" is not
                guard let entry = TemporalLexicon.shared[next],
                      entry.unit != nil || entry.weekday != nil || entry.month != nil || entry.season != nil else { return nil }
                return sure(.future)
            }
            if word == "going" { return next == "to" ? sure(.future) : nil }
            if word == "wo" { return next == "n" ? sure(.future) : nil }
            return sure(afterHad ? .past : .future)
        }
        // "will have left", "would have arrived": the perfect of a future auxiliary is no past
        let futurePerfect = (previous == "have" || previous == "ve") && lexicon.futurePerfect.contains(c.lower(index - 2))
        if lexicon.past.contains(word) {
            // "were planning to", "was due to", "was to": the future word after the auxiliary decides
            if lexicon.auxiliaries.contains(word), lexicon.future.contains(next) || next == "to" { return nil }
            // "will be held", "has been paid": a participle after "be" is passive, the auxiliary decides
            if ["be", "been", "being"].contains(previous) || futurePerfect { return nil }
            return sure(.past)
        }
        if word.utf8.count > 4, word.hasSuffix("ed"), !lexicon.notPast.contains(word) {
            // a participle after "be" is passive, after "will have" future: the auxiliary decides
            if previous == "be" || previous == "been" || previous == "being" || futurePerfect { return nil }
            if previous == "will" { return sure(.future) }
            // "the seabed", "a wicked storm": after a determiner the word is a noun or an adjective
            if lexicon.determiners.contains(previous) { return nil }
            // a guessed "-ed" verb may be an adjective ("markets untouched by")
            return (tense: .past, weight: 3)
        }
        return nil
    }

    /// `"`, `“`, `”`, `«`, `»`, a backtick, or one of two apostrophes written as a quotation mark (`''`).
    private func isQuotationMark(_ tokens: [TextToken], _ index: Int) -> Bool {
        switch tokens[index].lower {
        case "\"", "“", "”", "«", "»", "`": return true
        case "'":
            return index + 1 < tokens.count && tokens[index + 1].lower == "'" && !tokens[index + 1].spaceBefore
                || index > 0 && tokens[index - 1].lower == "'" && !tokens[index].spaceBefore
        default: return false
        }
    }

    private func isBoundary(_ tokens: [TextToken], _ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .punct else { return false }
        switch token.lower {
        case "!", "?", ";": return true
        case ".":
            if index > 0, tokens[index - 1].kind == .word, !tokens[index].spaceBefore,
               TenseDetector.abbreviations.contains(tokens[index - 1].lower) { return false }
            return index + 1 >= tokens.count || tokens[index + 1].spaceBefore
        default: return false
        }
    }

    private func sentenceStart(_ tokens: [TextToken], before start: Int) -> Int {
        var index = start
        let limit = max(0, start - 40)
        while index > limit {
            if tokens[index].newlineBefore { return index }
            if isBoundary(tokens, index - 1) { return index }
            index -= 1
        }
        return limit
    }

    private func sentenceEnd(_ tokens: [TextToken], after end: Int) -> Int {
        var index = end
        let limit = min(tokens.count, end + 40)
        while index < limit {
            if tokens[index].newlineBefore || isBoundary(tokens, index) { return index }
            index += 1
        }
        return limit
    }
}
