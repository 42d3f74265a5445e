import Model

/// One document's quote extraction state (direct first, then indirect, then speaker resolution).
struct QuoteExtraction {
    let document: Document
    let text: TokenizedText
    let sentences: [Range<Int>]
    let lexicon: QuoteLexicon
    let genders = PersonGender.shared
    /// How many tokens after a quote's start a pronoun may still stand for that quote's speaker.
    let recentQuoteReach = 400
    /// How many tokens before a generic organisation description ("the company") its organisation may be named
    /// (a few sentences; set a priori, not fitted).
    let organisationReach = 150
    let finder: AttributionFinder
    var tokens: [Token] { text.tokens }
    /// Tokens inside (or marking) a direct quotation.
    var inDirect: [Bool]
    /// Tokens used as the cue of a direct quotation.
    var usedCue: [Bool]
    var sentenceOf: [Int]
    var paragraphStart: [Int: Int] = [:]
    var paragraphEnd: [Int: Int] = [:]
    /// Resolved quotes before sorting: (content start token, quote).
    var found: [(Int, Quote)] = []
    /// How many of `found` are direct quotes (they come first, in text order).
    var directCount = 0
    /// The speaker turns when the text is a broadcast transcript.
    let turns: [TranscriptTurn]
    /// The first token after a wire dateline near the top ("CAIRO, Egypt (CNN) --"), when there is one.
    let bodyStart: Int?
    /// How many tokens from the top a dateline may stand (headline, highlights and an editor's note come before it).
    static let datelineReach = 600

    init(document: Document, text: TokenizedText, sentences: [Range<Int>], lexicon: QuoteLexicon) {
        self.document = document
        self.text = text
        self.sentences = sentences
        self.lexicon = lexicon
        finder = AttributionFinder(text: text, lexicon: lexicon)
        turns = TranscriptTurnFinder(text: text).turns()
        bodyStart = Self.bodyStart(in: text, reach: Self.datelineReach)
        inDirect = Array(repeating: false, count: text.tokens.count)
        usedCue = inDirect
        sentenceOf = Array(repeating: 0, count: text.tokens.count)
        for (index, range) in sentences.enumerated() { for k in range { sentenceOf[k] = index } }
        for (k, token) in text.tokens.enumerated() {
            if paragraphStart[token.paragraph] == nil { paragraphStart[token.paragraph] = k }
            paragraphEnd[token.paragraph] = k + 1
        }
    }

    mutating func extract() -> [Quote] {
        extractDirect()
        directCount = found.count
        extractHeadlineQuotes()
        extractIndirect()
        found = found.compactMap { item in
            if speakerCanSpeak(item.1) { return item }
            // a quotation in marks stays a quote, unattributed; so does reported speech with a speech verb whose
            // speaker is not named ("It was reported that …", "…, arguing that …"); narration does not
            if item.1.kind == .indirect, item.1.speaker == nil, let cue = item.1.cue, isSpeechVerb(cue) { return item }
            guard item.1.kind == .direct else { return nil }
            var quote = item.1
            quote.speaker = nil
            quote.speakerCluster = nil
            quote.speakerName = nil
            return (item.0, quote)
        }
        applyTranscriptTurns()
        dropPageDebrisBeforeDateline()
        return found.sorted { $0.1.span.start < $1.1.span.start }.map(\.1)
    }

    // MARK: dateline

    /// The token after a wire dateline's "(Outlet) --" ("CAIRO, Egypt (CNN) -- ", "TRIPOLI (Reuters) - ") within the
    /// first `reach` tokens.
    static func bodyStart(in text: TokenizedText, reach: Int) -> Int? {
        let tokens = text.tokens
        let end = min(tokens.count, reach)
        var k = 0
        while k + 3 < end {
            if text.isPunct(k, "("), tokens[k + 1].kind == .word, tokens[k + 1].isCapitalized {
                var close = k + 2
                if tokens[close].kind == .word, tokens[close].isCapitalized { close += 1 }
                if close + 1 < tokens.count, text.isPunct(close, ")"), tokens[close + 1].kind == .punctuation,
                   [0x2D, 0x2013, 0x2014].contains(tokens[close + 1].scalar), close + 2 < tokens.count {
                    return close + 2
                }
            }
            k += 1
        }
        return nil
    }

    /// What is glued before the article's dateline in its paragraph is the page's highlight bullets, teasers and
    /// byline: quotes there are dropped, and a quote running across the dateline starts after it. A title standing
    /// in its own paragraph before the dateline keeps its quotes.
    private mutating func dropPageDebrisBeforeDateline() {
        guard let bodyStart else { return }
        let byte = tokens[bodyStart].start
        let paragraph = tokens[bodyStart].paragraph
        found = found.compactMap { item in
            if tokens[item.0].paragraph != paragraph { return item }
            if item.1.span.end <= byte { return nil }
            guard item.1.span.start < byte else { return item }
            var quote = item.1
            quote.span = Span(byte, quote.span.end)
            return (bodyStart, quote)
        }
    }

    // MARK: transcripts

    /// A transcript's guest turns are direct quotes of their labelled speaker, one per turn, replacing what was found
    /// inside them; the turns of the outlet's own anchors and correspondents stay narration (only the speech they
    /// report is kept). Labels are never quote content.
    private mutating func applyTranscriptTurns() {
        guard !turns.isEmpty else { return }
        var guest = Array(repeating: false, count: tokens.count)
        var label = guest
        for turn in turns {
            for k in turn.label.lowerBound...turn.colon { label[k] = true }
            if !turn.ownVoice { for k in turn.content { guest[k] = true } }
        }
        // in an anchor's or correspondent's turn, "I think that …", "we heard that …" is the outlet's own voice
        var ownVoice = Array(repeating: false, count: tokens.count)
        for turn in turns where turn.ownVoice { for k in turn.content { ownVoice[k] = true } }
        let writer = found.map { item in ownVoice[item.0] && item.1.kind == .indirect && item.1.speaker.map(isWriterVoice) == true }
        found = found.indices.filter { !writer[$0] && !guest[found[$0].0] && !label[found[$0].0] }.map { found[$0] }
        for turn in turns where !turn.ownVoice {
            guard let content = trimmedTurn(turn.content) else { continue }
            let labelSpan = Span(tokens[turn.label.lowerBound].start, tokens[turn.label.upperBound - 1].end)
            let mention = turn.name.flatMap { name -> EntityMention? in
                let nameSpan = Span(tokens[name.lowerBound].start, tokens[name.upperBound - 1].end)
                return entities(overlapping: nameSpan).first { $0.label == .person && nameSpan.contains($0.span) }
            }
            let quote = Quote(span: Span(tokens[content.lowerBound].start, tokens[content.upperBound - 1].end), kind: .direct,
                              speaker: turn.speakerName == nil ? nil : labelSpan, speakerCluster: mention?.cluster,
                              speakerName: turn.speakerName, cue: Span(tokens[turn.colon].start, tokens[turn.colon].end))
            found.append((content.lowerBound, quote))
        }
    }

    /// A turn's words without the stage notes that bracket it ("(via translator)", "(BEGIN VIDEO CLIP)").
    private func trimmedTurn(_ range: Range<Int>) -> Range<Int>? {
        var lo = range.lowerBound, hi = range.upperBound
        while lo < hi, tokens[lo].kind != .word, tokens[lo].kind != .number, tokens[lo].kind != .quoteMark { lo += 1 }
        while hi > lo, tokens[hi - 1].kind == .punctuation, !finder.isSentenceEnd(hi - 1) { hi -= 1 }
        return lo < hi ? lo..<hi : nil
    }

    /// A speaker phrase with a first- or second-person word ("I", "we've", "Do you").
    private func isWriterVoice(_ speaker: Span) -> Bool {
        let first = tokenIndex(atByte: speaker.start), last = tokenIndex(atByte: speaker.end - 1)
        return (first...last).contains { tokens[$0].kind == .word && lexicon.writerVoice.contains(text.lower($0)) }
    }

    // MARK: direct

    private mutating func extractDirect() {
        let regions = QuotationMarkScanner().regions(in: text)
        var lastSpeaker: (attribution: Attribution?, info: SpeakerInfo, paragraph: Int, end: Int)? = nil
        var index = 0
        while index < regions.count {
            var region = regions[index]
            // multi-paragraph quotation: an unclosed paragraph continued by one that opens with a mark
            var lastRegion = region
            while lastRegion.close == nil, index + 1 < regions.count {
                let next = regions[index + 1]
                guard let open = next.open, open == paragraphStart[next.paragraph], next.paragraph == lastRegion.paragraph + 1 else { break }
                lastRegion = next
                index += 1
            }
            index += 1
            if lastRegion.close == nil, let cut = narrationCut(lastRegion) { lastRegion.last = cut }
            let pEnd = paragraphEnd[lastRegion.paragraph]!
            let afterAttribution = lastRegion.close.flatMap { finder.after($0 + 1, paragraphEnd: pEnd) }
            guard isCleanStart(region), isCleanEnd(lastRegion, hasAttribution: afterAttribution != nil) else { continue }
            region.close = lastRegion.close
            region.last = lastRegion.last

            var attribution = afterAttribution
            if let a = attribution, !isShortTail(a, region: lastRegion) { attribution = nil }
            if attribution == nil, let open = region.open {
                let limit = sentences[sentenceOf[open]].lowerBound
                attribution = finder.before(open, limit: max(limit, paragraphStart[region.paragraph]!))
            }
            if attribution == nil { attribution = colonIntroduction(before: region) }
            let startToken = region.open ?? region.first
            let endToken = region.close ?? region.last
            for k in startToken...endToken { inDirect[k] = true }
            var info: SpeakerInfo
            if let attribution {
                for k in attribution.cue { usedCue[k] = true }
                info = speakerInfo(attribution.speaker, at: startToken)
                info.cue = Span(tokens[attribution.cue.lowerBound].start, tokens[attribution.cue.upperBound - 1].end)
            } else if isHeading(region) {
                // a quoted heading is said by the speaker of the paragraph it heads
                info = SpeakerInfo()
                if let next = paragraphStart[region.paragraph + 1], let nextEnd = paragraphEnd[region.paragraph + 1] {
                    let first = sentences[sentenceOf[next]]
                    for v in next..<min(nextEnd, first.upperBound) where finder.cueClass(v) == .speech {
                        if let speaker = finder.subject(before: v, limit: next) {
                            info = speakerInfo(speaker, at: speaker.lowerBound)
                            info.cue = Span(tokens[v].start, tokens[v].end)
                            break
                        }
                    }
                }
            } else if let previous = lastSpeaker, region.paragraph - previous.paragraph <= 1,
                      let between = attributionBetween(previous.end, and: startToken) {
                // someone was introduced after the previous quotation ("Jane Doe … said most … . “…”")
                info = between
            } else if let previous = lastSpeaker, region.paragraph - previous.paragraph <= 1 {
                info = previous.info
            } else if let nearby = nearbyAttribution(before: startToken, after: endToken, paragraph: region.paragraph) {
                info = speakerInfo(nearby.speaker, at: nearby.speaker.lowerBound)
                info.cue = Span(tokens[nearby.cue.lowerBound].start, tokens[nearby.cue.upperBound - 1].end)
            } else if let previous = lastSpeaker, region.paragraph - previous.paragraph <= 3 {
                info = previous.info
            } else {
                info = SpeakerInfo()
            }
            let quote = Quote(span: Span(tokens[startToken].start, tokens[endToken].end), kind: .direct,
                              speaker: info.span, speakerCluster: info.cluster, speakerName: info.name,
                              cue: info.cue)
            found.append((startToken, quote))
            if info.span != nil, attribution != nil || !isHeading(region) { lastSpeaker = (attribution, info, lastRegion.paragraph, endToken) }
        }
    }

    /// A quoted heading: the whole paragraph is a short quotation with no sentence-final punctuation.
    private func isHeading(_ region: QuotationRegion) -> Bool {
        let start = region.open ?? region.first
        guard start == paragraphStart[region.paragraph], (region.close ?? region.last) + 1 == paragraphEnd[region.paragraph],
              region.last - region.first < 12 else { return false }
        return !(region.first...region.last).contains { finder.isSentenceEnd($0) || text.isPunct($0, ",") }
    }

    /// An attribution after a quote that ended its sentence must be a short tail ("… ." Putin said.).
    private func isShortTail(_ attribution: Attribution, region: QuotationRegion) -> Bool {
        guard tokens[region.last].kind == .punctuation, tokens[region.last].scalar == 0x2E else { return true }
        return attribution.speaker.count <= 6
    }

    /// Where an unclosed quotation (one that runs on until the next opening mark or its paragraph end) really
    /// ends when paragraphs were flattened into one line: before a caption glued to the next opening mark (words
    /// after the last sentence end, with no punctuation before the mark), or before a sentence that introduces
    /// someone in the narration (it opens with a person's name, or with a third-person pronoun and a speech cue).
    private func narrationCut(_ region: QuotationRegion) -> Int? {
        var last = region.last
        let next = last + 1
        if next < tokens.count, tokens[next].kind == .quoteMark, tokens[next].paragraph == region.paragraph, tokens[last].kind == .word {
            var k = last
            while k > region.first, !finder.isSentenceEnd(k) { k -= 1 }
            if k > region.first { last = k }
        }
        var k = region.first + 1
        while k <= last {
            let sentence = sentences[sentenceOf[k]]
            if sentence.lowerBound == k, finder.isSentenceEnd(k - 1), introducesNarration(k, sentenceEnd: min(sentence.upperBound, last + 1)) {
                return k - 1
            }
            k = max(k + 1, sentence.upperBound)
        }
        return last == region.last ? nil : last
    }

    /// A sentence starting at `k` that belongs to the narration: a person's name opens it ("Jane Doe, a nurse,
    /// …"), or a third-person pronoun before a speech cue ("She says …").
    private func introducesNarration(_ k: Int, sentenceEnd: Int) -> Bool {
        let start = tokens[k].start
        if entities(overlapping: Span(start, start + 1)).contains(where: { $0.span.start == start && $0.isName && $0.label == .person }) {
            return true
        }
        if let gender = lexicon.pronouns[text.lower(k)], gender == "m" || gender == "f", k + 1 < sentenceEnd,
           finder.cueClass(k + 1) == .speech {
            return true
        }
        return false
    }

    private func isCleanStart(_ region: QuotationRegion) -> Bool {
        guard let open = region.open else { return true }
        let p = open - 1
        if p < 0 || tokens[p].paragraph != tokens[open].paragraph { return true }
        let t = tokens[p]
        // a caption or heading glued to the quotation when paragraphs were flattened: "… in the quake “As well as …"
        if t.kind == .word, finder.cueClass(p) == nil, !lexicon.prepositions.contains(text.lower(p)),
           !lexicon.determiners.contains(text.lower(p)), tokens[region.first].isCapitalized,
           region.last - region.first >= 6, finder.isSentenceEnd(region.last) || text.isPunct(region.last, ",") {
            return true
        }
        if t.kind == .quoteMark { return true }
        if t.kind == .punctuation {
            switch t.scalar {
            case 0x2E, 0x21, 0x3F, 0x2026, 0x3A, 0x3B, 0x2014, 0x2013, 0x2D, 0x28, 0x2022, 0x2A, 0x5B: return true
            case 0x2C:
                var k = p - 1
                while k >= 0, p - k <= 8, tokens[k].paragraph == t.paragraph, !finder.isSentenceEnd(k), tokens[k].kind != .quoteMark {
                    if finder.cueClass(k) == .speech { return true }
                    k -= 1
                }
                return false
            default: return false
            }
        }
        // `said "All those …"` is direct; `observed “a gradual invasion …”` is a partial quote
        // "known as “the full Grassley”", "described as “reckless”"
        if text.isToken(p, "as"), p > 0, ["described", "known", "referred", "billed", "characterized", "characterised",
                                          "labeled", "dubbed", "branded"].contains(text.string(p - 1)) {
            return true
        }
        guard finder.cueClass(p) == .speech else { return false }
        return tokens[region.first].isCapitalized || lexicon.quoteIntroducers.contains(text.string(p))
    }

    private func isCleanEnd(_ region: QuotationRegion, hasAttribution: Bool) -> Bool {
        guard let close = region.close else { return true }
        let n = close + 1
        if n >= tokens.count || tokens[n].paragraph != tokens[close].paragraph || hasAttribution { return true }
        let t = tokens[n]
        if t.kind == .quoteMark { return true }
        if t.kind == .punctuation {
            switch t.scalar {
            case 0x2E, 0x21, 0x3F, 0x3B, 0x3A, 0x29, 0x2014, 0x2013, 0x2026, 0x5D: return true
            default: return false
            }
        }
        // "“…,” referring to the Islamic State": a participle clause after the quotation
        if text.isPunct(region.last, ","), t.kind == .word, !t.isCapitalized, text.string(n).hasSuffix("ing") { return true }
        let lastInner = tokens[region.last]
        if lastInner.kind == .punctuation, [0x2E, 0x21, 0x3F, 0x2026].contains(lastInner.scalar), t.isCapitalized { return true }
        return false
    }

    /// A person introduced as a speaker after the previous quotation (`floor` is its last token) and before the
    /// quotation at `start`: the nearest sentence after the previous quotation's own sentence that opens with a
    /// named or pronoun speaker and a speech cue ("Jane Doe, a nurse, says most … . “…”"). Groups ("experts
    /// say …") and subjects inside a clause do not take over a quotation.
    private func attributionBetween(_ floor: Int, and start: Int) -> SpeakerInfo? {
        let low = max(sentences[sentenceOf[floor]].upperBound, paragraphStart[tokens[start].paragraph]!)
        guard low < start else { return nil }
        for v in (low..<start).reversed() where !inDirect[v] && finder.cueClass(v) == .speech {
            let sentenceStart = max(sentences[sentenceOf[v]].lowerBound, low)
            guard let speaker = finder.subject(before: v, limit: sentenceStart), !speaker.contains(where: { inDirect[$0] }),
                  speaker.lowerBound == sentenceStart || opensSentence(speaker.lowerBound) else { continue }
            var info = speakerInfo(speaker, at: speaker.lowerBound)
            // a person for sure: a full or titled name ("Experts" alone may be mislabelled as a person)
            guard let cluster = info.cluster, cluster < document.entityClusters.count,
                  document.entityClusters[cluster].label == .person,
                  document.entityClusters[cluster].name.contains(" ") || !document.entityClusters[cluster].roles.isEmpty else { return nil }
            info.cue = Span(tokens[v].start, tokens[v].end)
            return info
        }
        return nil
    }

    /// A speech cue with a subject elsewhere in the quote's paragraph (before it, then after it), or in the
    /// last sentence of the previous paragraph.
    private func nearbyAttribution(before start: Int, after end: Int, paragraph: Int) -> Attribution? {
        func scan(_ indices: [Int]) -> Attribution? {
            for v in indices where !inDirect[v] && finder.cueClass(v) == .speech {
                let limit = max(sentences[sentenceOf[v]].lowerBound, paragraphStart[tokens[v].paragraph]!)
                if let speaker = finder.subject(before: v, limit: limit) { return Attribution(speaker: speaker, cue: v..<(v + 1)) }
            }
            return nil
        }
        let pStart = paragraphStart[paragraph]!, pEnd = paragraphEnd[paragraph]!
        if start > pStart, let found = scan(Array((pStart..<start).reversed())) { return found }
        if end + 1 < pEnd, let found = scan(Array((end + 1)..<min(pEnd, end + 30))) { return found }
        if paragraph > 0, let prevStart = paragraphStart[paragraph - 1], let prevEnd = paragraphEnd[paragraph - 1] {
            let lastSentence = sentences[sentenceOf[prevEnd - 1]]
            if let found = scan(Array((max(prevStart, lastSentence.lowerBound)..<prevEnd).reversed())) { return found }
        }
        return nil
    }

    /// "Putin said:" closing the previous paragraph introduces a quotation that opens the next one.
    private func colonIntroduction(before region: QuotationRegion) -> Attribution? {
        let start = region.open ?? region.first
        guard start == paragraphStart[region.paragraph], start > 0 else { return nil }
        let prev = start - 1
        guard tokens[prev].kind == .punctuation, tokens[prev].scalar == 0x3A else { return nil }
        let limit = max(sentences[sentenceOf[prev]].lowerBound, paragraphStart[tokens[prev].paragraph]!)
        return finder.before(prev + 1, limit: limit)
    }

    // MARK: headline quotes ("Putin: We Reject …")

    private mutating func extractHeadlineQuotes() {
        var seen = Set<Int>()
        for range in sentences where !range.isEmpty {
            let paragraph = tokens[range.lowerBound].paragraph
            guard !seen.contains(paragraph), range.lowerBound == paragraphStart[paragraph],
                  range.upperBound == paragraphEnd[paragraph], range.count <= 30 else { continue }
            seen.insert(paragraph)
            guard let colon = range.first(where: { text.isPunct($0, ":") }), colon > range.lowerBound, colon - range.lowerBound <= 4,
                  colon + 2 < range.upperBound, !inDirect[colon + 1], tokens[colon + 1].isCapitalized else { continue }
            let nameSpan = Span(tokens[range.lowerBound].start, tokens[colon - 1].end)
            guard let mention = entities(overlapping: nameSpan).first(where: { $0.span == nameSpan && $0.label == .person }) else { continue }
            let end = range.upperBound - 1
            for k in (colon + 1)...end { inDirect[k] = true }
            let quote = Quote(span: Span(tokens[colon + 1].start, tokens[end].end), kind: .direct, speaker: mention.span,
                              speakerCluster: mention.cluster, speakerName: clusterName(mention.cluster),
                              cue: Span(tokens[colon].start, tokens[colon].end))
            found.append((colon + 1, quote))
        }
    }

    // MARK: indirect

    private mutating func extractIndirect() {
        for range in sentences where range.count >= 4 {
            if let quote = indirectQuote(in: range) {
                let parts = splitSecondClause(quote)
                found.append(contentsOf: parts)
                for part in parts { if let inner = nestedQuote(in: part) { found.append(inner) } }
            } else if let quote = stanceQuote(in: range) {
                found.append(quote)
            }
        }
    }

    /// "X said that Y believes Z": the reported clause holds an attribution of its own, reported as well.
    private func nestedQuote(in item: (Int, Quote)) -> (Int, Quote)? {
        let first = item.0
        let last = tokenIndex(atByte: item.1.span.end - 1)
        guard last - first >= 6 else { return nil }
        for v in (first + 2)..<last where !inDirect[v] && tokens[v].kind == .word && finder.cueClass(v) != nil {
            guard let speaker = finder.subject(before: v, limit: first), speakerLooksHuman(speaker) else { continue }
            // "what he called …" names a thing; it reports nothing
            if speaker.lowerBound > first, text.isToken(speaker.lowerBound - 1, "what") { continue }
            // "X said that she expects …": the same person's clause is already the outer quote
            if let outer = item.1.speakerCluster, speakerInfo(speaker, at: v).cluster == outer { continue }
            var c = v + 1
            if c <= last, text.isToken(c, "that") { c += 1 }
            guard c <= last, !text.isToken(c, "to"), let content = trimmed(c..<(last + 1)), wordCount(content) >= 3 else { continue }
            return make(content: content, speaker: speaker, cue: v..<(v + 1))
        }
        return nil
    }

    /// "X said A, adding B": the participle opens a second reported clause with the same speaker.
    private func splitSecondClause(_ item: (Int, Quote)) -> [(Int, Quote)] {
        let quote = item.1
        let first = item.0
        var k = first
        while k < tokens.count, tokens[k].end <= quote.span.end {
            if tokens[k].kind == .word, !inDirect[k], lexicon.secondClauseOpeners.contains(text.string(k)), k - 1 > first,
               finder.isComma(k - 1), k + 1 < tokens.count, tokens[k + 1].end <= quote.span.end, let head = trimmed(first..<(k - 1)),
               wordCount(head) >= 3, let tail = trimmed((k + 1)..<tokenIndex(atByte: quote.span.end - 1) + 1), wordCount(tail) >= 3 {
                var a = quote, b = quote
                a.span = Span(tokens[head.lowerBound].start, tokens[head.upperBound - 1].end)
                b.span = Span(tokens[tail.lowerBound].start, tokens[tail.upperBound - 1].end)
                b.cue = Span(tokens[k].start, tokens[k].end)
                return [(head.lowerBound, a), (tail.lowerBound, b)]
            }
            k += 1
        }
        return [item]
    }

    /// A sentence with a stance word ("declined", "endorsed", "seemed") or a that-clause after a verb, and no
    /// speech verb: reported content as a whole, with the stance word's subject as the source when there is one.
    private func stanceQuote(in sentence: Range<Int>) -> (Int, Quote)? {
        guard wordCount(sentence) >= 8, let content = trimmed(sentence) else { return nil }
        if sentence.contains(where: { inDirect[$0] }) { return nil }
        for v in sentence where tokens[v].kind == .word && !tokens[v].isCapitalized {
            let word = text.string(v)
            let isThatClause = word == "that" && v > sentence.lowerBound && tokens[v - 1].kind == .word
                && !tokens[v - 1].isCapitalized && !["so", "such", "now", "and", "but", "of", "in", "on", "at", "with", "for", "is", "was"].contains(text.string(v - 1))
            guard lexicon.weakCues.contains(word) || isThatClause else { continue }
            let cueToken = isThatClause ? v - 1 : v
            var quote = Quote(span: Span(tokens[content.lowerBound].start, tokens[content.upperBound - 1].end), kind: .indirect,
                              cue: Span(tokens[cueToken].start, tokens[cueToken].end))
            if let speaker = finder.subject(before: cueToken, limit: sentence.lowerBound) ?? sentenceSubject(sentence) {
                let info = speakerInfo(speaker, at: content.lowerBound)
                quote.speaker = info.span
                quote.speakerCluster = info.cluster
                quote.speakerName = info.name
            }
            return (content.lowerBound, quote)
        }
        return nil
    }

    private func wordCount(_ range: Range<Int>) -> Int {
        range.reduce(0) { $0 + ((tokens[$1].kind == .word || tokens[$1].kind == .number) && !inDirect[$1] ? 1 : 0) }
    }

    private func trimmed(_ range: Range<Int>) -> Range<Int>? {
        var lo = range.lowerBound, hi = range.upperBound
        while lo < hi, tokens[lo].kind == .punctuation, text.isPunct(lo, ",") || text.isPunct(lo, ":") || finder.isDash(lo) { lo += 1 }
        while hi > lo, tokens[hi - 1].kind == .punctuation || (tokens[hi - 1].kind == .quoteMark && !inDirect[hi - 1]) { hi -= 1 }
        return lo < hi ? lo..<hi : nil
    }

    private func indirectQuote(in sentence: Range<Int>) -> (Int, Quote)? {
        let lo = sentence.lowerBound, hi = sentence.upperBound
        if sentence.allSatisfy({ inDirect[$0] || tokens[$0].kind == .punctuation }) { return nil }
        for v in sentence where !inDirect[v] && !usedCue[v] && tokens[v].kind == .word {
            // according to X
            if text.isToken(v, "according") || text.isToken(v, "According"), v + 1 < hi, text.isToken(v + 1, "to") {
                var e = v + 2
                while e < hi, !finder.isComma(e), !finder.isSentenceEnd(e), tokens[e].kind != .quoteMark { e += 1 }
                guard e > v + 2 else { continue }
                let speaker = (v + 2)..<e
                let content: Range<Int>? = v == lo || (v == lo + 1 && tokens[lo].kind != .word)
                    ? trimmed(min(e + 1, hi)..<hi) : trimmed(lo..<v)
                guard let content, wordCount(content) >= 3 else { continue }
                return make(content: content, speaker: speaker, cue: v..<(v + 2))
            }
            // "State TV quoted the minister as saying that …": the one quoted is the speaker
            if lexicon.relayVerbs.contains(text.string(v)), let relayed = relayedSpeech(at: v, sentence: sentence) { return relayed }
            guard let cls = finder.cueClass(v) else { continue }
            let word = text.string(v)
            // forward: SPEAKER VERB [hearer] [that] CONTENT
            if let speaker = finder.subject(before: v, limit: lo) {
                var c = v + 1
                // phrasal cue: "pointed out", "laid out", "spelled out"
                if c < hi, text.isToken(c, "out") { c += 1 }
                // "said on Tuesday that …": time and manner words before the reported clause's "that"
                var skip = c
                while skip < hi, skip - c < 4, tokens[skip].kind == .word, lexicon.cueAdverbials.contains(text.string(skip).lowercased()) {
                    skip += 1
                }
                if skip > c, skip < hi, text.isToken(skip, "that") { c = skip }
                if lexicon.hearerVerbs.contains(word) {
                    var k = c
                    while k < hi, k - c < 6, !text.isToken(k, "that"), !finder.isSentenceEnd(k) { k += 1 }
                    if k < hi, text.isToken(k, "that") { c = k }
                }
                if c < hi, (text.isPunct(c, ":") || text.isPunct(c, ",")), c + 1 < hi, tokens[c + 1].kind == .quoteMark { continue }
                if cls == .belief {
                    guard c < hi, tokens[c].kind == .word, !text.isToken(c, "to"), !text.isToken(c, "of") else { continue }
                    guard speakerLooksHuman(speaker) else { continue }
                }
                if c < hi, tokens[c].kind == .word, ["to", "of", "for", "by", "up", "off"].contains(text.string(c)), cls == .speech,
                   !["according"].contains(word) {
                    // "called for", "pointed to": keep as cue + content only for a few verbs
                    if !["called", "calls", "call", "pointed", "points"].contains(word) { continue }
                }
                // "…, X said in an interview with CNN, Interfax reports.": a prepositional phrase, not content
                let adverbialOnly = c < hi && tokens[c].kind == .word && ["in", "on", "at", "during", "after", "before", "via", "from"]
                    .contains(text.string(c)) && !(c..<hi).contains { text.isToken($0, "that") }
                if !adverbialOnly, let content = trimmed(c..<hi), wordCount(content) >= 3 {
                    return make(content: content, speaker: speaker, cue: v..<(v + 1))
                }
                // backward: CONTENT, SPEAKER VERB.
                if speaker.lowerBound - 1 > lo, finder.isComma(speaker.lowerBound - 1) || finder.isDash(speaker.lowerBound - 1)
                    || tokens[speaker.lowerBound - 1].kind == .quoteMark,
                   let content = trimmed(lo..<(speaker.lowerBound - 1)), wordCount(content) >= 3, cls == .speech {
                    return make(content: content, speaker: speaker, cue: v..<(v + 1))
                }
                continue
            }
            // inverted: CONTENT, VERB SPEAKER.
            if cls == .speech, v - 1 > lo, finder.isComma(v - 1), let attribution = finder.after(v, paragraphEnd: hi),
               let content = trimmed(lo..<(v - 1)), wordCount(content) >= 3 {
                return make(content: content, speaker: attribution.speaker, cue: v..<(v + 1))
            }
        }
        return nil
    }

    /// "X quoted Y as saying (that) …" (Y speaks) and "Y was quoted as saying …" (the subject speaks): a relay verb
    /// at `v`, "as" and a speech verb within a dozen words, and reported content after it.
    private func relayedSpeech(at v: Int, sentence: Range<Int>) -> (Int, Quote)? {
        let hi = sentence.upperBound
        var asIndex = v + 1
        while asIndex < hi, asIndex - v <= 12, !text.isToken(asIndex, "as") {
            if finder.isSentenceEnd(asIndex) || inDirect[asIndex] { return nil }
            asIndex += 1
        }
        guard asIndex + 1 < hi, text.isToken(asIndex, "as"), finder.cueClass(asIndex + 1) == .speech, !usedCue[asIndex + 1] else { return nil }
        let speaker: Range<Int>
        if asIndex == v + 1 {
            guard let subject = finder.subject(before: v, limit: sentence.lowerBound) else { return nil }
            speaker = subject
        } else {
            speaker = (v + 1)..<asIndex
        }
        var c = asIndex + 2
        if c < hi, text.isToken(c, "that") { c += 1 }
        guard c < hi, !inDirect[c], let content = trimmed(c..<hi), wordCount(content) >= 3 else { return nil }
        return make(content: content, speaker: speaker, cue: (asIndex + 1)..<(asIndex + 2))
    }

    /// The sentence's opening name or pronoun ("Clinton seemed …", "She declined …"), as the stance holder.
    private func sentenceSubject(_ sentence: Range<Int>) -> Range<Int>? {
        var k = sentence.lowerBound
        while k < sentence.upperBound, tokens[k].kind != .word { k += 1 }
        guard k < sentence.upperBound else { return nil }
        if let gender = lexicon.pronouns[text.lower(k)], gender != "n", !["his", "her", "him", "them"].contains(text.lower(k)) {
            return k..<(k + 1)
        }
        let start = tokens[k].start
        guard let mention = entities(overlapping: Span(start, start + 1)).first(where: { $0.span.start == start && $0.isName }),
              mention.label == .person || mention.label == .organization else { return nil }
        let end = tokenIndex(atByte: mention.span.end - 1)
        guard end + 1 < sentence.upperBound, tokens[end + 1].kind == .word, !tokens[end + 1].isCapitalized,
              tokens[end + 1].scalar != 0x27 else { return nil }
        return k..<(end + 1)
    }

    /// A quote's speaker can speak: the person, organisation or place (a government) it resolved to, a personal
    /// pronoun, a phrase headed by a speaker noun ("the protesters", "a spokesman") or plural agent noun
    /// ("organisers"), or a capitalised name the recognizer missed. "The gunfire", "Video footage", "Is the sense",
    /// "Tens" or "Editor's" cannot.
    private func speakerCanSpeak(_ quote: Quote) -> Bool {
        guard let span = quote.speaker else { return false }
        if let c = quote.speakerCluster, c >= 0, c < document.entityClusters.count, document.entityClusters[c].label != .other {
            return true
        }
        let first = tokenIndex(atByte: span.start), last = tokenIndex(atByte: span.end - 1)
        let form = text.string(last)
        if form.hasSuffix("'s") || form.hasSuffix("\u{2019}s") || ((form == "s" || form == "'s" || form == "\u{2019}s") && last > first) {
            return false
        }
        // a third-person clause subject: "she didn't", "he proudly" (a first-person "I don't" is the writer's voice)
        if ["he", "she"].contains(text.lower(first)) { return true }
        let head = text.lower(last)
        if lexicon.pronouns[head] != nil || head == "i" || head == "we" || lexicon.speakerNouns.contains(head) { return true }
        if head.count > 3, head.hasSuffix("s"), lexicon.speakerNouns.contains(String(head.dropLast())) { return true }
        if lexicon.determiners.contains(head) || lexicon.quantityWords.contains(head) { return false }
        // agent nouns: "organisers", "a narrator", "one questioner", "activists", "physicians"
        if head.count > 4, !lexicon.agentLookalikes.contains(head),
           ["er", "ers", "or", "ors", "ist", "ists", "ian", "ians"].contains(where: { head.hasSuffix($0) }) {
            return true
        }
        return tokens[last].isCapitalized || tokens[last].isAllCaps
    }

    /// A speaker noun or its plural ("official", "officials", "television").
    private func isSpeakerNoun(_ k: Int) -> Bool {
        let word = text.lower(k)
        if lexicon.speakerNouns.contains(word) { return true }
        return word.count > 3 && word.hasSuffix("s") && lexicon.speakerNouns.contains(String(word.dropLast()))
    }

    /// True when a cue span is one lowercase speech verb ("said", "arguing"), not a stance word or a noun.
    private func isSpeechVerb(_ cue: Span) -> Bool {
        let k = tokenIndex(atByte: cue.start)
        return tokens[k].end == cue.end && finder.cueClass(k) == .speech
    }

    private func speakerLooksHuman(_ range: Range<Int>) -> Bool {
        for k in range where tokens[k].isCapitalized { return true }
        return range.contains { lexicon.pronouns[text.lower($0)] != nil || ["i", "we"].contains(text.lower($0)) }
            || lexicon.nonPersonSources.contains(text.lower(range.upperBound - 1))
    }

    private func make(content raw: Range<Int>, speaker: Range<Int>, cue: Range<Int>) -> (Int, Quote) {
        // reported content stops where a direct quotation of its own begins ("…, expressing, “We …”")
        var content = raw
        if !inDirect[raw.lowerBound], let firstDirect = raw.first(where: { inDirect[$0] }),
           let cut = trimmed(raw.lowerBound..<firstDirect), wordCount(cut) >= 3,
           (firstDirect..<raw.upperBound).allSatisfy({ inDirect[$0] || tokens[$0].kind == .punctuation }) {
            content = cut
        }
        let info = speakerInfo(speaker, at: content.lowerBound)
        let quote = Quote(span: Span(tokens[content.lowerBound].start, tokens[content.upperBound - 1].end), kind: .indirect,
                          speaker: info.span, speakerCluster: info.cluster, speakerName: info.name,
                          cue: Span(tokens[cue.lowerBound].start, tokens[cue.upperBound - 1].end))
        return (content.lowerBound, quote)
    }

    // MARK: speakers

    /// A resolved speaker: the mention to point at, its cluster, the best name, and the cue that introduced it.
    struct SpeakerInfo {
        var span: Span?
        var cluster: Int?
        var name: String?
        var cue: Span?
    }

    private func clusterName(_ cluster: Int) -> String? {
        cluster < document.entityClusters.count ? document.entityClusters[cluster].name : nil
    }

    /// Resolves a speaker phrase to its best mention: a person name in its head part, another entity, a pronoun
    /// (through its antecedent), or the head phrase itself as a non-person source.
    private func speakerInfo(_ range: Range<Int>, at position: Int) -> SpeakerInfo {
        var head = range
        // "I'm Randi Kaye", "we": the writer's own voice, kept whole so that it can be told apart
        if range.contains(where: { tokens[$0].kind == .word && lexicon.writerVoice.contains(text.lower($0)) }) {
            let span = Span(tokens[range.lowerBound].start, tokens[range.upperBound - 1].end)
            return SpeakerInfo(span: span, cluster: nil, name: text.string(from: span.start, to: span.end))
        }
        // "she would look into …", "he proudly …": a subject pronoun and the words of its clause
        if range.count > 1, let gender = lexicon.pronouns[text.lower(range.lowerBound)], gender == "m" || gender == "f",
           tokens[range.lowerBound + 1].kind == .word, !tokens[range.lowerBound + 1].isCapitalized {
            return speakerInfo(range.lowerBound..<(range.lowerBound + 1), at: position)
        }
        for k in range where k > range.lowerBound {
            if finder.isComma(k) || (tokens[k].kind == .word && !tokens[k].isCapitalized && lexicon.headCutters.contains(text.string(k))) {
                head = range.lowerBound..<k
                break
            }
        }
        let headSpan = Span(tokens[head.lowerBound].start, tokens[head.upperBound - 1].end)
        let mentions = entities(overlapping: headSpan)
        let fullSpan = Span(tokens[range.lowerBound].start, tokens[range.upperBound - 1].end)
        let titledPerson = mentions.isEmpty
            ? entities(overlapping: fullSpan).last(where: { $0.label == .person && $0.isName && $0.role != nil && fullSpan.contains($0.span) }) : nil
        // "The head of the charity, Clive Hodges": a named person in apposition after a description
        let appositive = mentions.contains(where: { $0.label == .person }) ? nil
            : entities(overlapping: fullSpan).last(where: { mention in
                guard mention.label == .person, mention.isName, fullSpan.contains(mention.span), mention.span.start >= headSpan.end else { return false }
                let k = tokenIndex(atByte: mention.span.start)
                return k > range.lowerBound && finder.isComma(k - 1)
            })
        if var mention = mentions.last(where: { $0.label == .person }) ?? appositive ?? titledPerson ?? mentions.first {
            // "Egypt's Health Ministry", "the institute's president": the owner does not speak; what it owns does (a
            // person's "office" or "campaign" stands for the person and keeps it)
            let after = tokenIndex(atByte: mention.span.end - 1) + 1
            if mention.label != .person, after + 1 < head.upperBound, tokens[after].kind == .word, tokens[after].scalar == 0x27,
               isSpeakerNoun(head.upperBound - 1) || tokens[head.upperBound - 1].isCapitalized {
                let owned = Span(tokens[after + 1].start, headSpan.end)
                if let inner = mentions.first(where: { owned.contains($0.span) }) {
                    mention = inner
                } else {
                    return SpeakerInfo(span: headSpan, cluster: nil, name: text.string(from: headSpan.start, to: headSpan.end))
                }
            }
            // "U.S. officials", "Egyptian state television": a place or nationality that only modifies the speaker
            // noun after it does not speak; the phrase does
            let mentionLast = tokenIndex(atByte: mention.span.end - 1)
            if mention.label == .place || mention.label == .other, mentionLast + 1 < head.upperBound, mention.span.end <= headSpan.end,
               ((mentionLast + 1)..<head.upperBound).allSatisfy({ tokens[$0].kind == .word && !tokens[$0].isCapitalized }),
               isSpeakerNoun(head.upperBound - 1) {
                return SpeakerInfo(span: headSpan, cluster: nil, name: text.string(from: headSpan.start, to: headSpan.end))
            }
            // a description the recognizer left on its own ("the health minister") joins the named entity it describes
            if !mention.isName, mention.span == headSpan,
               clusterName(mention.cluster)?.lowercased() == text.string(from: headSpan.start, to: headSpan.end).lowercased(),
               let cluster = describedEntity(head), cluster != mention.cluster {
                return SpeakerInfo(span: headSpan, cluster: cluster, name: clusterName(cluster))
            }
            return SpeakerInfo(span: mention.span, cluster: mention.cluster, name: clusterName(mention.cluster))
        }
        if head.count == 1, let gender = lexicon.pronouns[text.lower(head.lowerBound)], gender != "n" {
            let cluster = antecedent(ofPronounAt: headSpan.start)
            return SpeakerInfo(span: headSpan, cluster: cluster, name: cluster.flatMap(clusterName))
        }
        if let cluster = describedEntity(head) {
            return SpeakerInfo(span: headSpan, cluster: cluster, name: clusterName(cluster))
        }
        return SpeakerInfo(span: headSpan, cluster: nil, name: text.string(from: headSpan.start, to: headSpan.end))
    }

    /// The person a "he" / "she" stands for: the latest person quoted before it, unless a person of the pronoun's
    /// gender opens a sentence between that quote and the pronoun (a new speaker being introduced) or the quoted
    /// person's gender disagrees; else the nearest preceding person of that gender outside quotations. Persons
    /// named inside a quotation never count. "they" and "it" resolve to nothing here.
    private func antecedent(ofPronounAt byte: Int) -> Int? {
        let pronounToken = tokenIndex(atByte: byte)
        guard let wanted = lexicon.pronouns[text.lower(pronounToken)], wanted == "m" || wanted == "f" else { return nil }
        let paragraph = tokens[pronounToken].paragraph
        func agrees(_ cluster: Int) -> Bool {
            guard cluster < document.entityClusters.count else { return false }
            let c = document.entityClusters[cluster]
            return c.label == .person && PersonGender.agrees(wanted, with: genders.gender(name: c.name, aliases: c.aliases, roles: c.roles))
        }
        // the latest quote before the pronoun (found holds at most a few thousand items; look at the last 64 of each phase)
        var recent: (Int, Quote)? = nil
        for item in found.suffix(64) + found.prefix(directCount).suffix(64) where item.1.span.start < byte {
            if recent == nil || item.1.span.start > recent!.1.span.start { recent = item }
        }
        var recentSpeaker: Int? = nil
        if let recent, let cluster = recent.1.speakerCluster, agrees(cluster),
           paragraph - tokens[recent.0].paragraph <= 2, pronounToken - recent.0 <= recentQuoteReach {
            recentSpeaker = cluster
        }
        let before = firstEntity(startingAtOrAfter: byte)
        var nearest: Int? = nil
        for mention in document.entities[..<before].reversed() where mention.span.end <= byte && mention.label == .person {
            let k = tokenIndex(atByte: mention.span.start)
            if inDirect[k] { continue }
            if let recent, k < recent.0 { break }
            guard agrees(mention.cluster) else { continue }
            let cluster = document.entityClusters[mention.cluster]
            // a person for sure: a full name, a titled name or a description
            guard cluster.name.contains(" ") || !cluster.roles.isEmpty || !mention.isName else { continue }
            if nearest == nil { nearest = mention.cluster }
            if let recentSpeaker, mention.cluster != recentSpeaker, opensSentence(k) { return mention.cluster }
        }
        if let recentSpeaker { return recentSpeaker }
        if let nearest { return nearest }
        for mention in document.entities[..<before].reversed() where mention.span.end <= byte && mention.label == .person {
            let k = tokenIndex(atByte: mention.span.start)
            guard !inDirect[k], agrees(mention.cluster) else { continue }
            let cluster = document.entityClusters[mention.cluster]
            guard cluster.name.contains(" ") || !cluster.roles.isEmpty || !mention.isName else { continue }
            return mention.cluster
        }
        return nil
    }

    /// True when the mention starting at token `k` is its sentence's subject: at most three words (a title or
    /// role: "Welsh artist Cherry Pickles") stand before it in the sentence.
    private func opensSentence(_ k: Int) -> Bool {
        let sentence = sentences[sentenceOf[k]]
        var words = 0
        for j in sentence.lowerBound..<k where tokens[j].kind == .word {
            words += 1
            if !tokens[j].isCapitalized && !lexicon.determiners.contains(text.lower(j)) && genders.genderWords[text.lower(j)] == nil {
                // a lowercase word that is no determiner: "artist" in "Welsh artist X" is a role, allowed; a verb is not
                if lexicon.cueVerbs[text.string(j)] != nil || lexicon.clauseStops.contains(text.string(j)) { return false }
            }
        }
        return words <= 3
    }

    /// The entity a definite description stands for ("the committee", "the health minister"): the nearest
    /// organisation or person named before it, outside quotations, whose name or role holds every word of the
    /// description after "the", else the nearest titled person whose role holds its head noun and nothing the
    /// description lacks.
    private func describedEntity(_ head: Range<Int>) -> Int? {
        guard head.count >= 2, text.lower(head.lowerBound) == "the" else { return nil }
        var words: [String] = []
        for k in (head.lowerBound + 1)..<head.upperBound {
            guard tokens[k].kind == .word, !tokens[k].isCapitalized else { return nil }
            words.append(text.lower(k))
        }
        guard let last = words.last, lexicon.speakerNouns.contains(last) || lexicon.organisationDescriptions.contains(last) else { return nil }
        let before = firstEntity(startingAtOrAfter: tokens[head.lowerBound].start)
        var headOnly: Int? = nil
        for mention in document.entities[..<before].reversed() where mention.label == .organization || mention.label == .person {
            if inDirect[tokenIndex(atByte: mention.span.start)] { continue }
            let cluster = document.entityClusters[mention.cluster]
            let described = ([cluster.name] + cluster.roles).joined(separator: " ").lowercased()
                .split(whereSeparator: { !$0.isLetter }).map(String.init)
            if words.allSatisfy({ described.contains($0) }) { return mention.cluster }
            // a role written shorter than the description ("Minister" for "the health minister"), never a more
            // specific one ("Prime Minister" is no "health minister")
            if headOnly == nil, !cluster.roles.isEmpty, cluster.roles.contains(where: { role in
                let roleWords = role.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
                return roleWords.contains(last) && roleWords.allSatisfy { words.contains($0) }
            }) {
                headOnly = mention.cluster
            }
        }
        if headOnly == nil, lexicon.organisationDescriptions.contains(last) { return organisation(describedBefore: head.lowerBound) }
        return headOnly
    }

    /// The organisation a generic description at token `k` stands for ("the network", "the company"): the nearest
    /// organisation outside quotations that is a subject (it opens its sentence, perhaps after a bracketed time stamp:
    /// "Al Jazeera said …", "Transocean, meanwhile, …") or the speaker of a quote ("…, Oxfam said in a statement"),
    /// within `organisationReach` tokens and the same or the previous paragraph; nil when there is none. An
    /// organisation named only as an object ("blamed BP") is passed over.
    private func organisation(describedBefore k: Int) -> Int? {
        let byte = tokens[k].start
        let paragraph = tokens[k].paragraph
        var speakerStarts = Set<Int>()
        for item in found.suffix(128) { if let speaker = item.1.speaker { speakerStarts.insert(speaker.start) } }
        let before = firstEntity(startingAtOrAfter: byte)
        for mention in document.entities[..<before].reversed() where mention.span.end <= byte {
            let m = tokenIndex(atByte: mention.span.start)
            if tokens[m].paragraph < paragraph - 1 || k - m > organisationReach { break }
            guard !inDirect[m], mention.label == .organization else { continue }
            if opensSentence(m) || (m > 0 && text.isPunct(m - 1, ")")) || speakerStarts.contains(mention.span.start) {
                return mention.cluster
            }
        }
        return nil
    }

    /// Index of the first entity mention whose start is at or after `byte` (mentions are sorted by start).
    private func firstEntity(startingAtOrAfter byte: Int) -> Int {
        var low = 0, high = document.entities.count
        while low < high {
            let mid = (low + high) / 2
            if document.entities[mid].span.start < byte { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The entity mentions overlapping a span (names are short: look back at most 256 bytes).
    private func entities(overlapping span: Span) -> [EntityMention] {
        var result: [EntityMention] = []
        var k = firstEntity(startingAtOrAfter: span.start - 256)
        while k < document.entities.count, document.entities[k].span.start < span.end {
            if document.entities[k].span.overlaps(span) { result.append(document.entities[k]) }
            k += 1
        }
        return result
    }

    private func tokenIndex(atByte byte: Int) -> Int {
        var low = 0, high = tokens.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if tokens[mid].start <= byte { low = mid } else { high = mid - 1 }
        }
        return low
    }
}
