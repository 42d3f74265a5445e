import Model

/// Finds quantities in a token array: hedge, currency symbol, number (digits or words, with scale), range, unit or
/// counted noun, and the participle the sentence says the quantity describes.
struct QuantityScanner: Sendable {
    /// Also report numbers without unit, hedge or scale (number-recognition tasks); news keeps only quantities.
    var includeBareNumbers = false
    let lexicon = QuantityLexicon.shared
    let numbers = NumberReader()
    let numberWords = NumberWords.shared
    let countBeforeNumber = QuantityLexicon.countBeforeNumber

    private static let timeUnits: Set<String> = ["second", "minute", "hour", "day", "week", "month", "year", "decade", "century"]
    private static let objectWords: Set<String> = ["it", "them", "him", "her", "that", "this", "the", "a", "an", "his", "their", "its"]
    private static let percentUnits: Set<String> = ["percent", "percentage point", "basis point"]
    private static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th"]
    private static let rateWords: Set<String> = ["a", "an", "per", "each"]
    /// Words before a four-digit number that make it a year.
    private static let yearContext: Set<String> = ["in", "since", "between", "and", "from", "to", "until", "by", "of", "during",
                                                   "before", "after", "early", "late", "mid", "-", "the", "'s", "year", "fiscal"]
    private static let timeNouns: Set<String> = ["second", "minute", "hour", "day", "night", "week", "month", "year", "century", "game"]
    private static let rateNouns: Set<String> = [
        "month", "year", "week", "day", "hour", "night", "share", "barrel", "ounce", "ton", "tonne", "gallon", "litre",
        "liter", "person", "head", "square", "kilo", "pound", "kg", "unit", "minute", "game", "match", "episode", "gram",
        "century", "second", "mile", "kilometre", "kilometer",
    ]

    /// - Parameter excluded: byte spans of dates and clock times (their numbers are not quantities unless a time unit
    ///   follows).
    func quantities(_ tokens: [TextToken], excluded: [Span]) -> [Quantity] {
        var found: [(quantity: Quantity, start: Int, end: Int)] = []
        var bare: Set<Int> = []
        var excludedIndex = 0
        var i = 0
        while i < tokens.count {
            if let (quantity, end, isBare) = quantity(tokens, at: i, excluded: excluded, excludedIndex: &excludedIndex) {
                if isBare { bare.insert(found.count) }
                found.append((quantity, i, end))
                i = end
            } else {
                i += 1
            }
        }
        inheritUnits(&found, tokens, bare: bare)
        indexLevels(&found, tokens)
        joinSeparatedRanges(&found, tokens, bare: &bare)
        // a bare number is kept only when a neighbour lent it a unit ("435 homes … and 187 by tender")
        return found.enumerated().filter { !bare.contains($0.offset) || $0.element.quantity.unit != nil }.map(\.element.quantity)
    }

    /// A number without unit takes the unit of its neighbour: "about 8 or $9" (the next one), "6 million homes,
    /// including 1.5 million in the city" (the previous one in the same sentence).
    private func inheritUnits(_ found: inout [(quantity: Quantity, start: Int, end: Int)], _ tokens: [TextToken],
                              bare: Set<Int>) {
        for index in found.indices where found[index].quantity.unit == nil {
            let current = found[index]
            // the quantity to borrow from: the one before, over durations ("68,400 people out of work for one to two
            // years and 95,800 who …")
            var previousIndex = index - 1
            while previousIndex > 0, let unit = found[previousIndex].quantity.unit, QuantityScanner.timeUnits.contains(unit) {
                previousIndex -= 1
            }
            if previousIndex != index - 1, let unit = found[previousIndex].quantity.unit, lexicon.canonicalUnits.contains(unit) {
                previousIndex = index - 1  // only a counted noun is borrowed over a duration
            }
            // a bare number borrows only a counted noun, and only when its own noun is left out ("187 by tender")
            if bare.contains(index) {
                guard previousIndex >= 0, let unit = found[previousIndex].quantity.unit, !lexicon.canonicalUnits.contains(unit),
                      current.end >= tokens.count || tokens[current.end].kind == .punct
                        || lexicon.stopWords.contains(tokens[current.end].lower) else { continue }
            }
            if index + 1 < found.count, let unit = found[index + 1].quantity.unit, found[index + 1].start == current.end + 1,
               ["or", "and", "to"].contains(tokens[current.end].lower) {
                found[index].quantity.unit = unit
                continue
            }
            // "raised 280 million of the 1.5 billion shekels": a part of the amount named next
            if index + 1 < found.count, let unit = found[index + 1].quantity.unit, found[index + 1].start == current.end + 2,
               tokens[current.end].lower == "of", ["the", "a", "an", "its", "their"].contains(tokens[current.end + 1].lower),
               current.quantity.value <= found[index + 1].quantity.value {
                found[index].quantity.unit = unit
                continue
            }
            guard previousIndex >= 0, let unit = found[previousIndex].quantity.unit else { continue }
            let previous = found[previousIndex]
            guard current.start - previous.end <= 12 else { continue }
            // "rose 8.15% to 3.65": a change in percent, then the level it reached
            if QuantityScanner.percentUnits.contains(unit), current.start > 0, tokens[current.start - 1].lower == "to" { continue }
            // "rose 0.7 percent to 6,327.80": a number of another magnitude is not the same kind of thing
            let ratio = abs(current.quantity.value) / max(abs(previous.quantity.value), 1e-9)
            guard ratio < 50 && ratio > 0.02 else { continue }
            let boundary = tokens[previous.end..<current.start].contains { [".", ";", "!", "?", ":"].contains($0.lower) || $0.newlineBefore }
            guard !boundary else { continue }
            found[index].quantity.unit = unit
            // "22 burglaries last week against an average of 20 per week": a borrowed count can be a rate
            if !lexicon.canonicalUnits.contains(unit), let rate = rateSuffix(tokens, at: current.end, kind: "count") {
                found[index].quantity.unit = "\(unit) per \(rate.name)"
                found[index].quantity.span.end = tokens[rate.end - 1].end
            }
        }
    }

    /// A level without unit reached by a stock index is in points: "the S&P 500 rose 64.06 points to 4,577.10",
    /// "the TA-125 climbed 0.1% to 1,333.18" (a sentence naming an index or points; a number written with decimals or
    /// separators after "to", "at", "of", "(" or before "up"/"down").
    private func indexLevels(_ found: inout [(quantity: Quantity, start: Int, end: Int)], _ tokens: [TextToken]) {
        for index in found.indices where found[index].quantity.unit == nil && found[index].quantity.high == nil {
            let (quantity, start, end) = found[index]
            guard quantity.value >= 100, tokens[start].kind == .number, tokens[start].hasSeparator, start > 0 else { continue }
            let leads = ["to", "at", "of", "("].contains(tokens[start - 1].lower)
                || end < tokens.count && ["up", "down"].contains(tokens[end].lower)
            guard leads else { continue }
            var k = start - 1
            var cue = false
            while k >= 0, !(tokens[k].lower == "." || tokens[k].newlineBefore && k < start - 1) {
                if lexicon.indexCues.contains(tokens[k].lower) { cue = true; break }
                k -= 1
            }
            k = end
            while !cue, k < tokens.count, tokens[k].lower != ".", !tokens[k].newlineBefore {
                if lexicon.indexCues.contains(tokens[k].lower) { cue = true }
                k += 1
            }
            if cue { found[index].quantity.unit = "points" }
        }
    }

    /// "from 20 mpg in 2008 to 29 mpg", "from $36,040 at 10.45pm to $34,935": a range whose ends a time or place phrase
    /// separates (same unit, no clause mark or other number between, at most eight tokens).
    private func joinSeparatedRanges(_ found: inout [(quantity: Quantity, start: Int, end: Int)], _ tokens: [TextToken],
                                     bare: inout Set<Int>) {
        var index = 0
        while index + 1 < found.count {
            let low = found[index], high = found[index + 1]
            guard low.quantity.high == nil, high.quantity.high == nil, low.quantity.unit != nil,
                  low.quantity.unit == high.quantity.unit, low.start > 0, tokens[low.start - 1].lower == "from",
                  high.start > low.end + 1, high.start - low.end <= 8, tokens[high.start - 1].lower == "to",
                  !tokens[low.end..<(high.start - 1)].contains(where: { [",", ";", ".", ":", "(", ")", "to", "and", "or"].contains($0.lower) })
            else { index += 1; continue }
            found[index].quantity.high = high.quantity.value
            found[index].quantity.span.end = high.quantity.span.end
            found[index].end = high.end
            found.remove(at: index + 1)
            bare = Set(bare.compactMap { $0 == index + 1 ? nil : $0 > index + 1 ? $0 - 1 : $0 })
            index += 1
        }
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
                if token.lower != text || (offset > 0 && token.spaceBefore && form.kind != "prefix" && form.tokens.count > 1
                                           && !text.allSatisfy(\.isLetter)) {
                    ok = false
                    break
                }
                if offset > 0, token.newlineBefore { ok = false; break }
                // "a $3,500 mortgage" is not "a$" (Australian dollars): a one-letter code spaced from its symbol is upper case
                if offset == 1, form.kind == "prefix", token.spaceBefore, form.tokens[0].utf8.count == 1, !tokens[i].capitalized {
                    ok = false
                    break
                }
            }
            guard ok else { continue }
            if form.needsCapital && !tokens[i].capitalized { continue }
            let end = i + form.tokens.count
            // "iPhone 14's", "Apple One's": a possessive, not feet
            if form.tokens == ["'"] || form.tokens == ["’"], end < tokens.count, tokens[end].lower == "s", !tokens[end].spaceBefore { continue }
            // a unit glued to a following letter run is a word, not a unit ("5 min" yes, "5 mine" is a different token)
            if form.tokens.count == 1, form.tokens[0].utf8.count == 1, form.tokens[0].first!.isLetter {
                // "800,000 F-Series pickups", "23456 F Block": a name, not a unit
                if tokens[i].capitalized, end < tokens.count,
                   tokens[end].lower == "-" && !tokens[end].spaceBefore
                    || tokens[end].kind == .word && tokens[end].capitalized && form.kind == "temperature" { continue }
                // "5 m" or "5m": allow only when attached, or written in capitals for W/V/K/C/F
                if tokens[i].spaceBefore && !(tokens[i].capitalized && "wvkcf".contains(form.tokens[0]))
                    && !spacedLetterUnit(tokens, at: i) { continue }
            }
            return (form, end)
        }
        return nil
    }

    typealias UnitForm = QuantityLexicon.UnitForm

    /// "COVID -19", "Su -27": a short whole number glued to a hyphen spaced from a capitalised word is part of a name,
    /// not a negative number.
    private func isSpacedNameHyphen(_ tokens: [TextToken], at i: Int) -> Bool {
        guard i > 1, tokens[i - 1].lower == "-", tokens[i - 1].spaceBefore, !tokens[i].spaceBefore,
              tokens[i - 2].kind == .word, tokens[i - 2].capitalized else { return false }
        return !tokens[i].hasSeparator && tokens[i].integerDigits <= 2
    }

    private static let spacedLetters: Set<String> = ["m", "g", "t", "l", "h", "p", "w", "v"]
    private static let afterSpacedLetter: Set<String> = ["at", "to", "from", "and", "or", "per", "in", "on", "for", "of", "a", "an"]

    /// A one-letter unit written apart from its number ("down 68 p at 1112 p", "a 5 m wall" no, "ran 5 m.") counts
    /// when what follows cannot make the letter part of a word or abbreviation: the end, a clause mark, a preposition.
    private func spacedLetterUnit(_ tokens: [TextToken], at i: Int) -> Bool {
        guard QuantityScanner.spacedLetters.contains(tokens[i].lower), i > 0, tokens[i - 1].kind == .number else { return false }
        guard i + 1 < tokens.count else { return true }
        let next = tokens[i + 1]
        // "1 m x 1 m", "12 m 2 dm"
        if next.spaceBefore, next.kind == .number || next.lower == "x" || next.lower == "×" { return true }
        if next.kind == .punct {
            if [",", ";", ")", "!", "?"].contains(next.lower) { return true }
            // "5 p.m." is a time
            return next.lower == "." && (i + 2 >= tokens.count || tokens[i + 2].spaceBefore)
        }
        return next.kind == .word && next.spaceBefore && QuantityScanner.afterSpacedLetter.contains(next.lower)
    }

    private func isPlural(_ word: String) -> Bool {
        if lexicon.irregularPlurals.contains(word) { return true }
        if word.utf8.count > 4, word.hasSuffix("men") { return true }  // fishermen, servicemen
        guard word.utf8.count > 3, word.hasSuffix("s") else { return false }
        return !word.hasSuffix("ss") && !word.hasSuffix("us") && !word.hasSuffix("is")
    }

    /// The counted noun phrase after a number ("troops", "heart transplants", "FA Cup finals"), with its end.
    private func countedNoun(_ tokens: [TextToken], at start: Int, value: Double) -> (String, Int)? {
        var words: [(text: String, end: Int, lower: String)] = []
        var i = start
        // "eight more picks", "two fewer seats"
        if start + 1 < tokens.count, ["more", "fewer"].contains(tokens[start].lower), tokens[start + 1].kind == .word,
           !lexicon.stopWords.contains(tokens[start + 1].lower) {
            i += 1
        }
        while i < tokens.count && words.count < 4 {
            let token = tokens[i]
            guard token.kind == .word, !token.newlineBefore || words.isEmpty && !token.newlineBefore else { break }
            // "460 Kia and Hyundai vehicles": "and" between names stays inside the phrase
            if token.lower == "and", !words.isEmpty, i > 0, tokens[i - 1].capitalized, i + 1 < tokens.count, tokens[i + 1].capitalized {
                i += 1
                continue
            }
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
            // a verb after the noun ends the phrase: "sisters helped", "troops massed"
            if !words.isEmpty, text.hasSuffix("ed") { break }
            words.append((text, end, token.lower))
            i = end
            if i < tokens.count, tokens[i].kind == .punct, tokens[i].lower != "-" { break }
        }
        // leading participles are not part of the counted thing: "300 recorded songs" (but "shipping containers" are)
        while let firstWord = words.first, firstWord.text.hasSuffix("ed") { words.removeFirst() }
        guard !words.isEmpty else { return nil }
        if value == 1 {
            // "one proposal", "one particular demand": the words before any plural (a verb: "one man says")
            if isPlural(words[0].text) { return nil }
            let singular = words.prefix { !isPlural($0.text) && !$0.text.hasSuffix("ed") }.prefix(2)
            return (singular.map(\.text).joined(separator: " "), singular.last!.end)
        }
        // "19 fouls proves it was …": a plural-looking last word before an object is a verb
        if words.count >= 2, let lastWord = words.last, lastWord.end < tokens.count,
           QuantityScanner.objectWords.contains(tokens[lastWord.end].lower), isPlural(words[words.count - 2].text) {
            words.removeLast()
        }
        // the last plural word ends the phrase
        if let last = words.lastIndex(where: { isPlural($0.text.split(separator: "-").last.map(String.init) ?? $0.text) }) {
            // a unit word at the head: "517 rushing yards" measures yards
            if let forms = lexicon.suffixUnits[words[last].text], let form = forms.first(where: { $0.tokens.count == 1 }),
               form.kind != "count" {
                return (form.canonical, words[last].end)
            }
            let phrase = words[...last].map(\.text).joined(separator: " ")
            return (phrase, words[last].end)
        }
        return nil
    }

    /// One number with its currency symbol and unit: the building block of single quantities and ranges.
    private struct Reading {
        var value: Double
        var scaled: Bool
        var scale: Double
        /// Token index of the first token (symbol or number) and after the last.
        var start: Int
        var numberStart: Int
        var end: Int
        var unit: String?
        var unitKind: String?
        var prefix: Bool
        var yearLike: Bool
        var wordNumber: Bool
        /// Token index where the unit after the number starts (nil without one).
        var unitStart: Int? = nil
    }

    /// A number at `i` with an optional currency symbol before it and unit after it.
    private func reading(_ tokens: [TextToken], at start: Int, excluded: [Span], excludedIndex: inout Int,
                         negative: Bool = false) -> Reading? {
        var i = start
        var prefixUnit: UnitForm?
        if let (form, after) = unit(tokens, at: i, table: lexicon.prefixUnits), after < tokens.count {
            let letters = form.tokens.allSatisfy { $0.allSatisfy(\.isLetter) }
            let glued = !tokens[after].spaceBefore
            // letter codes: "RM23.50", "PS2.7m", "Y100" must touch the number; three-letter codes may be spaced
            if !letters || glued && (tokens[i].hasUppercase || form.tokens[0].utf8.count >= 3) || form.tokens[0].utf8.count >= 3 {
                // "$-50.8bn": a signed amount after the symbol
                let signedAmount = tokens[after].lower == "-" && !tokens[after].spaceBefore && after + 1 < tokens.count
                    && tokens[after + 1].kind == .number && !tokens[after + 1].spaceBefore
                if tokens[after].kind == .number || numberWords[tokens[after].lower] != nil || signedAmount {
                    prefixUnit = form
                    i = after
                }
            }
        }
        guard i < tokens.count else { return nil }
        var signed = false
        if prefixUnit != nil, i + 1 < tokens.count, tokens[i].lower == "-", !tokens[i].spaceBefore, tokens[i + 1].kind == .number,
           !tokens[i + 1].spaceBefore {
            signed = true  // "$-50.8bn"
            i += 1
        }
        let first = tokens[i]
        guard first.kind == .number || numberWords[first.lower] != nil || first.lower == "a" || first.lower == "half"
            || first.lower == "quarter" || first.kind == .punct && first.lower.unicodeScalars.first.map({ $0.value >= 0xBC && $0.value <= 0xBE || $0.value >= 0x2153 && $0.value <= 0x215E }) == true
        else { return nil }
        if first.kind == .number && i > 0 && !first.spaceBefore && prefixUnit == nil && !negative {
            // numbers glued to words: "F-16", "COVID-19", "G5", "iPhone11"
            let previous = tokens[i - 1]
            if previous.kind == .word { return nil }
            // "sub-7 nanometre", "her now-18-month-old daughter": a prefix, the number stays a quantity
            if previous.lower == "-", i > 1, tokens[i - 2].kind == .word, !previous.spaceBefore,
               !lexicon.hyphenPrefixes.contains(tokens[i - 2].lower) { return nil }
            if previous.lower == "#" || previous.lower == "." || previous.lower == "/" || previous.lower == ":" { return nil }
            if isSpacedNameHyphen(tokens, at: i) { return nil }
        }
        guard let number = numbers.read(tokens, at: i, letterScales: prefixUnit != nil, fractions: true)
            ?? (first.lower == "half" && start < i ? NumberReader.Reading(value: 0.5, end: i + 1, hasWords: true, hasScale: false,
                                                                          plainDigits: false) : nil) else { return nil }
        if first.kind == .word, number.value == 1, number.end == i + 1, first.lower != "one" { return nil }
        // "the one you mentioned", "which one", "one of them": a pronoun
        if first.lower == "one", number.end == i + 1, i > 0,
           ["the", "this", "that", "which", "each", "every", "any", "no", "another", "someone", "anyone", "no-one"]
            .contains(tokens[i - 1].lower) && !(number.end < tokens.count && lexicon.suffixUnits[tokens[number.end].lower] != nil)
            || (number.end < tokens.count && tokens[number.end].lower == "of") { return nil }
        if first.lower == "a" && number.value >= 1 && number.end == i + 1 { return nil }
        var end = number.end
        if end < tokens.count, tokens[end].kind == .word, !tokens[end].spaceBefore, first.kind == .number, !number.hasScale {
            let w = tokens[end].lower
            if QuantityScanner.ordinalSuffixes.contains(w) { return nil }
            if lexicon.suffixUnits[w] == nil && numberWords[w] == nil { return nil }
        }
        var yearLike = first.kind == .number && first.integerDigits == 4 && !first.hasSeparator && number.plainDigits
            && first.number >= 1800 && first.number <= 2100 && prefixUnit == nil
        if yearLike, i > 0, !QuantityScanner.yearContext.contains(tokens[i - 1].lower), end < tokens.count,
           tokens[end].kind == .word, !tokens[end].capitalized, !lexicon.stopWords.contains(tokens[end].lower) {
            yearLike = false  // "1500 workers"
        }
        if first.kind == .number, inExcluded(first, excluded, &excludedIndex) {
            let span = excluded[excludedIndex]
            if span.start == first.start && span.end == first.end && first.integerDigits == 4 {
                yearLike = true  // a bare year: kept only with a unit or counted noun
            } else {
                var k = end
                if k < tokens.count, tokens[k].lower == "-" { k += 1 }
                guard let (form, _) = unit(tokens, at: k, table: lexicon.suffixUnits), form.kind == "time" else { return nil }
            }
        }
        var result = Reading(value: signed ? -number.value : number.value, scaled: number.hasScale, scale: number.scale, start: start, numberStart: i,
                             end: end, unit: prefixUnit?.canonical, unitKind: prefixUnit == nil ? nil : "currency",
                             prefix: prefixUnit != nil, yearLike: yearLike, wordNumber: first.kind == .word)
        // "20 (kg)", "20 [kg]": a unit in brackets
        var bracketed = false
        if end + 2 < tokens.count, ["(", "[", "{", "<"].contains(tokens[end].lower),
           let (_, after) = unit(tokens, at: end + 1, table: lexicon.suffixUnits), after < tokens.count,
           [")", "]", "}", ">"].contains(tokens[after].lower) {
            bracketed = true
            end += 1
        }
        if let (form, after) = unit(tokens, at: end, table: lexicon.suffixUnits) {
            let singleLetter = form.tokens.count == 1 && form.tokens[0].utf8.count == 1 && form.tokens[0].allSatisfy(\.isLetter)
            let acceptable = !(singleLetter && tokens[end].spaceBefore && !tokens[end].capitalized) || spacedLetterUnit(tokens, at: end)
            if acceptable && (prefixUnit == nil || form.kind == "currency" || form.kind == "percent") {
                result.unitStart = end
                result.unit = form.canonical
                // "30 MUSD", "120 MEUR": millions of the currency; "75 USD million"
                if form.kind == "currency", ["musd", "meur", "mgbp", "maud"].contains(tokens[end].lower) {
                    result.value *= 1_000_000
                    result.scaled = true
                }
                var unitEnd = after
                if form.kind == "currency", after < tokens.count, let scale = numberWords[tokens[after].lower],
                   scale.role == .scale, tokens[after].lower.utf8.count > 2, !result.scaled {
                    result.value *= scale.value
                    result.scaled = true
                    unitEnd = after + 1
                }
                // "450 Nm" of torque is newton metres, "7 nm" nanometres
                if tokens[end].lower == "nm", tokens[end].capitalized { result.unit = "newton metre" }
                // "5G": a wireless generation, not grams
                if form.canonical == "gram", tokens[end].capitalized, !tokens[end].spaceBefore, number.value == number.value.rounded(),
                   number.value >= 2 && number.value <= 6 {
                    result.unit = "generation wireless"
                }
                result.unitKind = prefixUnit == nil ? form.kind : "currency"
                end = unitEnd
                // "10 kV/cm", "1.3 A/cm2": a unit per another unit
                if form.kind == "dimension", end + 1 < tokens.count, tokens[end].lower == "/", !tokens[end].spaceBefore,
                   !tokens[end + 1].spaceBefore, let (per, afterPer) = unit(tokens, at: end + 1, table: lexicon.suffixUnits),
                   per.kind == "dimension" || per.kind == "time" {
                    result.unit = "\(form.canonical) per \(per.canonical)"
                    end = afterPer
                }
                if form.canonical == "degree", let (temperature, afterTemperature) = unit(tokens, at: end, table: lexicon.suffixUnits),
                   temperature.kind == "temperature" {
                    result.unit = temperature.canonical
                    result.unitKind = "temperature"
                    end = afterTemperature
                }
            }
        }
        if bracketed, end < tokens.count, [")", "]", "}", ">"].contains(tokens[end].lower) { end += 1 }
        // "15 dollars 50", "thirteen dollars and forty-five cents"
        if result.unitKind == "currency", !result.prefix, end < tokens.count, result.value == result.value.rounded() {
            var k = end
            if tokens[k].lower == "and" { k += 1 }
            if k < tokens.count, let cents = numbers.read(tokens, at: k), cents.value < 100, cents.value == cents.value.rounded(),
               !cents.hasScale {
                let after = cents.end
                let centWord = after < tokens.count && ["cent", "cents", "pence", "p"].contains(tokens[after].lower)
                let ends = after >= tokens.count || tokens[after].kind == .punct
                if centWord || ends {
                    result.value += cents.value / 100
                    end = centWord ? after + 1 : after
                }
            }
        }
        // "5 feet 2 inches", "12 ft 2 in"
        if result.unit == "foot", end < tokens.count, let inches = numbers.read(tokens, at: tokens[end].lower == "and" ? end + 1 : end),
           inches.value < 12, inches.end < tokens.count,
           unit(tokens, at: inches.end, table: lexicon.suffixUnits)?.0.canonical == "inch" || tokens[inches.end].lower == "in" {
            result.value += inches.value / 12
            end = inches.end + 1
        }
        // ages: "45 years old"
        if result.unitKind == "time", end < tokens.count {
            if tokens[end].lower == "old" { end += 1 }
            else if tokens[end].lower == "-", end + 1 < tokens.count, tokens[end + 1].lower == "old" { end += 2 }
        }
        result.end = end
        return result
    }

    /// The quantity starting at `start`, its end, and whether it is a bare number (kept only if it inherits a unit).
    private func quantity(_ tokens: [TextToken], at start: Int, excluded: [Span],
                          excludedIndex: inout Int) -> (Quantity, Int, Bool)? {
        var i = start
        var hedgeText: String?
        if let (h, after) = hedge(tokens, at: i), after < tokens.count {
            hedgeText = h
            i = after
        }
        if i < tokens.count, tokens[i].kind == .word, tokens[i].lower.utf8.last == UInt8(ascii: "s"),
           lexicon.vagueMagnitudes[tokens[i].lower] != nil,
           let vague = vagueQuantity(tokens, at: i, start: start, hedge: hedgeText) {
            return (vague.quantity, vague.end, false)
        }
        var negative = false
        if i < tokens.count, tokens[i].lower == "minus" || tokens[i].lower == "negative" {
            negative = true
            i += 1
            if i < tokens.count, tokens[i].lower == "-", !tokens[i].spaceBefore { i += 1 }
        }
        if i + 1 < tokens.count, tokens[i].lower == "-", tokens[i + 1].kind == .number, !isSpacedNameHyphen(tokens, at: i + 1),
           !tokens[i + 1].spaceBefore && (i == 0 || tokens[i].spaceBefore || tokens[i - 1].lower == "(")
            || (i == 0 || tokens[i].newlineBefore) && tokens[i + 1].spaceBefore {  // "- 1 4/5" opening a line
            negative = true
            i += 1
        }
        guard i < tokens.count,
              var low = reading(tokens, at: i, excluded: excluded, excludedIndex: &excludedIndex, negative: negative) else { return nil }
        // "No. 1", "# 3"
        if low.numberStart > 0, tokens[low.numberStart - 1].lower == "#" { return nil }
        if low.numberStart > 1, tokens[low.numberStart - 1].lower == ".", tokens[low.numberStart - 2].lower == "no" { return nil }
        var high: Reading?
        // ranges: "5-10 minutes", "5% to 10%", "between 5 and 10", "$10 to $15 billion"; not "rose by 5 to 10"
        let before = start > 0 ? tokens[start - 1].lower : ""
        var connectors: Set<String> = before == "between" ? ["and", "-", "to"] : ["-", "to", "–"]
        if low.prefix { connectors.insert("/") }  // "$7/$9"
        // "from 450 sq ft up to 900 sq ft"
        let upTo = before == "from" && low.end + 2 < tokens.count && tokens[low.end].lower == "up" && tokens[low.end + 1].lower == "to"
        for connectorIndex in [upTo ? low.end + 1 : low.end] where connectorIndex + 1 < tokens.count {
            let connector = tokens[connectorIndex]
            let isOr = connector.lower == "or"
            guard connectors.contains(connector.lower) || isOr else { continue }
            if connector.lower == "-", connector.spaceBefore != tokens[connectorIndex + 1].spaceBefore { continue }
            if var upper = reading(tokens, at: connectorIndex + 1, excluded: excluded, excludedIndex: &excludedIndex),
               upper.wordNumber == low.wordNumber || !upper.wordNumber
                || upper.scaled && upper.value > low.value {  // "between 200,000 and a quarter of a million"
                if isOr && (upper.prefix || upper.unit == nil || low.unit != nil || upper.value <= low.value) { continue }
                // "rose by $43.6 billion to $419.2 billion" is a change and a level, "fell by 1 to 1.5 degrees" a range
                if before == "by" && connector.lower == "to" && upper.value / max(abs(low.value), 1e-9) > 3 { continue }
                if low.yearLike && upper.yearLike { return nil }  // "2014-2015"
                if low.yearLike != upper.yearLike && (upper.unit == nil || upper.unitKind == "count" || low.yearLike && upper.value < low.value) {
                    continue  // "from 20 mpg in 2008 to 29 mpg"
                }
                // "rose 8.15% to 3.65": a change in percent, then a price
                if low.unitKind == "percent", upper.unit == nil, before != "between", before != "from" { continue }
                if low.unit != nil, upper.unit == nil, upper.value > low.value * 20 { continue }
                if upper.unit == nil, low.unit != nil { upper.unit = low.unit; upper.unitKind = low.unitKind }
                if low.unit == nil { low.unit = upper.unit; low.unitKind = upper.unitKind }
                if low.unit != upper.unit && upper.unit != nil { continue }
                if !low.scaled && upper.scaled && low.value < upper.value / upper.scale * 10 { low.value *= upper.scale }
                // "45-50,000 people": a short low end shares the high end's thousands (45,000 to 50,000)
                let lowToken = tokens[low.numberStart], highToken = tokens[upper.numberStart]
                if ["-", "–"].contains(connector.lower), !low.scaled, !upper.scaled, lowToken.kind == .number, !lowToken.hasSeparator,
                   lowToken.integerDigits <= 3, highToken.kind == .number, highToken.hasSeparator, highToken.integerDigits >= 4,
                   low.value < upper.value / 1000, low.value * 1000 > upper.value / 10 {
                    low.value *= 1000
                }
                high = upper
            }
        }
        var end = high?.end ?? low.end
        var unitText = low.unit
        var unitKind = low.unitKind
        // rates: "$5 a month", "US$60 per barrel", "52,000 barrels a day"
        if let unit = unitText, let kind = unitKind {
            if let rate = rateSuffix(tokens, at: end, kind: kind) {
                unitText = "\(unit) per \(rate.name)"
                end = rate.end
            } else if tokens.indices.contains(end), tokens[end].lower == "(",
                      let close = tokens[end..<min(end + 12, tokens.count)].firstIndex(where: { $0.lower == ")" }),
                      let rate = rateSuffix(tokens, at: close + 1, kind: kind) {
                // "C$6 (US$4.46) per share": the rate after a bracketed conversion applies to the first amount too
                unitText = "\(unit) per \(rate.name)"
            }
        }
        // counted nouns: "150,000 troops", "four-cylinder"
        if unitText == nil {
            if end + 1 < tokens.count, tokens[end].lower == "-", !tokens[end].spaceBefore, !tokens[end + 1].spaceBefore,
               tokens[end + 1].kind == .word, !lexicon.stopWords.contains(tokens[end + 1].lower), high == nil {
                // "one-sided", "two-faced": adjectives, not counts
                let word = tokens[end + 1].lower
                if word.utf8.count > 4, word.hasSuffix("ed"), !word.hasSuffix("eed"), lexicon.suffixUnits[word] == nil { return nil }
                if let form = lexicon.suffixUnits[word]?.first(where: { $0.tokens.count == 1 }), form.kind != "count" {
                    // "5-mile", "3-inch"; "a 10-year plan" is an adjective, "a 10-year-old" an age
                    if form.kind == "time" {
                        guard end + 3 < tokens.count, tokens[end + 2].lower == "-", tokens[end + 3].lower == "old" else { return nil }
                        end += 2
                    }
                    unitText = form.canonical
                    unitKind = form.kind
                } else {
                    unitText = word
                    unitKind = "count"
                }
                end += 2
            } else if let (noun, after) = countedNoun(tokens, at: end, value: high?.value ?? low.value) {
                unitText = noun
                unitKind = "count"
                end = after
                // "3,000 tests per day", "20 burglaries a week"
                if let rate = rateSuffix(tokens, at: end, kind: "count") {
                    unitText = "\(noun) per \(rate.name)"
                    end = rate.end
                }
            }
        }
        // "a 10-year plan": hyphenated time adjectives describe a thing, they are not counted quantities
        if unitKind == "time", high == nil, let unitStart = low.unitStart, unitStart > 0, tokens[unitStart - 1].lower == "-",
           tokens[low.end - 1].lower != "old" { return nil }
        // years: "in 2011", "2018 sales", "the 1988 horror film" are dates, not counts
        if low.yearLike && high == nil && (unitText == nil || unitKind == "time" || unitKind == "count") { return nil }
        // suspended hyphens: "a 7- or 8-inch screen", "four-, five- and six-cylinder engines"
        if unitText == nil, high == nil, end + 2 < tokens.count, tokens[end].lower == "-", !tokens[end].spaceBefore,
           let shared = suspendedUnit(tokens, after: end + 1) {
            unitText = shared.unit
            unitKind = shared.kind
            end += 1
        }
        // ages: "Maddon, 66, has", "Nick Hague 44 has", "who was 10.", "over the age of 21"
        if unitText == nil, hedgeText == nil || hedgeText == "around" || hedgeText == "about", !low.prefix, !low.wordNumber,
           high == nil, low.value >= 1, low.value <= 110, low.value == low.value.rounded(), isAge(tokens, start: low.numberStart, end: end) {
            unitText = "year of age"
            unitKind = "age"
        }
        let writtenOut = tokens[low.numberStart].kind == .number
            && (tokens[low.numberStart].hasSeparator || (low.value >= 2101 && !low.yearLike))
            || low.value < 1 && low.value > 0 && low.wordNumber  // "a third of", "half"
        // a count named before the number: "the death toll … rose to 240", "the number of people killed has reached 190"
        var describes = describing(tokens, start: start, end: end)
        var countNamedBefore = false
        if unitText == nil || unitText == "people" && describes == nil, high == nil || unitText != nil, !low.prefix,
           let named = countBeforeNumber.count(tokens, before: start, lexicon: lexicon) {
            describes = describes ?? named.describes
            countNamedBefore = true
            if unitText == nil, let unit = named.unit { unitText = unit; unitKind = "count" }
        }
        // "jumped from 240 to 273": a range the sentence spells out is a quantity even without a unit
        let spelledRange = high != nil && (before == "from" || before == "between") && !low.wordNumber
        var isBare = !countNamedBefore && unitText == nil && hedgeText == nil && !low.scaled && !includeBareNumbers
            && !(writtenOut && !low.wordNumber) && !spelledRange
        if !countNamedBefore && low.wordNumber && unitText == nil && hedgeText == nil && !low.scaled && low.value < 10 && !includeBareNumbers
            && low.value == low.value.rounded() { isBare = true }
        // labels before a bare number: "Game 2", "Section 427", "iPhone 11"
        if unitText == nil, hedgeText == nil, !low.prefix, low.numberStart == start, start > 0, tokens[start - 1].kind == .word,
           tokens[start - 1].hasUppercase, tokens[start].kind == .number {
            return nil
        }
        // model names: "iPhone 11 Pro cameras", "63,000 Model 3 sedans" (a number between a name and a capitalised word,
        // or after a name that follows another number)
        if unitKind == "count", hedgeText == nil, high == nil, !low.prefix, low.numberStart == start, start > 0,
           tokens[start].kind == .number, !tokens[start].hasSeparator, tokens[start - 1].kind == .word, tokens[start - 1].hasUppercase,
           !lexicon.stopWords.contains(tokens[start - 1].lower) {
            let nextCapitalized = low.end < tokens.count && tokens[low.end].kind == .word && tokens[low.end].capitalized
            // "S&P 500 utilities" written "S P 500": a number after a lone capital letter is a name
            let afterLetter = tokens[start - 1].lower.utf8.count == 1 && tokens[start - 1].capitalized
            if nextCapitalized || afterLetter || start > 1 && tokens[start - 2].kind == .number { return nil }
        }
        var value = low.value
        var highValue = high?.value
        if negative { value = -value; highValue = highValue.map { -$0 } }
        let spanStart = hedgeText != nil || negative ? start : low.start
        let quantity = Quantity(span: Span(tokens[spanStart].start, tokens[end - 1].end), value: value, high: highValue,
                                unit: unitText, hedge: hedgeText, describes: describes)
        return (quantity, end, isBare)
    }

    private static let listJoiners: Set<String> = [",", "or", "to", "and"]

    /// The unit a list of suspended hyphens shares: after "7-" in "7- or 8-inch", "inch"; after "four-" in
    /// "four-, five- and six-cylinder", "cylinder".
    private func suspendedUnit(_ tokens: [TextToken], after start: Int) -> (unit: String, kind: String)? {
        var p = start
        for _ in 0..<6 {
            var joined = false
            while p < tokens.count, QuantityScanner.listJoiners.contains(tokens[p].lower) { p += 1; joined = true }
            guard joined, let number = numbers.read(tokens, at: p), number.end + 1 < tokens.count,
                  tokens[number.end].lower == "-", !tokens[number.end].spaceBefore else { return nil }
            let next = tokens[number.end + 1]
            if next.kind == .word, !next.spaceBefore, !QuantityScanner.listJoiners.contains(next.lower) {
                if let form = lexicon.suffixUnits[next.lower]?.first(where: { $0.tokens.count == 1 }), form.kind != "count" {
                    return (form.canonical, form.kind)
                }
                return lexicon.stopWords.contains(next.lower) ? nil : (next.lower, "count")
            }
            p = number.end + 1
        }
        return nil
    }

    private static let notRateAfter: Set<String> = ["earlier", "ago", "before", "later", "after", "previously", "prior", "from",
                                                     "since", "old", "older", "younger", "back"]

    /// A rate after a unit and its end: "a month", "per barrel", "per sq m", "a-year", "-a-day". Money takes any rate
    /// noun or unit; counts and measures only time ("3,000 tests per day", "78,000 times a minute").
    private func rateSuffix(_ tokens: [TextToken], at start: Int, kind: String) -> (name: String, end: Int)? {
        var k = start
        // "52,000 barrel-a-day"
        if k + 1 < tokens.count, tokens[k].lower == "-", !tokens[k].spaceBefore, !tokens[k + 1].spaceBefore { k += 1 }
        guard k + 1 < tokens.count, QuantityScanner.rateWords.contains(tokens[k].lower) else { return nil }
        var n = k + 1
        // "£24 a-year"
        if n + 1 < tokens.count, tokens[n].lower == "-", !tokens[n].spaceBefore, !tokens[n + 1].spaceBefore { n += 1 }
        guard tokens[n].kind == .word else { return nil }
        let noun = tokens[n].lower
        let singular = noun.hasSuffix("s") && noun.utf8.count > 3 ? String(noun.dropLast()) : noun
        // "$6.78 billion a year earlier" is a level a year before, not a yearly amount
        if tokens[k].lower != "per", n + 1 < tokens.count, QuantityScanner.notRateAfter.contains(tokens[n + 1].lower) { return nil }
        let isTime = QuantityScanner.timeNouns.contains(singular)
        if kind == "count" && !(isTime && tokens[k].lower != "each") { return nil }
        if QuantityScanner.rateNouns.contains(singular) && (kind == "currency" || isTime) {
            if singular == "square", n + 1 < tokens.count, tokens[n + 1].kind == .word {
                let next = tokens[n + 1].lower
                return ("square " + (next == "feet" ? "foot" : next), n + 2)
            }
            return (singular, n + 1)
        }
        // "$80 per sq m", "$2.24 per mmBTU"
        if kind == "currency", let (form, after) = unit(tokens, at: n, table: lexicon.suffixUnits), form.kind == "dimension" {
            return (form.canonical, after)
        }
        return nil
    }

    /// An order of magnitude named by plural number words and what it counts: "thousands of homes" (1,000–10,000),
    /// "tens of thousands of dollars" (10,000–100,000 dollars), "dozens of people".
    private func vagueQuantity(_ tokens: [TextToken], at i: Int, start: Int, hedge: String?) -> (quantity: Quantity, end: Int)? {
        guard let magnitude = lexicon.vagueMagnitudes[tokens[i].lower], i + 2 < tokens.count, tokens[i + 1].lower == "of" else {
            return nil
        }
        // "in the 1990s": a plural number word after a number belongs to that number
        if i > 0, tokens[i - 1].kind == .number || numberWords[tokens[i - 1].lower] != nil { return nil }
        var low = magnitude.low, high = magnitude.high
        var j = i + 2
        // "tens of thousands of", "hundreds of millions of"
        if let scale = lexicon.vagueMagnitudes[tokens[j].lower], scale.low >= 1000, scale.low > magnitude.low,
           j + 2 < tokens.count, tokens[j + 1].lower == "of" {
            low *= scale.low
            high *= scale.low
            j += 2
        }
        guard tokens[j].kind == .word, numberWords[tokens[j].lower] == nil, lexicon.vagueMagnitudes[tokens[j].lower] == nil else {
            return nil
        }
        var unitText: String?
        var end = j
        if let (form, after) = unit(tokens, at: j, table: lexicon.suffixUnits), form.kind != "count",
           form.tokens.count > 1 || form.tokens[0].utf8.count > 2 {
            unitText = form.canonical
            end = after
        } else if let (noun, after) = countedNoun(tokens, at: j, value: 2) {
            unitText = noun
            end = after
        }
        guard unitText != nil else { return nil }
        let spanStart = hedge != nil ? start : i
        let quantity = Quantity(span: Span(tokens[spanStart].start, tokens[end - 1].end), value: low, high: high, unit: unitText,
                                hedge: hedge, describes: describing(tokens, start: start, end: end))
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

    /// Context that makes a bare number an age: an apposition after a name ("Maddon, 66, …", "Nick Hague 44 has"),
    /// a copula ("who was 10.", "will be 35 by"), "aged 21", "the age of 21".
    private func isAge(_ tokens: [TextToken], start: Int, end: Int) -> Bool {
        guard start > 0 else { return false }
        let previous = tokens[start - 1]
        let after = end < tokens.count ? tokens[end] : nil
        let closes = after == nil || after!.kind == .punct && [",", ".", ";", ")"].contains(after!.lower)
            || ["has", "had", "is", "was", "said", "says", "who", "and", "by", "when", "in", "at"].contains(after!.lower)
        if previous.lower == "aged" || previous.lower == "age" && start > 1 && tokens[start - 2].lower != "stone" { return true }
        if previous.lower == "of", start > 1, tokens[start - 2].lower == "age" { return true }
        if ["was", "is", "be", "turned", "turns", "turn", "been"].contains(previous.lower), closes, after?.lower != "and" {
            return after == nil || after!.kind == .punct || ["by", "when", "in", "at"].contains(after!.lower)
        }
        // apposition after a capitalised name
        if previous.lower == ",", start > 1, tokens[start - 2].kind == .word, tokens[start - 2].capitalized,
           after?.lower == "," { return true }
        if previous.kind == .word, previous.capitalized, start > 1, tokens[start - 2].kind == .word, tokens[start - 2].capitalized,
           let after, ["has", "had", "is", "was", "said", "says", "who"].contains(after.lower) { return true }
        return false
    }
}
