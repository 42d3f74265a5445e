/// Finds the speaker phrase and cue around a quotation or a reported clause, by token patterns:
/// `SPEAKER [aux] VERB`, `VERB SPEAKER` (after a quotation), `according to SPEAKER`.
struct AttributionFinder: Sendable {
    let text: TokenizedText
    let lexicon: QuoteLexicon

    init(text: TokenizedText, lexicon: QuoteLexicon = .shared) {
        self.text = text
        self.lexicon = lexicon
    }

    var tokens: [Token] { text.tokens }

    /// The cue class of token `k` when it is a lowercase cue verb.
    func cueClass(_ k: Int) -> QuoteLexicon.CueClass? {
        guard k >= 0, k < tokens.count, tokens[k].kind == .word, !tokens[k].isCapitalized else { return nil }
        return lexicon.cueVerbs[text.string(k)]
    }

    func isWordLike(_ k: Int) -> Bool {
        tokens[k].kind == .word || tokens[k].kind == .number
    }

    func isSentenceEnd(_ k: Int) -> Bool {
        tokens[k].kind == .punctuation && (tokens[k].scalar == 0x2E || tokens[k].scalar == 0x21 || tokens[k].scalar == 0x3F
            || tokens[k].scalar == 0x3B || tokens[k].scalar == 0x2026)
    }

    func isComma(_ k: Int) -> Bool { tokens[k].kind == .punctuation && tokens[k].scalar == 0x2C }

    func isDash(_ k: Int) -> Bool {
        tokens[k].kind == .punctuation && (tokens[k].scalar == 0x2014 || tokens[k].scalar == 0x2013
            || (tokens[k].scalar == 0x2D && tokens[k].spaceBefore))
    }

    /// The subject phrase that ends right before `verb` (auxiliaries skipped), not reaching before `limit`.
    func subject(before verb: Int, limit: Int) -> Range<Int>? {
        var k = verb - 1
        while k >= limit, tokens[k].kind == .word, !tokens[k].isCapitalized, lexicon.auxiliaries.contains(text.string(k)) {
            k -= 1
        }
        guard k >= limit else { return nil }
        // "X, who said" / "X, a spokesman, said"
        if tokens[k].kind == .word, text.isToken(k, "who"), k - 1 >= limit, isComma(k - 1) {
            return chunk(endingAt: k - 2, limit: limit)
        }
        if isComma(k) {
            // "X, in remarks to Y, said": skip one parenthetical chunk
            guard let inner = chunk(endingAt: k - 1, limit: limit) else { return nil }
            let head = text.lower(inner.lowerBound)
            if inner.lowerBound - 1 >= limit, isComma(inner.lowerBound - 1) {
                if lexicon.prepositions.contains(head) { return chunk(endingAt: inner.lowerBound - 2, limit: limit) }
                // appositive: "Khaled Al-Maeena, editor at large …, said"
                if let outer = chunk(endingAt: inner.lowerBound - 2, limit: limit), isValidSpeaker(outer) {
                    return outer.lowerBound..<inner.upperBound
                }
            }
            return nil
        }
        guard let range = chunk(endingAt: k, limit: limit) else { return nil }
        // a verb-noun form ("demands", "claims") after a clause, not a subject: "… had already made such legal demands"
        let form = text.string(verb)
        if form.hasSuffix("s"), form != "says", range.contains(where: { tokens[$0].kind == .word && !tokens[$0].isCapitalized
            && ["has", "have", "had", "was", "were", "is", "are", "made", "make", "makes"].contains(text.string($0)) }) {
            return nil
        }
        return isValidSpeaker(range) ? range : nil
    }

    /// The longest run of phrase tokens ending at `end`, stopping at clause boundaries.
    func chunk(endingAt end: Int, limit: Int) -> Range<Int>? {
        guard end >= limit, end < tokens.count else { return nil }
        var k = end
        let paragraph = tokens[end].paragraph
        while k >= limit, tokens[k].paragraph == paragraph {
            let t = tokens[k]
            if t.kind == .quoteMark { break }
            if t.kind == .punctuation, t.scalar == 0x29, let open = matchingOpen(k, limit: limit) {
                k = open - 1; continue // "Sen. Claire McCaskill (D-Mo.)"
            }
            if t.kind == .punctuation {
                let s = t.scalar
                // in-name punctuation: "AT&T"
                if s == 0x26 || (s == 0x2E && k > limit && tokens[k - 1].kind == .word && !t.spaceBefore) { k -= 1; continue }
                break
            }
            if t.kind == .word, !t.isCapitalized, lexicon.clauseStops.contains(text.string(k)) { break }
            if t.kind == .word, !t.isCapitalized, k != end, cueClass(k) != nil, !lexicon.determiners.contains(text.string(k)) {
                break
            }
            k -= 1
        }
        guard k < end else { return nil }
        var start = k + 1
        // drop leading conjunction-like capitalised sentence openers ("But", "And")
        while start <= end, tokens[start].kind == .word, ["But", "And", "Or", "So", "Yet", "Still", "Then"].contains(text.string(start)) {
            start += 1
        }
        guard start <= end, end - start < 14 else { return nil }
        if tokens[start].isCapitalized, lexicon.clauseStops.contains(text.lower(start)) { return nil }
        return start..<(end + 1)
    }

    /// The "(" that opens the parenthesis closed at `close`, within 10 tokens and not before `limit`.
    func matchingOpen(_ close: Int, limit: Int) -> Int? {
        var k = close - 1
        while k >= limit, close - k <= 10 {
            if tokens[k].kind == .punctuation && tokens[k].scalar == 0x28 { return k }
            if tokens[k].kind == .quoteMark { return nil }
            k -= 1
        }
        return nil
    }

    /// The ")" that closes the parenthesis opened at `open`, within 10 tokens.
    func matchingClose(_ open: Int, end: Int) -> Int? {
        var k = open + 1
        while k < end, k - open <= 10 {
            if tokens[k].kind == .punctuation && tokens[k].scalar == 0x29 { return k }
            if tokens[k].kind == .quoteMark { return nil }
            k += 1
        }
        return nil
    }

    /// A speaker phrase has a name, a pronoun, a determiner or a source noun, and does not end on a function word.
    func isValidSpeaker(_ range: Range<Int>) -> Bool {
        guard !range.isEmpty else { return false }
        let last = range.upperBound - 1
        let lastLower = text.lower(last)
        if ["the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "of", "for", "to", "in", "on", "at",
            "with", "by", "it", "this", "there", "what", "which"].contains(lastLower) {
            return false
        }
        if range.count == 1, let gender = lexicon.pronouns[lastLower] { return gender != "n" || lastLower == "they" }
        let first = text.lower(range.lowerBound)
        let firstToken = tokens[range.lowerBound]
        let startsWithDigit = text.bytes[firstToken.start] >= 0x30 && text.bytes[firstToken.start] <= 0x39
        if firstToken.kind == .word, !firstToken.isCapitalized, !firstToken.isAllCaps, !lexicon.determiners.contains(first), !startsWithDigit,
           lexicon.pronouns[first] == nil, !["i", "we", "they", "you", "his", "her", "their", "its", "our", "my"].contains(first) {
            // "campaign spokesman Brian Fallon" (a name in the head part) or a bare noun phrase ("officials")
            for k in range {
                if tokens[k].kind == .word, !tokens[k].isCapitalized, lexicon.headCutters.contains(text.string(k)) { break }
                if tokens[k].isCapitalized || tokens[k].isAllCaps { return true }
            }
            return range.count <= 3 && (lexicon.nonPersonSources.contains(lastLower) || lastLower.hasSuffix("s"))
        }
        for k in range where tokens[k].isCapitalized || tokens[k].isAllCaps { return true }
        if lexicon.determiners.contains(first) || ["i", "we", "they", "he", "she", "you", "his", "her", "their", "our", "my", "your"].contains(first)
            || firstToken.kind == .number || text.bytes[firstToken.start] < 0x3A && text.bytes[firstToken.start] >= 0x30 {
            return true
        }
        if lexicon.nonPersonSources.contains(lastLower) { return true }
        return false
    }

    /// `VERB SPEAKER` or `SPEAKER VERB` right after a quotation, starting at token `start`.
    func after(_ start: Int, paragraphEnd: Int) -> Attribution? {
        var a = start
        while a < paragraphEnd, isComma(a) || isDash(a) { a += 1 }
        guard a < paragraphEnd else { return nil }
        if cueClass(a) == .speech {
            // "said Peskov", "said the spokesman"
            var e = a + 1
            while e < paragraphEnd, isWordLike(e) || (tokens[e].kind == .punctuation && (tokens[e].scalar == 0x26 || tokens[e].scalar == 0x2D)) {
                if tokens[e].kind == .word, !tokens[e].isCapitalized, lexicon.clauseStops.contains(text.string(e))
                    || (lexicon.prepositions.contains(text.string(e)) && e == a + 1) { break }
                e += 1
            }
            if e > a + 1, isValidSpeaker((a + 1)..<e) { return Attribution(speaker: (a + 1)..<e, cue: a..<(a + 1)) }
            return nil
        }
        // "Peskov said", "the Kremlin spokesman said", "Khaled Al-Maeena, editor …, said"
        var v = a
        var commas = 0
        while v < paragraphEnd, v - a < 20 {
            if tokens[v].kind == .punctuation, tokens[v].scalar == 0x28, let close = matchingClose(v, end: paragraphEnd) {
                v = close + 1; continue
            }
            if tokens[v].kind == .quoteMark || isSentenceEnd(v) { return nil }
            if isComma(v) { commas += 1; if commas > 2 { return nil } }
            if cueClass(v) == .speech, v > a {
                guard let speaker = subject(before: v, limit: a) else { return nil }
                return Attribution(speaker: speaker, cue: v..<(v + 1))
            }
            v += 1
        }
        return nil
    }

    /// `SPEAKER VERB [...] [:,]` right before a quotation that opens at token `open`, within `limit..<open`.
    func before(_ open: Int, limit: Int) -> Attribution? {
        var v = open - 1
        while v >= limit, open - v < 24 {
            if tokens[v].kind == .quoteMark || isSentenceEnd(v) { return nil }
            if cueClass(v) == .speech {
                if let speaker = subject(before: v, limit: limit) { return Attribution(speaker: speaker, cue: v..<(v + 1)) }
                // "He stated that …, expressing, “…”": a participle takes the subject of the main clause
                guard text.string(v).hasSuffix("ing"), v - 1 >= limit, isComma(v - 1) else { return nil }
            }
            v -= 1
        }
        return nil
    }
}
