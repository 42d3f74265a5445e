import Foundation

/// Reads a number written in digits, words or both ("150,000", "two million", "twenty-four", "1.2bn",
/// "5 1/2", "a dozen") starting at a token.
struct NumberReader: Sendable {
    struct Reading: Sendable {
        var value: Double
        /// Token index after the number.
        var end: Int
        /// True when any part was written as a word.
        var hasWords: Bool
        /// True when a scale word or suffix multiplied the value ("million", "bn", "k").
        var hasScale: Bool
        /// True when the number is a bare digit run (no words, no separators, no scale).
        var plainDigits: Bool
        /// The multiplier a scale word or suffix applied (1 when none).
        var scale: Double = 1
    }

    let words = NumberWords.shared

    /// Single-letter scale suffixes are only read when written right after the digits ("$1.2bn", "30k").
    private static let attachedOnly: Set<String> = ["k", "m", "b", "mn", "bn", "tn", "mil"]
    private static let vulgarFractions: [String: Double] = ["½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1.0 / 3, "⅔": 2.0 / 3,
                                                            "⅛": 0.125, "⅙": 1.0 / 6, "⅕": 0.2]
    /// Words after "1.8m" that make the "m" metres rather than millions.
    private static let dimensionWords: Set<String> = ["tall", "long", "high", "wide", "deep", "away", "above", "below", "in",
                                                       "of", "from", "/", "-", "height", "length", "depth", "sprint", "race", "("]
    /// A denominator written as tens and an ordinal at `start`: "twenty-first" → 21, "thirty fifths" → 35 (plural).
    private func compoundDenominator(_ tokens: [TextToken], at start: Int) -> (value: Double, end: Int, plural: Bool)? {
        guard start + 1 < tokens.count, let tens = words[tokens[start].lower], tens.role == .tens else { return nil }
        var k = start + 1
        if tokens[k].lower == "-", k + 1 < tokens.count, tokens[k].spaceBefore == tokens[k + 1].spaceBefore { k += 1 }
        guard let unit = words.ordinalUnits[tokens[k].lower] else { return nil }
        // "twenty-first-century" is an adjective
        if k + 1 < tokens.count, tokens[k + 1].lower == "-", !tokens[k + 1].spaceBefore { return nil }
        return (tens.value + unit, k + 1, tokens[k].lower.hasSuffix("s"))
    }

    /// Whether number words from `start` end in a fraction denominator ("two thirds", "fifty-four hundredths").
    private func fractionFollows(_ tokens: [TextToken], at start: Int) -> Bool {
        var i = start
        while i < tokens.count, i < start + 5 {
            let word = tokens[i].lower
            if i > start, words.denominators[word] != nil { return true }
            guard word == "-" || words[word] != nil else { return false }
            i += 1
        }
        return false
    }

    /// Groups of three digits after a space continue a number: "1 234 567", "40 000" (a single space or a narrow
    /// no-break space between them, as French and SI style write thousands).
    private func spaceGroups(_ tokens: [TextToken], from start: Int) -> (value: Double, end: Int)? {
        let first = tokens[start]
        guard first.integerDigits <= 3, !first.hasSeparator else { return nil }
        var value = first.number
        var k = start + 1
        while k < tokens.count {
            var group = k
            // a narrow no-break or thin space is a token of its own
            if NumberReader.groupSpaces.contains(tokens[k].lower), !tokens[k].spaceBefore, k + 1 < tokens.count,
               !tokens[k + 1].spaceBefore {
                group = k + 1
            } else if !(tokens[k].spaceBefore && !tokens[k].newlineBefore && tokens[k].start - tokens[k - 1].end == 1) {
                break
            }
            guard tokens[group].kind == .number, tokens[group].integerDigits == 3 else { break }
            value = value * 1000 + tokens[group].number
            k = group + 1
            if tokens[group].hasSeparator { break }  // "567.89" ends it
        }
        return k > start + 1 ? (value, k) : nil
    }

    /// "8 B people", "1,674,200.5 M": a capital B or M apart from its number is billions or millions when the text ends
    /// or a plural noun follows.
    private func spacedCapitalScale(_ tokens: [TextToken], at i: Int) -> Bool {
        // "2.33 k" at the end of a clause: thousands
        let spacedK = tokens[i].lower == "k" && tokens[i].spaceBefore
            && (i + 1 >= tokens.count || [",", ";", ")", "!", "?"].contains(tokens[i + 1].lower))
        if spacedK { return true }
        guard tokens[i].spaceBefore, tokens[i].capitalized, tokens[i].lower == "b" || tokens[i].lower == "m" else { return false }
        guard i + 1 < tokens.count else { return true }
        let next = tokens[i + 1]
        if next.kind == .punct { return [",", ";", ")", "!", "?"].contains(next.lower) || next.lower == "." && (i + 2 >= tokens.count || tokens[i + 2].spaceBefore) }
        return next.kind == .word && !next.capitalized && (next.lower == "people" || next.lower.hasSuffix("s") && next.lower.utf8.count > 3)
    }

    private static let timesSigns: Set<String> = ["x", "×", "*"]
    private static let groupSpaces: Set<String> = ["\u{202F}", "\u{2009}"]
    /// Possessives after "of" that make "35m of its devices" millions.
    private static let possessives: Set<String> = ["its", "their", "his", "her", "our", "my", "your"]

    /// Whether the words after "1.8m" make it metres ("1.8m tall", "37m (121ft)") rather than millions
    /// ("35m of its devices" stays millions).
    private func metresFollow(_ tokens: [TextToken], at i: Int) -> Bool {
        guard i < tokens.count, NumberReader.dimensionWords.contains(tokens[i].lower) else { return false }
        if tokens[i].lower == "of", i + 1 < tokens.count, NumberReader.possessives.contains(tokens[i + 1].lower) { return false }
        if tokens[i].lower == "(" { return i + 1 < tokens.count && tokens[i + 1].kind == .number }
        return true
    }

    /// The number at `start`. `letterScales` allows "m", "b", "k" right after digits to mean million, billion,
    /// thousand (money: "$1.2m"); otherwise only an upper-case "M"/"B"/"K" or "bn", "mn" do.
    /// `fractions` also reads "two thirds", "a quarter", "3/4" as fractions.
    func read(_ tokens: [TextToken], at start: Int, letterScales: Bool = false, fractions: Bool = false) -> Reading? {
        guard start < tokens.count else { return nil }
        let first = tokens[start]
        var reading: Reading?
        if first.kind == .number {
            reading = readDigits(tokens, at: start, letterScales: letterScales)
            if fractions, var r = reading, !r.hasScale, r.end + 1 < tokens.count, tokens[r.end].lower == "/",
               !tokens[r.end].spaceBefore, tokens[r.end + 1].kind == .number, !tokens[r.end + 1].spaceBefore,
               tokens[r.end + 1].number >= 2, tokens[r.end + 1].number <= 16, r.value < tokens[r.end + 1].number, r.end == start + 1 {
                r.value /= tokens[r.end + 1].number
                r.end += 2
                r.plainDigits = false
                reading = r
            }
        } else if first.kind == .punct, let value = NumberReader.vulgarFractions[first.lower] {
            return Reading(value: value, end: start + 1, hasWords: false, hasScale: false, plainDigits: false)
        } else if first.kind == .word {
            // "a twenty-first", "one thirty-fifth"
            if fractions, first.lower == "a" || first.lower == "one", let compound = compoundDenominator(tokens, at: start + 1),
               !compound.plural {
                return Reading(value: 1 / compound.value, end: compound.end, hasWords: true, hasScale: false, plainDigits: false)
            }
            if fractions, first.lower == "a" || first.lower == "one" || first.lower == "quarter", start + 1 < tokens.count,
               let denominator = first.lower == "quarter" ? 4 : words.denominators[tokens[start + 1].lower],
               first.lower == "quarter" || !tokens[start + 1].lower.hasSuffix("s"),
               !(start + 2 < tokens.count && tokens[start + 2].lower == "-" && !tokens[start + 2].spaceBefore) {
                var r = Reading(value: 1 / denominator, end: first.lower == "quarter" ? start + 1 : start + 2, hasWords: true,
                                hasScale: false, plainDigits: false)
                scaleFraction(&r, tokens)
                if first.lower == "quarter" && !r.hasScale { return nil }
                return r
            }
            // "half a million", "half a dozen", "half a hundred": half of one scale word
            if fractions, first.lower == "half", start + 2 < tokens.count, tokens[start + 1].lower == "a",
               let scale = words[tokens[start + 2].lower], scale.role == .scale || scale.role == .hundred || scale.role == .dozen,
               !NumberReader.attachedOnly.contains(tokens[start + 2].lower) {
                let scaled = scale.role == .scale
                return Reading(value: 0.5 * scale.value, end: start + 3, hasWords: true, hasScale: scaled, plainDigits: false,
                               scale: scaled ? scale.value : 1)
            }
            if fractions, first.lower == "half", start + 1 < tokens.count, let scale = words[tokens[start + 1].lower],
               scale.role == .scale, !NumberReader.attachedOnly.contains(tokens[start + 1].lower) {
                return Reading(value: 0.5 * scale.value, end: start + 2, hasWords: true, hasScale: true, plainDigits: false,
                               scale: scale.value)
            }
            if fractions, first.lower == "half", start + 1 < tokens.count, tokens[start + 1].lower == "of" || tokens[start + 1].lower == "the" {
                return Reading(value: 0.5, end: start + 1, hasWords: true, hasScale: false, plainDigits: false)
            }
            reading = readWords(tokens, at: start)
        }
        // "3 million and a half", "five and a half million"
        if fractions, var r = reading, r.end + 1 < tokens.count, tokens[r.end].lower == "and", r.value == r.value.rounded(),
           let part = read(tokens, at: r.end + 1, fractions: true), part.value > 0,
           // "five and a half million" counts scale units (below a thousand); "200,000 and a quarter of a million" is two numbers
           part.hasScale ? part.scale < r.scale || !r.hasScale && part.value < part.scale && r.value < 1000 : part.value < 1 {
            if !part.hasScale {
                r.value += part.value * r.scale
            } else if r.hasScale {
                r.value += part.value  // "one billion and a half million"
            } else {
                // "five and a half million"
                r.value = (r.value + part.value / part.scale) * part.scale
                r.scale = part.scale
                r.hasScale = true
            }
            r.end = part.end
            r.plainDigits = false
            if !r.hasScale, r.end < tokens.count, let scale = words[tokens[r.end].lower], scale.role == .scale,
               !NumberReader.attachedOnly.contains(tokens[r.end].lower) {
                r.value *= scale.value
                r.scale = scale.value
                r.hasScale = true
                r.end += 1
            }
            return r
        }
        guard fractions, var r = reading, !r.hasScale, r.value >= 0, r.end < tokens.count else { return reading }
        // "five point five", "two hundred point zero three"
        if tokens[r.end].lower == "point", r.value == r.value.rounded(), r.end + 1 < tokens.count,
           let digits = spokenDigits(tokens, at: r.end + 1), !digits.text.isEmpty, let fraction = Double("0." + digits.text) {
            r.value += fraction
            r.end = digits.end
            return r
        }
        // "one over three", "1 out of 20", "1 in twenty-one"
        var o = r.end
        if tokens[o].lower == "over" || tokens[o].lower == "in" && r.value == 1 { o += 1 }
        else if tokens[o].lower == "out", o + 1 < tokens.count, tokens[o + 1].lower == "of" { o += 2 }
        if o > r.end, o < tokens.count, tokens[o].kind == .number || tokens[o].kind == .word,
           let denominator = read(tokens, at: o), denominator.value > 0, !denominator.hasScale || denominator.value > r.value,
           // "$10000 over 3 years" is a sum and a period, not a ratio
           denominator.end >= tokens.count || tokens[denominator.end].kind != .word {
            r.value /= denominator.value
            r.end = denominator.end
            r.plainDigits = false
            return r
        }
        // "five and a half", "twenty and three fifths"
        if tokens[r.end].lower == "and", r.end + 1 < tokens.count, r.value == r.value.rounded(),
           let part = read(tokens, at: r.end + 1, fractions: true), part.value > 0, part.value < 1 {
            r.value += part.value
            r.end = part.end
            r.plainDigits = false
            return r
        }
        // "three twenty-firsts", "twenty twenty fifths"
        if let compound = compoundDenominator(tokens, at: r.end), compound.plural || r.value == 1 {
            r.value /= compound.value
            r.end = compound.end
            r.plainDigits = false
            return r
        }
        var d = r.end
        // "two-thirds", "five - eighths"
        if tokens[d].lower == "-", d + 1 < tokens.count, tokens[d].spaceBefore == tokens[d + 1].spaceBefore,
           words.denominators[tokens[d + 1].lower] != nil { d += 1 }
        guard let denominator = words.denominators[tokens[d].lower], tokens[d].lower.hasSuffix("s") || r.value == 1 && d > r.end,
              !(d + 1 < tokens.count && tokens[d + 1].lower == "-" && !tokens[d + 1].spaceBefore) else { return reading }
        r.value /= denominator
        r.end = d + 1
        scaleFraction(&r, tokens)
        r.plainDigits = false
        return r
    }

    private func readDigits(_ tokens: [TextToken], at start: Int, letterScales: Bool) -> Reading {
        let token = tokens[start]
        var value = token.number
        var end = start + 1
        var hasScale = false
        var multiplier = 1.0
        var plain = !token.hasSeparator
        if let grouped = spaceGroups(tokens, from: start) {
            value = grouped.value
            end = grouped.end
            plain = false
        }
        // fraction "5 1/2" or "1/2"
        if end + 2 < tokens.count, tokens[end].kind == .number, tokens[end].spaceBefore,
           tokens[end + 1].lower == "/", tokens[end + 2].kind == .number,
           !tokens[end + 1].spaceBefore, !tokens[end + 2].spaceBefore, tokens[end + 2].number > tokens[end].number,
           tokens[end + 2].number > 0, tokens[end + 2].number <= 16 {
            value += tokens[end].number / tokens[end + 2].number
            end += 3
            plain = false
        }
        // exponents: "1e10", "12.32e+14", "2.5^-1"
        if end + 1 < tokens.count, !tokens[end].spaceBefore, tokens[end].lower == "e" || tokens[end].lower == "^" {
            var k = end + 1
            var sign = 1.0
            while k < tokens.count, tokens[k].lower == "+" || tokens[k].lower == "-", !tokens[k].spaceBefore {
                if tokens[k].lower == "-" { sign = -sign }
                k += 1
            }
            if k < tokens.count, tokens[k].kind == .number, !tokens[k].spaceBefore, tokens[k].integerDigits <= 2 {
                let exponent = sign * tokens[k].number
                let raised = tokens[end].lower == "e" ? value * pow(10, exponent) : pow(value, exponent)
                if raised.isFinite {
                    value = raised
                    end = k + 1
                    plain = false
                }
            }
        }
        // scientific notation: "1.3x10^6", "6.23 x 10^-4", "2.998×10−8"
        if end + 2 < tokens.count, tokens[end + 1].kind == .number, NumberReader.timesSigns.contains(tokens[end].lower),
           tokens[end + 1].number == 10, !tokens[end + 1].hasSeparator {
            var k = end + 2
            var marked = false
            if tokens[k].lower == "^", !tokens[k].spaceBefore { k += 1; marked = true }
            var sign = 1.0
            if k < tokens.count, ["-", "−", "+"].contains(tokens[k].lower), !tokens[k].spaceBefore {
                if tokens[k].lower != "+" { sign = -1 }
                k += 1
                marked = true
            }
            if marked, k < tokens.count, tokens[k].kind == .number, !tokens[k].spaceBefore, !tokens[k].hasSeparator,
               tokens[k].integerDigits <= 3 {
                let raised = value * pow(10, sign * tokens[k].number)
                if raised.isFinite && raised != 0 {
                    value = raised
                    end = k + 1
                    plain = false
                }
            }
        }
        if end < tokens.count, tokens[end].kind == .word, tokens[end].lower == "hundred", tokens[end].spaceBefore {
            value *= 100
            multiplier = 100
            end += 1
            hasScale = true
            plain = false
        }
        if end < tokens.count, tokens[end].kind == .word, let scale = words[tokens[end].lower], scale.role == .scale {
            let attached = !tokens[end].spaceBefore
            let word = tokens[end].lower
            let singleLetter = word.utf8.count == 1
            let allowed = NumberReader.attachedOnly.contains(word)
                ? attached && (!singleLetter || letterScales || tokens[end].capitalized || word == "k"
                               || (word == "m" && !metresFollow(tokens, at: end + 1))
                               || word == "b")
                    || spacedCapitalScale(tokens, at: end)
                : true
            let unitFollows = end + 1 < tokens.count && singleLetter && !tokens[end + 1].spaceBefore
                && (tokens[end + 1].lower == "/" || tokens[end + 1].kind == .number)  // "km/h"-like, "m2"
            if allowed && !unitFollows {
                value *= scale.value
                multiplier = scale.value
                end += 1
                hasScale = true
                plain = false
                if end < tokens.count, tokens[end].kind == .word, let more = words[tokens[end].lower], more.role == .scale,
                   !NumberReader.attachedOnly.contains(tokens[end].lower) {
                    value *= more.value  // "1.5 million billion" is rare; "2 thousand million" occurs
                    multiplier *= more.value
                    end += 1
                }
                // "1.2 million" may continue with nothing else; stop here
            }
        } else if end < tokens.count, tokens[end].kind == .word, tokens[end].lower == "dozen" || tokens[end].lower == "dozens",
                  tokens[end].spaceBefore {
            value *= 12
            end += 1
            plain = false
        }
        // "4 thousand 3 hundred and 21": a smaller number after the scale adds to it
        if hasScale, !token.hasSeparator, value == value.rounded() {
            var k = end
            let joined = k < tokens.count && tokens[k].lower == "and"
            if joined { k += 1 }
            // "3 hundred and 21", "4 thousand 3 hundred"; never "$2 billion and 300 jobs"
            if k < tokens.count, tokens[k].kind == .number || words[tokens[k].lower] != nil, tokens[k].lower != "a",
               let rest = read(tokens, at: k, letterScales: letterScales), rest.value < multiplier, rest.value > 0,
               joined ? (multiplier <= 1000 && rest.value < 100) : (rest.hasScale && multiplier <= 1000) {
                value += rest.value
                end = rest.end
            }
        }
        return Reading(value: value, end: end, hasWords: false, hasScale: hasScale, plainDigits: plain, scale: multiplier)
    }

    private func readWords(_ tokens: [TextToken], at start: Int) -> Reading? {
        var total = 0.0
        var current = 0.0
        var i = start
        var consumed = false
        var lastEnd = start
        var lastRole: NumberWords.Role?
        var hasScale = false
        var lastScale = 1.0
        // "a hundred", "a dozen", "a million"
        if tokens[i].lower == "a", i + 1 < tokens.count,
           let next = words[tokens[i + 1].lower], next.role == .hundred || next.role == .scale || next.role == .dozen,
           !NumberReader.attachedOnly.contains(tokens[i + 1].lower) {
            current = 1
            i += 1
            consumed = true
            lastRole = .unit
        }
        while i < tokens.count {
            let token = tokens[i]
            if token.kind == .punct && token.lower == "-" && token.spaceBefore == (i + 1 < tokens.count && tokens[i + 1].spaceBefore)
                && lastRole == .tens, i + 1 < tokens.count, let next = words[tokens[i + 1].lower], next.role == .unit,
               next.value < 10 {
                i += 1
                continue
            }
            if token.kind == .word && token.lower == "and" && (lastRole == .hundred || lastRole == .scale),
               i + 1 < tokens.count, let next = words[tokens[i + 1].lower], next.role == .unit || next.role == .tens,
               // "six million and two thirds" is six and two thirds million, "one hundred and three quarters" 100.75:
               // leave the fraction to `read`
               !fractionFollows(tokens, at: i + 1) {
                i += 1
                continue
            }
            guard token.kind == .word, let entry = words[token.lower],
                  !NumberReader.attachedOnly.contains(token.lower) else { break }
            var accepted = true
            switch entry.role {
            case .unit:
                if lastRole == .unit || (lastRole == .tens && current.truncatingRemainder(dividingBy: 10) != 0) {
                    accepted = false
                } else if lastRole == .tens && entry.value >= 10 {
                    accepted = false
                } else {
                    current += entry.value
                }
            case .tens:
                if lastRole == .unit || lastRole == .tens { accepted = false } else { current += entry.value }
            case .hundred:
                if !consumed, i + 1 < tokens.count, let next = words[tokens[i + 1].lower], next.role == .scale,
                   !NumberReader.attachedOnly.contains(tokens[i + 1].lower) {
                    current = 100  // "hundred thousand dollars"
                } else if !consumed || lastRole == .hundred { accepted = false } else { current = max(current, 1) * 100 }
            case .scale:
                if !consumed { accepted = false } else {
                    total += max(current, 1) * entry.value
                    current = 0
                    hasScale = true
                    lastScale = entry.value
                }
            case .dozen:
                if !consumed { accepted = false } else { current = max(current, 1) * 12 }
            case .fraction:
                accepted = false
            }
            if !accepted { break }
            consumed = true
            lastRole = entry.role
            i += 1
            lastEnd = i
        }
        guard consumed, lastEnd > start else { return nil }
        return Reading(value: total + current, end: lastEnd, hasWords: true, hasScale: hasScale, plainDigits: false,
                       scale: lastScale)
    }

    /// Digits spoken one by one or in pairs after "point": "zero three" → "03", "seventy-one" → "71".
    private func spokenDigits(_ tokens: [TextToken], at start: Int) -> (text: String, end: Int)? {
        var text = ""
        var i = start
        while i < tokens.count, tokens[i].kind == .word, let entry = words[tokens[i].lower] {
            if entry.role == .unit, entry.value < 10 {
                text += String(Int(entry.value))
                i += 1
            } else if entry.role == .tens {
                var value = Int(entry.value)
                i += 1
                if i + 1 < tokens.count, tokens[i].lower == "-", let unit = words[tokens[i + 1].lower], unit.role == .unit,
                   unit.value < 10 {
                    value += Int(unit.value)
                    i += 2
                } else if i < tokens.count, let unit = words[tokens[i].lower], unit.role == .unit, unit.value < 10, unit.value > 0 {
                    value += Int(unit.value)
                    i += 1
                }
                text += String(value)
            } else {
                break
            }
        }
        return text.isEmpty ? nil : (text, i)
    }

    /// "a quarter million", "three quarters billion", "a third of a million": a fraction of a scale word.
    private func scaleFraction(_ r: inout Reading, _ tokens: [TextToken]) {
        var k = r.end
        // "of a million": the fraction is of one scale word
        if k + 2 < tokens.count, tokens[k].lower == "of", tokens[k + 1].lower == "a" { k += 2 }
        guard k < tokens.count, let scale = words[tokens[k].lower], scale.role == .scale,
              !NumberReader.attachedOnly.contains(tokens[k].lower) else { return }
        r.value *= scale.value
        r.scale = scale.value
        r.hasScale = true
        r.end = k + 1
    }
}
