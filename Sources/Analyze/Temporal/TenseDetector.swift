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
        func consider(_ index: Int, distance: Int) {
            let token = tokens[index]
            guard token.kind == .word || token.lower == "'" else { return }
            var cue: Tense = .unknown
            let word = token.lower
            if lexicon.future.contains(word) {
                if word == "until" || word == "till" || word == "soon" {
                    // "postponed until Tuesday", "as soon as Tuesday": only right before the expression
                    let previous = index > 0 ? tokens[index - 1].lower : ""
                    if distance <= 2, !pastPerfect, previous != "not", previous != "up" { cue = .future }
                } else if lexicon.beforeTo.contains(word) {
                    // "set to", "due to", "plans to", "expected to": future only before "to" ("set for", "due for" too)
                    let next = index + 1 < tokens.count ? tokens[index + 1].lower : ""
                    if next == "to" || next == "for" && (word == "set" || word == "due") { cue = .future }
                } else if word == "next" {
                    // "next week" is future, "next to the embassy" is not
                    if index + 1 < tokens.count, let entry = TemporalLexicon.shared[tokens[index + 1].lower],
                       entry.unit != nil || entry.weekday != nil || entry.month != nil || entry.season != nil { cue = .future }
                } else if word == "going" {
                    if index + 1 < tokens.count, tokens[index + 1].lower == "to" { cue = .future }
                } else if word == "wo" {
                    if index + 1 < tokens.count, tokens[index + 1].lower == "n" { cue = .future }
                } else {
                    cue = .future
                }
            } else if lexicon.past.contains(word) {
                // "were planning to", "was due to": the future word after the auxiliary decides
                if lexicon.auxiliaries.contains(word), index + 1 < tokens.count, lexicon.future.contains(tokens[index + 1].lower) {
                    return
                }
                // "will be held", "has been paid": a participle after "be" is passive, the auxiliary decides
                if index > 0, ["be", "been", "being"].contains(tokens[index - 1].lower) { return }
                cue = .past
            } else if word.utf8.count > 4, word.hasSuffix("ed"), !lexicon.notPast.contains(word) {
                // a participle after "be"/"has" is passive or perfect: the auxiliary decides
                if index > 0 {
                    let previous = tokens[index - 1].lower
                    if previous == "be" || previous == "been" || previous == "being" { return }
                    if previous == "will" { cue = .future } else { cue = .past }
                } else {
                    cue = .past
                }
                // a guessed "-ed" verb may be an adjective ("markets untouched by"): it counts as half again as far as a
                // sure cue word
                if cue == .past {
                    if best == nil || 3 * distance / 2 < best!.distance { best = (3 * distance / 2, cue) }
                    return
                }
            }
            if word == "ll", index > 0, tokens[index - 1].lower == "'" { cue = .future }
            guard cue != .unknown else { return }
            if best == nil || distance < best!.distance { best = (distance, cue) }
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
