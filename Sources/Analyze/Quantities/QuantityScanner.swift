import Model

/// Finds quantities in a token array: hedge, currency symbol, number (digits or words, with scale), range, unit or
/// counted noun, and the participle the sentence says the quantity describes.
struct QuantityScanner: Sendable {
    let lexicon = QuantityLexicon.shared
    let numbers = NumberReader()
    let numberWords = NumberWords.shared

    private static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th"]
    private static let rateWords: Set<String> = ["a", "an", "per", "each"]
    private static let rateNouns: Set<String> = [
        "month", "year", "week", "day", "hour", "night", "share", "barrel", "ounce", "ton", "tonne", "gallon", "litre",
        "liter", "person", "head", "square", "kilo", "pound", "kg", "unit", "minute", "game", "match", "episode",
    ]

    /// - Parameter excluded: byte spans of dates and clock times (their numbers are not quantities unless a time unit
    ///   follows).
    func quantities(_ tokens: [TextToken], excluded: [Span]) -> [Quantity] {
        var result: [Quantity] = []
        var excludedIndex = 0
        var i = 0
        while i < tokens.count {
            if let (quantity, end) = quantity(tokens, at: i, excluded: excluded, excludedIndex: &excludedIndex) {
                result.append(quantity)
                i = end
            } else {
                i += 1
            }
        }
        return result
    }

    private func inExcluded(_ token: TextToken, _ excluded: [Span], _ index: inout Int) -> Bool {
        while index < excluded.count && excluded[index].end <= token.start { index += 1 }
        return index < excluded.count && excluded[index].start <= token.start && token.end <= excluded[index].end
    }

    private func hedge(_ tokens: [TextToken], at i: Int) -> (String, Int)? {
        guard tokens[i].kind == .word, let options = lexicon.hedges[tokens[i].lower] else { return nil }
        for option in options {
            var j = i
            var ok = true
            for w in option.words {
                if j < tokens.count, tokens[j].lower == w { j += 1 } else { ok = false; break }
            }
            if ok { return (option.words.joined(separator: " "), j) }
        }
        return nil
    }

    /// Longest unit form at `i` (single letters must touch the number or a symbol before them).
    private func unit(_ tokens: [TextToken], at i: Int, table: [String: [UnitForm]]) -> (UnitForm, Int)? {
        guard i < tokens.count, let options = table[tokens[i].lower] else { return nil }
        for form in options {
            guard i + form.tokens.count <= tokens.count else { continue }
            var ok = true
            for (offset, text) in form.tokens.enumerated() {
                let token = tokens[i + offset]
                if token.lower != text || (offset > 0 && token.spaceBefore && form.tokens.count > 1 && !text.allSatisfy(\.isLetter)) {
                    ok = false
                    break
                }
                if offset > 0, token.newlineBefore { ok = false; break }
            }
            guard ok else { continue }
            let end = i + form.tokens.count
            // a unit glued to a following letter run is a word, not a unit ("5 min" yes, "5 mine" is a different token)
            if form.tokens.count == 1, form.tokens[0].utf8.count == 1, form.tokens[0].first!.isLetter {
                // "5 m" or "5m": allow only when attached, or written in capitals for W/V/K/C/F
                if tokens[i].spaceBefore && !(tokens[i].capitalized && "wvkcf".contains(form.tokens[0])) { continue }
            }
            return (form, end)
        }
        return nil
    }

    typealias UnitForm = QuantityLexicon.UnitForm

    private func isPlural(_ word: String) -> Bool {
        if lexicon.irregularPlurals.contains(word) { return true }
        guard word.utf8.count > 3, word.hasSuffix("s") else { return false }
        return !word.hasSuffix("ss") && !word.hasSuffix("us") && !word.hasSuffix("is")
    }

    /// The counted noun phrase after a number ("troops", "heart transplants", "FA Cup finals"), with its end.
    private func countedNoun(_ tokens: [TextToken], at start: Int, value: Double) -> (String, Int)? {
        var words: [(text: String, end: Int, lower: String)] = []
        var i = start
        while i < tokens.count && words.count < 4 {
            let token = tokens[i]
            guard token.kind == .word, !token.newlineBefore || words.isEmpty && !token.newlineBefore else { break }
            if lexicon.stopWords.contains(token.lower) { break }
            if numberWords[token.lower] != nil && token.lower != "second" { break }
            var text = token.lower
            var end = i + 1
            // hyphenated words: "self-propelled", "long-range"
            while end + 1 < tokens.count, tokens[end].lower == "-", !tokens[end].spaceBefore, !tokens[end + 1].spaceBefore,
                  tokens[end + 1].kind == .word {
                text += "-" + tokens[end + 1].lower
                end += 2
            }
            words.append((text, end, token.lower))
            i = end
            if i < tokens.count, tokens[i].kind == .punct, tokens[i].lower != "-" { break }
        }
        guard !words.isEmpty else { return nil }
        if words[0].text.hasSuffix("ed") || words[0].text.hasSuffix("ing") && words.count == 1 { return nil }
        if value == 1 {
            // "one proposal": the first word, or adjective + noun
            if isPlural(words[0].text) { return nil }
            return (words[0].text, words[0].end)
        }
        // the last plural word ends the phrase
        if let last = words.lastIndex(where: { isPlural($0.text.split(separator: "-").last.map(String.init) ?? $0.text) }) {
            let phrase = words[...last].map(\.text).joined(separator: " ")
            return (phrase, words[last].end)
        }
        return nil
    }

    private func quantity(_ tokens: [TextToken], at start: Int, excluded: [Span],
                          excludedIndex: inout Int) -> (Quantity, Int)? {
        var i = start
        var hedgeText: String?
        if let (h, after) = hedge(tokens, at: i), after < tokens.count {
            hedgeText = h
            i = after
        }
        var negative = false
        if i < tokens.count, tokens[i].lower == "minus" || tokens[i].lower == "negative" { negative = true; i += 1 }
        var prefixUnit: UnitForm?
        if let (form, after) = unit(tokens, at: i, table: lexicon.prefixUnits) {
            // "rs" and "rm" need a number right after; "$" may be followed by a space
            prefixUnit = form
            i = after
        }
        guard i < tokens.count else { return nil }
        let numberToken = tokens[i]
        if numberToken.kind == .punct, numberToken.lower == "-", !negative, i + 1 < tokens.count, tokens[i + 1].kind == .number,
           !tokens[i + 1].spaceBefore, numberToken.spaceBefore || i == 0, prefixUnit == nil {
            negative = true
            i += 1
        }
        let first = tokens[i]
        guard first.kind == .number || numberWords[first.lower] != nil || first.lower == "a" && hedgeText != nil else { return nil }
        // skip numbers glued to words: "F-16", "COVID-19", "G5", "iPhone11"
        if first.kind == .number && i > 0 && !first.spaceBefore {
            let previous = tokens[i - 1]
            if previous.kind == .word { return nil }
            if previous.lower == "-", i > 1, tokens[i - 2].kind == .word, !previous.spaceBefore { return nil }
            if previous.lower == "#" || previous.lower == "." || previous.lower == "/" || previous.lower == ":" { return nil }
        }
        guard var reading = numbers.read(tokens, at: i, letterScales: prefixUnit != nil) else { return nil }
        if first.kind == .word {
            // word numbers: "one" only before a counted noun; never "a" alone
            if reading.value == 1 && reading.end == i + 1 && first.lower != "one" { return nil }
        }
        var end = reading.end
        // ordinals "10th", model numbers "777F"
        if end < tokens.count, tokens[end].kind == .word, !tokens[end].spaceBefore, first.kind == .number, !reading.hasScale {
            let w = tokens[end].lower
            if QuantityScanner.ordinalSuffixes.contains(w) { return nil }
            if lexicon.suffixUnits[w] == nil && numberWords[w] == nil { return nil }
        }
        if first.kind == .number, inExcluded(first, excluded, &excludedIndex) {
            // a date or clock time; keep only counts of time ("three months", "5-10 minutes")
            var k = end
            if k < tokens.count, tokens[k].lower == "-" { k += 1 }
            guard let (form, _) = unit(tokens, at: k, table: lexicon.suffixUnits), form.kind == "time" else { return nil }
        }
        // years and similar bare four-digit numbers: not quantities unless a unit or counted noun follows
        let yearLike = first.kind == .number && first.integerDigits == 4 && !first.hasSeparator && reading.plainDigits
            && first.number >= 1800 && first.number <= 2100 && prefixUnit == nil
        // "No. 1", "# 3"
        if start == i, i > 0, tokens[i - 1].lower == "#" { return nil }
        if start == i, i > 1, tokens[i - 1].lower == ".", tokens[i - 2].lower == "no" { return nil }
        var value = reading.value
        var high: Double?
        // ranges: "5-10", "5 to 10", "between 5 and 10", "$10 to $15 billion"
        var k = end
        let rangeWords: Set<String> = start > 0 && tokens[start - 1].lower == "between" ? ["and", "-"] : ["-", "to"]
        if k + 1 < tokens.count, rangeWords.contains(tokens[k].lower) || tokens[k].lower == "–" {
            var m = k + 1
            if let (_, after) = unit(tokens, at: m, table: lexicon.prefixUnits) { m = after }
            if m < tokens.count, tokens[m].kind == .number || (numberWords[tokens[m].lower] != nil && first.kind == .word),
               let upper = numbers.read(tokens, at: m, letterScales: prefixUnit != nil),
               !(tokens[k].lower == "-" && tokens[m].kind == .number && tokens[k].spaceBefore != tokens[m].spaceBefore) {
                var low = value
                if !reading.hasScale && upper.hasScale { low *= upper.scale }
                if tokens[k].lower == "-" && first.kind == .number && tokens[m].kind == .number && !tokens[k].spaceBefore
                    && first.integerDigits == 4 && tokens[m].integerDigits <= 4 && !upper.hasScale && yearLike {
                    return nil  // "2014-2015": years
                }
                value = low
                high = upper.value
                end = upper.end
                reading = upper
            }
        }
        // unit
        var unitText: String?
        var unitKind: String?
        if let form = prefixUnit {
            unitText = form.canonical
            unitKind = "currency"
            // "$5 million a year" → dollar per year
        }
        var u = end
        if u < tokens.count, let (form, after) = unit(tokens, at: u, table: lexicon.suffixUnits) {
            let isLetterUnit = form.tokens.count == 1 && form.tokens[0].utf8.count <= 2 && form.tokens[0].allSatisfy(\.isLetter)
            let acceptable = !(isLetterUnit && tokens[u].spaceBefore && !tokens[u].capitalized)
            if acceptable && (prefixUnit == nil || form.kind == "currency" || form.kind == "percent") {
                if prefixUnit == nil || form.kind != "currency" {
                    unitText = form.canonical
                    unitKind = form.kind
                } else {
                    unitText = form.canonical
                }
                u = after
                end = after
                // "degrees Celsius"
                if form.canonical == "degree", let (temperature, afterTemperature) = unit(tokens, at: u, table: lexicon.suffixUnits),
                   temperature.kind == "temperature" {
                    unitText = temperature.canonical
                    end = afterTemperature
                    u = afterTemperature
                }
            }
        } else if u + 1 < tokens.count, tokens[u].lower == "-", !tokens[u].spaceBefore,
                  let (form, after) = unit(tokens, at: u + 1, table: lexicon.suffixUnits), form.kind == "time" || form.kind == "dimension" {
            // "10-year", "5-mile"
            unitText = form.canonical
            unitKind = form.kind
            end = after
            u = after
        }
        // ages: "45 years old", "a 10-year-old"
        if unitKind == "time", u < tokens.count {
            if tokens[u].lower == "old" { end = u + 1 }
            else if tokens[u].lower == "-", u + 1 < tokens.count, tokens[u + 1].lower == "old" { end = u + 2 }
        }
        // rates: "$5 a month", "US$60 per barrel"
        if unitText != nil, unitKind == "currency" || unitKind == "percent" && false,
           end + 1 < tokens.count, QuantityScanner.rateWords.contains(tokens[end].lower) {
            let noun = tokens[end + 1].lower
            let singular = noun.hasSuffix("s") ? String(noun.dropLast()) : noun
            if QuantityScanner.rateNouns.contains(singular) {
                unitText = "\(unitText!) per \(singular)"
                end += 2
            }
        }
        // counted nouns
        if unitText == nil {
            if let (noun, after) = countedNoun(tokens, at: end, value: high ?? value) {
                unitText = noun
                unitKind = "count"
                end = after
            }
        }
        if yearLike && unitText == nil { return nil }
        if first.kind == .word && unitText == nil && hedgeText == nil && !reading.hasScale {
            // a bare number word: keep "two million", drop "one", keep "twelve" only with a noun
            if reading.value < 2 || (start > 0 && tokens[start - 1].capitalized && false) { return nil }
            if reading.value < 10 && first.lower != "dozen" { return nil }
        }
        // capitalised label before a small bare number: "Game 2", "Section 427", "iPhone 11"
        if unitText == nil, hedgeText == nil, prefixUnit == nil, start == i, i > 0, tokens[i - 1].kind == .word,
           tokens[i - 1].capitalized, first.kind == .number {
            return nil
        }
        if negative { value = -value; if let h = high { high = -h } }
        let describes = describing(tokens, start: start, end: end)
        let span = Span(tokens[hedgeText != nil ? start : (prefixUnit != nil || negative ? start : i)].start, tokens[end - 1].end)
        let quantity = Quantity(span: span, value: value, high: high, unit: unitText, hedge: hedgeText, describes: describes)
        return (quantity, end)
    }

    /// The participle or noun the sentence says the quantity describes: "killed nearly 13,000", "13,000 have been
    /// killed", "two million displaced".
    private func describing(_ tokens: [TextToken], start: Int, end: Int) -> String? {
        // after: "have been killed", "were displaced", "killed"
        var i = end
        var steps = 0
        while i < tokens.count && steps < 4 {
            let token = tokens[i]
            if token.kind == .punct { break }
            if lexicon.describingWords.contains(token.lower) { return token.lower }
            if !["have", "has", "had", "been", "were", "was", "are", "is", "be", "being", "reportedly", "now", "already"].contains(token.lower) {
                break
            }
            i += 1
            steps += 1
        }
        // before: "has killed more than", "killing at least"
        i = start - 1
        steps = 0
        while i >= 0 && steps < 3 {
            let token = tokens[i]
            if token.kind == .punct && token.lower != "," { break }
            if lexicon.describingWords.contains(token.lower) { return token.lower }
            if token.lower == "killing" { return "killed" }
            i -= 1
            steps += 1
        }
        return nil
    }
}
