import Model

/// The patterns of time expressions over ``TextToken``s and their TIMEX3 values. Word lists come from
/// `Resources/temporal/*.tsv`; this type only says how words combine.
struct TemporalGrammar: Sendable {
    let lexicon = TemporalLexicon.shared
    let numberWords = NumberWords.shared
    let numbers = NumberReader()
    let tenses = TenseDetector()

    /// Hedges before durations and "… ago" expressions, with their TIMEX3 mod.
    private static let hedges: [(words: [String], modifier: String)] = [
        (["more", "than"], "MORE_THAN"), (["less", "than"], "LESS_THAN"), (["fewer", "than"], "LESS_THAN"),
        (["at", "least"], "EQUAL_OR_MORE"), (["at", "most"], "EQUAL_OR_LESS"), (["up", "to"], "EQUAL_OR_LESS"),
        (["no", "more", "than"], "EQUAL_OR_LESS"), (["just", "over"], "MORE_THAN"), (["well", "over"], "MORE_THAN"),
        (["just", "under"], "LESS_THAN"), (["about"], "APPROX"), (["around"], "APPROX"), (["nearly"], "APPROX"),
        (["almost"], "APPROX"), (["approximately"], "APPROX"), (["roughly"], "APPROX"), (["some"], "APPROX"),
    ]
    /// Words that introduce a month or season named alone ("in May", "since March").
    private static let monthContext: Set<String> = [
        "in", "since", "until", "till", "by", "from", "through", "during", "of", "early", "late", "mid", "last", "next",
        "this", "before", "after", "between", "and", "to", "or", "on", "that", "each", "every", "for", "as", "throughout",
        "following", "past", "coming", "previous", "the", "-", "beginning", "end", "start", "middle", "into",
    ]
    private static let agoWords: [String: Int] = ["ago": -1, "earlier": -1, "before": -1, "later": 1, "hence": 1]

    // MARK: - Driver

    /// All time expressions of a token array, left to right, without overlaps.
    func matches(_ tokens: [TextToken], resolver: TimexResolver) -> [TemporalMatch] {
        var state = State(tokens: tokens, resolver: resolver)
        var result: [TemporalMatch] = []
        var i = 0
        while i < tokens.count {
            if isCandidate(tokens[i]), let match = best(at: i, &state) {
                result.append(match)
                if match.granularity == .quarter, !match.isOffset, let q = quarterOf(match.value) { state.quarterContext = q }
                if let y = Int(match.value.prefix(4)), match.value.utf8.count >= 4, match.kind == .date { state.lastYear = y }
                i = max(match.end, i + 1)
                if let next = followingDay(after: match, state) {
                    result.append(next)
                    i = next.end
                }
            } else {
                i += 1
            }
        }
        return result
    }

    /// Mutable context while scanning one document.
    struct State {
        let tokens: [TextToken]
        let resolver: TimexResolver
        /// The last quarter mentioned (financial reports: "a year earlier" then means that quarter a year before).
        var quarterContext: (year: Int, quarter: Int)?
        /// The year of the last date mentioned ("the following year").
        var lastYear: Int?
        var anchor: CalendarDate? { resolver.anchor }
    }

    private func quarterOf(_ value: String) -> (Int, Int)? {
        let parts = value.split(separator: "-")
        guard parts.count == 2, let y = Int(parts[0]), parts[1].hasPrefix("Q"), let q = Int(parts[1].dropFirst()) else {
            return nil
        }
        return (y, q)
    }

    private func isCandidate(_ token: TextToken) -> Bool {
        switch token.kind {
        case .number: return true
        case .punct: return token.lower == "'"
        case .word:
            if lexicon[token.lower] != nil || numberWords[token.lower] != nil || lexicon.multiWordStarts.contains(token.lower) {
                return true
            }
            switch token.lower {
            case "the", "a", "an", "about", "around", "nearly", "almost", "more", "less", "fewer", "at", "up", "no",
                 "just", "well", "approximately", "roughly", "some", "over", "under", "only", "every", "each", "per",
                 "fiscal", "noon", "midnight", "that", "year", "mid", "week", "future", "present", "half", "once", "twice",
                 "christmas", "new", "thanksgiving", "weeks", "months", "years", "days", "hours", "minutes", "decades",
                 "centuries", "nineteen", "ye", "couple", "o", "end", "beginning", "start", "middle", "turn", "midday",
                 "right", "everyday", "calendar", "weekend", "quarter", "noonish":
                return true
            default: return false
            }
        }
    }

    private func best(at i: Int, _ state: inout State) -> TemporalMatch? {
        var best: TemporalMatch?
        func offer(_ match: TemporalMatch?) {
            guard let match, match.end > i else { return }
            if best == nil || match.end > best!.end { best = match }
        }
        offer(hedged(at: i, &state))
        offer(positioned(at: i, &state))
        offer(core(at: i, &state))
        return best
    }

    // MARK: - Helpers

    private func word(_ s: State, _ i: Int) -> String? {
        guard i >= 0, i < s.tokens.count, s.tokens[i].kind == .word else { return nil }
        return s.tokens[i].lower
    }

    private func isText(_ s: State, _ i: Int, _ text: String) -> Bool {
        i >= 0 && i < s.tokens.count && s.tokens[i].lower == text
    }

    /// Skips an abbreviation period right after token `i - 1`.
    private func skipPeriod(_ s: State, _ i: Int) -> Int {
        if i < s.tokens.count, s.tokens[i].lower == ".", !s.tokens[i].spaceBefore { return i + 1 }
        return i
    }

    private func tense(_ s: State, _ start: Int, _ end: Int) -> Tense {
        tenses.tense(s.tokens, from: start, to: end)
    }

    private static func format(_ value: Double) -> String {
        if value == value.rounded() && abs(value) < 1e15 { return String(Int(value)) }
        var text = String(value)
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }

    /// A 4-digit year token (1000–2199) at `i`.
    private func yearNumber(_ s: State, _ i: Int) -> Int? {
        guard i < s.tokens.count else { return nil }
        let t = s.tokens[i]
        guard t.kind == .number, t.integerDigits == 4, !t.hasSeparator, t.number >= 1000, t.number < 2200 else { return nil }
        return Int(t.number)
    }

    /// A day-of-month number at `i` (optionally with "st/nd/rd/th"), returning day and end.
    private func dayNumber(_ s: State, _ i: Int) -> (Int, Int)? {
        guard i < s.tokens.count else { return nil }
        let t = s.tokens[i]
        if t.kind == .number, t.integerDigits <= 2, !t.hasSeparator, t.number >= 1, t.number <= 31 {
            var end = i + 1
            if let w = word(s, end), !s.tokens[end].spaceBefore, ["st", "nd", "rd", "th"].contains(w) { end += 1 }
            // not a clock time or a quantity
            if end < s.tokens.count, s.tokens[end].lower == "%" { return nil }
            if end + 1 < s.tokens.count, s.tokens[end].lower == ":", !s.tokens[end + 1].spaceBefore,
               s.tokens[end + 1].kind == .number { return nil }
            return (Int(t.number), end)
        }
        if let w = word(s, i), w == "twenty" || w == "thirty" {
            var j = i + 1
            if isText(s, j, "-") { j += 1 }
            if let next = word(s, j), let ordinal = lexicon[next]?.ordinal ?? numberWords[next].flatMap({ $0.role == .unit ? Int($0.value) : nil }),
               ordinal > 0 && ordinal < 10 {
                let day = (w == "twenty" ? 20 : 30) + ordinal
                return day <= 31 ? (day, j + 1) : nil
            }
        }
        if let w = word(s, i), let ordinal = lexicon[w]?.ordinal, ordinal > 0 { return (ordinal, i + 1) }
        return nil
    }

    /// A day of the month said as a cardinal in words right before a month name: "fifteen August", "twenty five January".
    private func spelledDay(_ s: State, _ i: Int) -> (Int, Int)? {
        guard i < s.tokens.count, s.tokens[i].kind == .word, let reading = numbers.read(s.tokens, at: i), reading.hasWords, !reading.hasScale,
              reading.value >= 1, reading.value <= 31, reading.value == reading.value.rounded(),
              let w = word(s, reading.end), let month = lexicon[w]?.month, month > 0, w.utf8.count > 4 || w == "june" || w == "july",
              w != "march" || s.tokens[reading.end].capitalized else { return nil }
        return (Int(reading.value), reading.end)
    }

    /// A month name at `i`, returning month and end (after an abbreviation period). `strict` asks for context that
    /// makes the word a month ("May", "March" and abbreviations alone are too ambiguous).
    private func monthName(_ s: State, _ i: Int, standalone: Bool) -> (Int, Int)? {
        guard let w = word(s, i), let month = lexicon[w]?.month else { return nil }
        let token = s.tokens[i]
        let isAbbreviation = w.utf8.count <= 4 && w != "june" && w != "july" && w != "may"
        let end = isAbbreviation ? skipPeriod(s, i + 1) : i + 1
        let glued = i > 0 && (s.tokens[i - 1].lower == "-" || s.tokens[i - 1].lower == "/") && !token.spaceBefore
        if isAbbreviation && !token.capitalized && !glued { return nil }
        if standalone {
            if isAbbreviation && end == i + 1 { return nil }
            if w == "may" || w == "march" {
                guard token.capitalized, let previous = word(s, i - 1) ?? (i > 0 ? s.tokens[i - 1].lower : nil),
                      TemporalGrammar.monthContext.contains(previous) else { return nil }
                if previous == "the" || previous == "to" || previous == "and" || previous == "or" { return nil }
            }
        }
        return (month, end)
    }

    // MARK: - Prefixes

    /// "about three years", "more than seven years ago", "at least 72 hours".
    private func hedged(at i: Int, _ s: inout State) -> TemporalMatch? {
        for hedge in TemporalGrammar.hedges {
            var j = i
            var ok = true
            for w in hedge.words {
                if word(s, j) == w { j += 1 } else { ok = false; break }
            }
            guard ok, j > i, j < s.tokens.count else { continue }
            if var inner = core(at: j, &s) ?? positioned(at: j, &s), inner.kind == .duration || inner.isOffset {
                if hedge.words == ["some"] && inner.kind != .duration { continue }
                inner.start = i
                inner.modifier = hedge.modifier == "EQUAL" ? inner.modifier : hedge.modifier
                return inner
            }
        }
        return nil
    }

    /// "early December", "late last year", "mid-1996", "the end of 1990", "the beginning of the year".
    private func positioned(at i: Int, _ s: inout State) -> TemporalMatch? {
        var j = i
        var modifier: String?
        if word(s, j) == "the" { j += 1 }
        if let w = word(s, j), let m = lexicon[w]?.modifier {
            // "earlier in the week", "later in the year": a position inside the current period
            if j == i, w == "earlier" || w == "later" || w == "early" || w == "late", word(s, j + 1) == "in", word(s, j + 2) == "the",
               let period = word(s, j + 3), let unit = lexicon[period]?.unit, unit == "Y" || unit == "M" || unit == "W",
               var match = currentPeriod(s, unit: unit, start: i, end: j + 4) {
                match.modifier = m
                return match
            }
            if j > i || ["end", "beginning", "start", "middle", "close", "turn", "dawn", "outset"].contains(w) {
                // "the end of", "end of"
                guard word(s, j + 1) == "of" else { return nil }
                modifier = w == "middle" ? "MID" : m
                j += 2
                if word(s, j) == "the", let next = word(s, j + 1), let unit = lexicon[next]?.unit {
                    // "the end of the year"
                    guard let anchor = s.anchor else { return nil }
                    var match: TemporalMatch?
                    switch unit {
                    case "Y": match = TemporalMatch(start: i, end: j + 2, kind: .date, value: TimexResolver.year(anchor.year),
                                                   granularity: .year)
                    case "M": match = TemporalMatch(start: i, end: j + 2, kind: .date,
                                                   value: TimexResolver.month(anchor.year, anchor.month), granularity: .month)
                    case "W": match = TemporalMatch(start: i, end: j + 2, kind: .date, value: TimexResolver.week(anchor),
                                                   granularity: .week)
                    case "D": match = TemporalMatch(start: i, end: j + 2, kind: .date, value: TimexResolver.day(anchor),
                                                   granularity: .day)
                    default: match = nil
                    }
                    match?.modifier = modifier
                    return match
                }
            } else {
                if j > i { return nil }
                modifier = m
                j += 1
                if isText(s, j, "-") && !s.tokens[j].spaceBefore { j += 1 }  // "mid-1996"
                if word(s, j) == "in" { j += 1 }  // "early in the year"
            }
        } else {
            return nil
        }
        guard j < s.tokens.count, var inner = core(at: j, &s) else { return nil }
        switch inner.granularity {
        case .century, .decade, .year, .half, .quarter, .season, .month, .week, .day, .partOfDay: break
        default: if inner.kind != .time { return nil }
        }
        if inner.kind == .duration { return nil }
        let positionWord = word(s, i) ?? ""
        // "early December", "late last week", "earlier this year", "later this afternoon", "early morning": the position
        // word belongs to the expression; "late yesterday", "early Friday morning": the day's span stays
        let startsWithShift = lexicon[word(s, inner.start) ?? ""]?.shift != nil || word(s, inner.start) == "that"
        if inner.granularity == .partOfDay || startsWithShift && inner.granularity != .day
            || inner.granularity != .day && inner.kind != .time && positionWord != "earlier" && positionWord != "later" {
            inner.start = i
        }
        inner.modifier = modifier == "EARLY" || modifier == "LATE" || modifier == "MID" || modifier == "START" || modifier == "END"
            ? modifier : inner.modifier
        // "late yesterday", "early Friday": the day's span stays, the position goes into the mod only
        return inner
    }

    // MARK: - Cores

    private func core(at i: Int, _ s: inout State) -> TemporalMatch? {
        let token = s.tokens[i]
        var best: TemporalMatch?
        func offer(_ match: TemporalMatch?) {
            guard let match, match.end > i else { return }
            if best == nil || match.end > best!.end { best = match }
        }
        switch token.kind {
        case .number:
            offer(clockPhrase(at: i, &s))
            offer(numeric(at: i, &s))
            offer(ordinalPeriod(at: i, &s))
            offer(clock(at: i, &s))
            offer(counted(at: i, &s))
            offer(dayMonth(at: i, &s))
            offer(weekOf(at: i, &s))
        case .punct:
            offer(apostropheDecade(at: i, &s))
        case .word:
            let w = token.lower
            let entry = lexicon[w]
            if w == "the" {
                offer(theForms(at: i, &s))
            }
            if entry?.month != nil { offer(monthForms(at: i, &s)) }
            if entry?.weekday != nil { offer(weekdayForms(at: i, &s)) }
            if entry?.dayOffset != nil { offer(dayReference(at: i, &s)) }
            if entry?.shift != nil { offer(shifted(at: i, &s)) }
            if entry?.reference != nil || w == "future" || w == "present" { offer(reference(at: i, &s)) }
            if entry?.frequency != nil || w == "every" || w == "each" || w == "per" || w == "a" { offer(frequency(at: i, &s)) }
            if entry?.ordinal != nil {
                offer(ordinalPeriod(at: i, &s))
                offer(dayMonth(at: i, &s))
                offer(weekOf(at: i, &s))
            }
            if entry?.season != nil { offer(season(at: i, &s)) }
            if entry?.holiday != nil || entry?.movableHoliday != nil || lexicon.multiWordStarts.contains(w) {
                offer(holiday(at: i, &s))
            }
            if entry?.vague == true || entry?.unit != nil { offer(vagueDuration(at: i, &s)) }
            if entry?.modifier != nil { offer(earlierThis(at: i, &s)) }
            if w == "year" { offer(yearAgoAdjective(at: i, &s)) }
            if w == "year", let anchor = s.anchor {
                // "by year end", "year-end", "by year's end": the end of the current year ("since year-end": the last one)
                var j = i + 1
                if isText(s, j, "-") && !s.tokens[j].spaceBefore { j += 1 } else if isText(s, j, "'"), word(s, j + 1) == "s" { j += 2 }
                // not the adjective of "year-end results"
                let after = j + 1 < s.tokens.count ? s.tokens[j + 1] : nil
                if word(s, j) == "end", after == nil || after!.kind == .punct && after!.lower != "-"
                    || ["and", "or", "to", "in", "at", "when", "as", "for", "with"].contains(after!.lower) {
                    let year = word(s, i - 1) == "since" ? anchor.year - 1 : anchor.year
                    var match = TemporalMatch(start: i, end: j + 1, kind: .date, value: TimexResolver.year(year), granularity: .year)
                    match.modifier = "END"
                    offer(match)
                }
            }
            if w == "nineteen" || w == "twenty", let reading = numbers.read(s.tokens, at: i + 1), reading.value >= 10,
               reading.value < 100, !reading.hasScale {
                let year = (w == "nineteen" ? 1900 : 2000) + Int(reading.value)
                offer(TemporalMatch(start: i, end: reading.end, kind: .date, value: TimexResolver.year(year), granularity: .year))
            }
            if w == "two", word(s, i + 1) == "thousand", s.anchor != nil {
                var end = i + 2
                var year = 2000
                if word(s, end) == "and" { end += 1 }
                if let reading = numbers.read(s.tokens, at: end), reading.value < 100 {
                    year += Int(reading.value)
                    end = reading.end
                } else if word(s, i + 2) == "and" { end = i + 2 }
                if i > 0, word(s, i - 1) == "year" || word(s, i - 1) == "in" {
                    offer(TemporalMatch(start: i, end: end, kind: .date, value: TimexResolver.year(year), granularity: .year))
                }
            }
            if w == "week", i + 1 < s.tokens.count, s.tokens[i + 1].kind == .number, !s.tokens[i + 1].hasSeparator,
               s.tokens[i + 1].integerDigits <= 2, s.tokens[i + 1].number >= 1, s.tokens[i + 1].number <= 53, let anchor = s.anchor {
                var year = anchor.year
                var end = i + 2
                if word(s, end) == "of" {
                    if let y = yearNumber(s, end + 1) { year = y; end += 2 }
                    else if let shiftWord = word(s, end + 1), let shift = lexicon[shiftWord]?.shift, word(s, end + 2) == "year" {
                        year += shift
                        end += 3
                    }
                }
                offer(TemporalMatch(start: i, end: end, kind: .date,
                                    value: "\(TimexResolver.year(year))-W\(TimexResolver.pad(Int(s.tokens[i + 1].number), 2))",
                                    granularity: .week))
            }
            if w == "year", let y = yearNumber(s, i + 1) {
                offer(TemporalMatch(start: i, end: i + 2, kind: .date, value: TimexResolver.year(y), granularity: .year))
            }
            if w == "fiscal" {
                if let y = yearNumber(s, i + 1) {
                    offer(TemporalMatch(start: i, end: i + 2, kind: .date, value: TimexResolver.year(y), granularity: .year))
                }
            }
            if w == "noon" || w == "midnight" || w == "midday" || w == "noonish" { offer(clock(at: i, &s)) }
            if numberWords[w] != nil || w == "half" || w == "quarter" || w == "a" && word(s, i + 1) == "quarter" {
                offer(clockPhrase(at: i, &s))
                offer(clock(at: i, &s))
                offer(dayMonth(at: i, &s))
            }
            if w == "twenty" || w == "thirty" { offer(ordinalPeriod(at: i, &s)) }
            if entry?.partOfDay != nil { offer(partOfDay(at: i, &s)) }
            if w == "right", word(s, i + 1) == "now" {
                offer(TemporalMatch(start: i, end: i + 2, kind: .date, value: "PRESENT_REF"))
            }
            if w == "everyday" { offer(everyday(at: i, &s)) }
            if w == "that" { offer(thatYear(at: i, &s)) }
            if w == "week" || w == "weekend", word(s, i + 1) == "of" { offer(weekOfDate(s, start: i, unitIndex: i)) }
            if w == "mid" { offer(positioned(at: i, &s)) }
            offer(counted(at: i, &s))
        }
        return best
    }

    // MARK: Numbers: years, decades, numeric dates

    private func numeric(at i: Int, _ s: inout State) -> TemporalMatch? {
        let t = s.tokens[i]
        if i > 0 {
            let previous = s.tokens[i - 1].lower
            if previous == "$" || previous == "#" || previous == "€" || previous == "£" { return nil }
        }
        // ISO date 2021-12-23
        if let y = yearNumber(s, i), isText(s, i + 1, "-"), i + 4 < s.tokens.count, s.tokens[i + 2].kind == .number,
           isText(s, i + 3, "-"), s.tokens[i + 4].kind == .number, !s.tokens[i + 1].spaceBefore, !s.tokens[i + 3].spaceBefore {
            let m = Int(s.tokens[i + 2].number), d = Int(s.tokens[i + 4].number)
            if CalendarDate.isValid(year: y, month: m, day: d) {
                return withClock(s, TemporalMatch(start: i, end: i + 5, kind: .date,
                                                  value: CalendarDate(year: y, month: m, day: d).description, granularity: .day))
            }
        }
        // European dotted date 23.04.2022 (the tokenizer reads "23.04" as one decimal number)
        if t.hasSeparator, t.integerDigits <= 2, t.end - t.start == t.integerDigits + 3, isText(s, i + 1, "."),
           !s.tokens[i + 1].spaceBefore, let y = yearNumber(s, i + 2), !s.tokens[i + 2].spaceBefore {
            let d = Int(t.number), m = Int(((t.number - Double(d)) * 100).rounded())
            if CalendarDate.isValid(year: y, month: m, day: d) {
                return withClock(s, TemporalMatch(start: i, end: i + 3, kind: .date,
                                                  value: CalendarDate(year: y, month: m, day: d).description, granularity: .day))
            }
        }
        // US numeric date 12/23/2021 or 12/23
        if t.integerDigits <= 2, !t.hasSeparator, isText(s, i + 1, "/"), i + 2 < s.tokens.count,
           s.tokens[i + 2].kind == .number, !s.tokens[i + 1].spaceBefore, !s.tokens[i + 2].spaceBefore,
           s.tokens[i + 2].integerDigits <= 2 {
            var m = Int(t.number), d = Int(s.tokens[i + 2].number)
            if m > 12 && d <= 12 { swap(&m, &d) }  // "22/04": day first
            if isText(s, i + 3, "/"), i + 4 < s.tokens.count, s.tokens[i + 4].kind == .number, !s.tokens[i + 3].spaceBefore {
                var y = Int(s.tokens[i + 4].number)
                if s.tokens[i + 4].integerDigits == 2 { y += 2000 + y > (s.anchor?.year ?? 2030) + 20 ? 1900 : 2000 }
                if CalendarDate.isValid(year: y, month: m, day: d) {
                    return withClock(s, TemporalMatch(start: i, end: i + 5, kind: .date,
                                                      value: CalendarDate(year: y, month: m, day: d).description, granularity: .day))
                }
            } else if m >= 1, m <= 12, d >= 1, d <= 31, i > 0,
                      ["on", "since", "by", "until", "from", "before", "after", "through"].contains(s.tokens[i - 1].lower)
                        || [",", "or", "and"].contains(s.tokens[i - 1].lower) && i > 1 && s.tokens[i - 2].kind == .number
                        && i > 3 && s.tokens[i - 3].lower == "/",
                      let y = s.resolver.yearForMonth(m, day: d, tense: tense(s, i, i + 3)) {
                if CalendarDate.isValid(year: y, month: m, day: d) {
                    return TemporalMatch(start: i, end: i + 3, kind: .date,
                                         value: CalendarDate(year: y, month: m, day: d).description, granularity: .day)
                }
            }
        }
        // "12-2015", "3/2016": month and year
        if t.integerDigits <= 2, !t.hasSeparator, t.number >= 1, t.number <= 12, i + 2 < s.tokens.count,
           isText(s, i + 1, "-") || isText(s, i + 1, "/"), !s.tokens[i + 1].spaceBefore, !s.tokens[i + 2].spaceBefore,
           let y = yearNumber(s, i + 2), !(i + 3 < s.tokens.count && (isText(s, i + 3, "-") || isText(s, i + 3, "/"))) {
            return TemporalMatch(start: i, end: i + 3, kind: .date, value: TimexResolver.month(y, Int(t.number)), granularity: .month)
        }
        if t.integerDigits == 8, !t.hasSeparator {
            let v = Int(t.number), y = v / 10000, m = v / 100 % 100, d = v % 100
            if y >= 1900, y <= 2100, CalendarDate.isValid(year: y, month: m, day: d) {
                return TemporalMatch(start: i, end: i + 1, kind: .date, value: CalendarDate(year: y, month: m, day: d).description,
                                     granularity: .day)
            }
        }
        guard let y = yearNumber(s, i) else { return nil }
        // a year inside a digit chain is a phone or code number: "138-2010-2015"
        if i >= 2, isText(s, i - 1, "-"), !s.tokens[i - 1].spaceBefore, s.tokens[i - 2].kind == .number, !s.tokens[i].spaceBefore,
           i + 2 < s.tokens.count, isText(s, i + 1, "-"), s.tokens[i + 2].kind == .number { return nil }
        if i >= 2, isText(s, i - 1, "-"), !s.tokens[i - 1].spaceBefore, s.tokens[i - 2].kind == .number, !s.tokens[i].spaceBefore,
           i >= 4, isText(s, i - 3, "-"), s.tokens[i - 4].kind == .number { return nil }
        // "2015-3", "2015/12", "2019-aug-1", "2019/aug/01"
        if i + 2 < s.tokens.count, isText(s, i + 1, "-") || isText(s, i + 1, "/"), !s.tokens[i + 1].spaceBefore,
           !s.tokens[i + 2].spaceBefore {
            let second = s.tokens[i + 2]
            if second.kind == .number, second.integerDigits <= 2, !second.hasSeparator, second.number >= 1, second.number <= 12,
               !(i + 3 < s.tokens.count && (isText(s, i + 3, "-") || isText(s, i + 3, "/")) && !s.tokens[i + 3].spaceBefore) {
                return TemporalMatch(start: i, end: i + 3, kind: .date, value: TimexResolver.month(y, Int(second.number)),
                                     granularity: .month)
            }
            if let (month, afterMonth) = monthName(s, i + 2, standalone: false) {
                if afterMonth + 1 < s.tokens.count, isText(s, afterMonth, s.tokens[i + 1].lower),
                   let (day, afterDay) = dayNumber(s, afterMonth + 1), CalendarDate.isValid(year: y, month: month, day: day) {
                    return TemporalMatch(start: i, end: afterDay, kind: .date,
                                         value: CalendarDate(year: y, month: month, day: day).description, granularity: .day)
                }
                return TemporalMatch(start: i, end: afterMonth, kind: .date, value: TimexResolver.month(y, month), granularity: .month)
            }
        }
        if let w = word(s, i + 1), lexicon[w]?.month != nil, w != "may", w != "march", let (month, end) = monthName(s, i + 1, standalone: false) {
            return TemporalMatch(start: i, end: end, kind: .date, value: TimexResolver.month(y, month), granularity: .month)
        }
        // decade "1990s"
        if word(s, i + 1) == "s", !s.tokens[i + 1].spaceBefore, y % 10 == 0 {
            let value = String(y / 10)
            return TemporalMatch(start: i, end: i + 2, kind: .date, value: value, granularity: .decade)
        }
        if isText(s, i + 1, "'"), word(s, i + 2) == "s", y % 10 == 0 {
            return TemporalMatch(start: i, end: i + 3, kind: .date, value: String(y / 10), granularity: .decade)
        }
        // not a year when a unit or counted noun follows ("1500 troops", "2000 percent")
        if i + 1 < s.tokens.count {
            let next = s.tokens[i + 1]
            if next.lower == "%" { return nil }
            if next.kind == .word, ["percent", "people", "troops", "soldiers", "men", "women", "miles", "km", "feet",
                                    "meters", "metres", "tons", "dollars", "shares", "points", "yen", "euros",
                                    "pounds", "members", "units", "cars", "jobs", "workers", "employees", "times",
                                    "hours", "minutes", "years", "days"].contains(next.lower) { return nil }
            if next.lower == ":" { return nil }
        }
        if i > 0, s.tokens[i - 1].lower == "." && !s.tokens[i].spaceBefore { return nil }
        // early years need a reason to be years: "in 1066", "since 1492"; "1000 customers" is a count
        if y < 1800, !(i > 0 && ["in", "since", "of", "by", "from", "until", "before", "after", "year", "circa", "around",
                                 "c", "ad", "bc", "-", "and", "to"].contains(s.tokens[i - 1].lower)) { return nil }
        if let quarter = ordinalPeriod(at: i + 1, &s), quarter.granularity == .quarter, let q = quarterOf(quarter.value) {
            return TemporalMatch(start: i, end: quarter.end, kind: .date, value: TimexResolver.quarter(y, q.1), granularity: .quarter)
        }
        // "the 1988 period", "the 1999 season": keep the year only
        return TemporalMatch(start: i, end: i + 1, kind: .date, value: TimexResolver.year(y), granularity: .year)
    }

    /// A numeric date with the clock time written right after it: "5/3/18 @ 17:49", "23.04.2022 14:55".
    private func withClock(_ s: State, _ date: TemporalMatch) -> TemporalMatch {
        guard let time = attachedClock(s, after: date.end), !isText(s, date.end, ",") else { return date }
        return TemporalMatch(start: date.start, end: time.end, kind: .time, value: "\(date.value)T\(time.value)", granularity: .time)
    }

    /// "'90s", "'98".
    private func apostropheDecade(at i: Int, _ s: inout State) -> TemporalMatch? {
        guard s.tokens[i].lower == "'", i + 1 < s.tokens.count, s.tokens[i + 1].kind == .number,
              s.tokens[i + 1].integerDigits == 2, !s.tokens[i + 1].spaceBefore else { return nil }
        let n = Int(s.tokens[i + 1].number)
        let century = n <= ((s.anchor?.year ?? 2030) % 100) ? 20 : 19
        if word(s, i + 2) == "s", !s.tokens[i + 2].spaceBefore, n % 10 == 0 {
            return TemporalMatch(start: i, end: i + 3, kind: .date, value: String(century * 10 + n / 10), granularity: .decade)
        }
        guard i > 0, let previous = word(s, i - 1), ["in", "since", "of", "until", "by", "fiscal"].contains(previous) ||
                lexicon[previous]?.month != nil else { return nil }
        return TemporalMatch(start: i, end: i + 2, kind: .date, value: TimexResolver.year(century * 100 + n), granularity: .year)
    }

    // MARK: Months

    private func monthForms(at i: Int, _ s: inout State) -> TemporalMatch? {
        guard let (month, afterMonth) = monthName(s, i, standalone: false) else { return nil }
        var j = afterMonth
        if j + 1 < s.tokens.count, isText(s, j, "-") || isText(s, j, "/"), !s.tokens[j].spaceBefore, !s.tokens[j + 1].spaceBefore,
           s.tokens[j + 1].kind == .number {
            let separator = s.tokens[j].lower
            if let y = yearNumber(s, j + 1) {
                return TemporalMatch(start: i, end: j + 2, kind: .date, value: TimexResolver.month(y, month), granularity: .month)
            }
            if let (day, afterDay) = dayNumber(s, j + 1) {
                if afterDay + 1 < s.tokens.count, isText(s, afterDay, separator), let y = yearNumber(s, afterDay + 1),
                   CalendarDate.isValid(year: y, month: month, day: day) {
                    return TemporalMatch(start: i, end: afterDay + 2, kind: .date,
                                         value: CalendarDate(year: y, month: month, day: day).description, granularity: .day)
                }
                if let y = s.resolver.yearForMonth(month, day: day, tense: tense(s, i, afterDay)),
                   CalendarDate.isValid(year: y, month: month, day: day) {
                    return TemporalMatch(start: i, end: afterDay, kind: .date,
                                         value: CalendarDate(year: y, month: month, day: day).description, granularity: .day)
                }
            }
        }
        // Month Day(, Year)
        if let (day, afterDay) = dayNumber(s, j), s.tokens[j].kind == .number || s.tokens[j].spaceBefore {
            var k = afterDay
            if isText(s, k, ",") { k += 1 }
            if word(s, afterDay) == "of" { k = afterDay + 1 }
            if let y = yearNumber(s, k), CalendarDate.isValid(year: y, month: month, day: day) {
                return TemporalMatch(start: i, end: k + 1, kind: .date,
                                     value: CalendarDate(year: y, month: month, day: day).description, granularity: .day)
            }
            if let (y, end) = spokenYear(s, afterDay), CalendarDate.isValid(year: y, month: month, day: day) {
                return TemporalMatch(start: i, end: end, kind: .date,
                                     value: CalendarDate(year: y, month: month, day: day).description, granularity: .day)
            }
            if s.tokens[j].kind == .number || day <= 31 {
                guard let y = s.resolver.yearForMonth(month, day: day, tense: tense(s, i, afterDay)) else {
                    return TemporalMatch(start: i, end: afterDay, kind: .date,
                                         value: "XXXX-\(TimexResolver.pad(month, 2))-\(TimexResolver.pad(day, 2))",
                                         granularity: .day)
                }
                guard CalendarDate.isValid(year: y, month: month, day: day) else { return nil }
                let date = CalendarDate(year: y, month: month, day: day).description
                if let time = attachedClock(s, after: afterDay) {
                    return TemporalMatch(start: i, end: time.end, kind: .time, value: "\(date)T\(time.value)", granularity: .time)
                }
                return TemporalMatch(start: i, end: afterDay, kind: .date, value: date, granularity: .day)
            }
        }
        // Month Year / Month of Year / "April of 87" / "October two thousand and five"
        if word(s, j) == "of", j + 1 < s.tokens.count, s.tokens[j + 1].kind == .number, s.tokens[j + 1].integerDigits == 2,
           !s.tokens[j + 1].hasSeparator {
            let n = Int(s.tokens[j + 1].number)
            let y = (n <= ((s.anchor?.year ?? 2030) % 100) ? 2000 : 1900) + n
            return TemporalMatch(start: i, end: j + 2, kind: .date, value: TimexResolver.month(y, month), granularity: .month)
        }
        if let (y, end) = spokenYear(s, j) {
            return TemporalMatch(start: i, end: end, kind: .date, value: TimexResolver.month(y, month), granularity: .month)
        }
        if word(s, j) == "of", yearNumber(s, j + 1) != nil { j += 1 }
        if isText(s, j, ","), yearNumber(s, j + 1) != nil { j += 1 }
        if let y = yearNumber(s, j) {
            return TemporalMatch(start: i, end: j + 1, kind: .date, value: TimexResolver.month(y, month), granularity: .month)
        }
        if isText(s, j, "'"), j + 1 < s.tokens.count, s.tokens[j + 1].kind == .number, s.tokens[j + 1].integerDigits == 2 {
            let n = Int(s.tokens[j + 1].number)
            let y = (n <= ((s.anchor?.year ?? 2030) % 100) ? 2000 : 1900) + n
            return TemporalMatch(start: i, end: j + 2, kind: .date, value: TimexResolver.month(y, month), granularity: .month)
        }
        // "June this year", "July last year", "January next year"
        if let w = word(s, afterMonth), let shift = lexicon[w]?.shift, word(s, afterMonth + 1) == "year", let anchor = s.anchor {
            return TemporalMatch(start: i, end: afterMonth + 2, kind: .date,
                                 value: TimexResolver.month(anchor.year + shift, month), granularity: .month)
        }
        // Month alone
        guard monthName(s, i, standalone: true) != nil else { return nil }
        guard let y = s.resolver.yearForMonth(month, tense: tense(s, i, afterMonth)) else {
            return TemporalMatch(start: i, end: afterMonth, kind: .date, value: "XXXX-\(TimexResolver.pad(month, 2))",
                                 granularity: .month)
        }
        return TemporalMatch(start: i, end: afterMonth, kind: .date, value: TimexResolver.month(y, month), granularity: .month)
    }

    /// "23 December 2021", "23rd of December".
    private func dayMonth(at i: Int, _ s: inout State) -> TemporalMatch? {
        guard i < s.tokens.count else { return nil }
        if i > 0, ["$", "€", "£", "#"].contains(s.tokens[i - 1].lower) { return nil }  // "$12 December 27"
        guard let (day, afterDay) = dayNumber(s, i) ?? spelledDay(s, i) else { return nil }
        if let joined = coordinatedDay(at: i, day: day, end: afterDay, &s) { return joined }
        var j = afterDay
        var separator: String?
        if word(s, j) == "of" { j += 1 }
        else if isText(s, j, "-") || isText(s, j, "/"), !s.tokens[j].spaceBefore, j + 1 < s.tokens.count, !s.tokens[j + 1].spaceBefore,
                s.tokens[j + 1].kind == .word {
            separator = s.tokens[j].lower  // "05-Aug-2016"
            j += 1
        }
        var monthFound = monthName(s, j, standalone: false)
        if monthFound == nil, let w = word(s, j), let m = lexicon[w]?.month, w.utf8.count == 3 || w == "sept", w != "may", w != "mar" {
            monthFound = (m, skipPeriod(s, j + 1))  // "14 nov"
        }
        guard let (month, afterMonth) = monthFound else { return nil }
        var k = afterMonth
        if isText(s, k, ",") { k += 1 }
        if let separator, isText(s, k, separator), !s.tokens[k].spaceBefore { k += 1 }
        if let (y, end) = spokenYear(s, k), CalendarDate.isValid(year: y, month: month, day: day) {
            return TemporalMatch(start: i, end: end, kind: .date,
                                 value: CalendarDate(year: y, month: month, day: day).description, granularity: .day)
        }
        if word(s, k) == "of", k + 1 < s.tokens.count, s.tokens[k + 1].kind == .number, s.tokens[k + 1].integerDigits == 2 {
            let n = Int(s.tokens[k + 1].number)
            let y = (n <= ((s.anchor?.year ?? 2030) % 100) ? 2000 : 1900) + n
            if CalendarDate.isValid(year: y, month: month, day: day) {
                return TemporalMatch(start: i, end: k + 2, kind: .date,
                                     value: CalendarDate(year: y, month: month, day: day).description, granularity: .day)
            }
        }
        if word(s, k) == "of" || word(s, k) == "in", yearNumber(s, k + 1) != nil { k += 1 }
        if let y = yearNumber(s, k), CalendarDate.isValid(year: y, month: month, day: day) {
            return TemporalMatch(start: i, end: k + 1, kind: .date,
                                 value: CalendarDate(year: y, month: month, day: day).description, granularity: .day)
        }
        guard let y = s.resolver.yearForMonth(month, day: day, tense: tense(s, i, afterMonth)),
              CalendarDate.isValid(year: y, month: month, day: day) else { return nil }
        return TemporalMatch(start: i, end: afterMonth, kind: .date,
                             value: CalendarDate(year: y, month: month, day: day).description, granularity: .day)
    }

    // MARK: Weekdays and day references

    private func weekdayForms(at i: Int, _ s: inout State) -> TemporalMatch? {
        guard let w = word(s, i), let weekday = lexicon[w]?.weekday else { return nil }
        let token = s.tokens[i]
        let isAbbreviation = w.utf8.count <= 4
        let dateFollows = i + 1 < s.tokens.count && (s.tokens[i + 1].kind == .number || lexicon[s.tokens[i + 1].lower]?.month != nil)
        if isAbbreviation && !(token.capitalized && isText(s, i + 1, ".")) && !dateFollows { return nil }
        var j = isAbbreviation ? skipPeriod(s, i + 1) : i + 1
        if w.hasSuffix("s") && !w.hasSuffix("ss") && w.utf8.count > 6 && !isAbbreviation {
            // "on Mondays": a set
            var end = j
            if let time = attachedClock(s, after: end) {
                return TemporalMatch(start: i, end: time.end, kind: .set, value: "XXXX-WXX-\(weekday)T\(time.value)")
            }
            if let pod = word(s, end), let code = lexicon[pod]?.partOfDay {
                end += 1
                return TemporalMatch(start: i, end: end, kind: .set, value: "XXXX-WXX-\(weekday)T\(code)", granularity: .other)
            }
            return TemporalMatch(start: i, end: end, kind: .set, value: "XXXX-WXX-\(weekday)", granularity: .other)
        }
        // Weekday, Month Day(, Year) → the date
        var k = j
        if isText(s, k, ",") { k += 1 }
        if let anchor = s.anchor, let date = weekdayWithDay(s, weekday: weekday, at: k, anchor: anchor, afterComma: k > j) {
            var match = TemporalMatch(start: i, end: date.end, kind: .date, value: date.value, granularity: .day)
            if let time = attachedClock(s, after: date.end) {
                match = TemporalMatch(start: i, end: time.end, kind: .time, value: "\(date.value)T\(time.value)", granularity: .time)
            }
            return match
        }
        // "Tuesday of next week", "Monday of the following week", "Wednesday evening next week"
        var p = k
        var podCode: String?
        if let pod = word(s, p), let code = lexicon[pod]?.partOfDay, !pod.hasSuffix("s") { podCode = code; p += 1 }
        var q = p
        if word(s, q) == "of" { q += 1; if word(s, q) == "the" { q += 1 } }
        if let shiftWord = word(s, q), let shift = lexicon[shiftWord]?.shift, word(s, q + 1) == "week", let anchor = s.anchor,
           q > p || shiftWord != "this" {
            let monday = anchor.adding(days: 7 * shift - (anchor.weekday - 1))
            let date = TimexResolver.day(monday.adding(days: weekday - 1))
            if let code = podCode {
                return TemporalMatch(start: i, end: q + 2, kind: .time, value: "\(date)T\(code)", granularity: .time)
            }
            return TemporalMatch(start: i, end: q + 2, kind: .date, value: date, granularity: .day)
        }
        if let date = monthForms(at: k, &s), date.granularity == .day {
            return TemporalMatch(start: i, end: date.end, kind: .date, value: date.value, granularity: .day)
        }
        if let date = dayMonth(at: k, &s), date.granularity == .day {
            return TemporalMatch(start: i, end: date.end, kind: .date, value: date.value, granularity: .day)
        }
        if k < s.tokens.count, s.tokens[k].kind == .number, let date = numeric(at: k, &s), date.granularity == .day || date.kind == .time,
           date.value.utf8.count >= 10 {
            return TemporalMatch(start: i, end: date.end, kind: date.kind, value: date.value, granularity: date.granularity)  // "Friday 2018-7-6"
        }
        // "Friday's vote", "Wednesday's ruling": news names an event by its day once it has happened
        let possessive = isText(s, j, "'") && word(s, j + 1) == "s" && !s.tokens[j].spaceBefore
        var resolved = s.resolver.weekday(weekday, tense: possessive ? .past : tense(s, i, j))
        // "today (Saturday)", "yesterday (Friday)": the weekday restates the day reference before it
        if let anchor = s.anchor, isText(s, i - 1, "("), let reference = word(s, i - 2), let offset = lexicon[reference]?.dayOffset {
            resolved = anchor.adding(days: offset)
        }
        var value = resolved.map(TimexResolver.day) ?? "XXXX-WXX-\(weekday)"
        var kind = Timex.Kind.date
        var granularity = TemporalMatch.Granularity.day
        // Weekday morning/night, "Tuesday in the morning"; "Tuesday afternoons" is a set
        if let pod = word(s, j), pod.hasSuffix("s"), let code = lexicon[pod]?.partOfDay {
            return TemporalMatch(start: i, end: j + 1, kind: .set, value: "XXXX-WXX-\(weekday)T\(code)")
        }
        if word(s, j) == "in", word(s, j + 1) == "the", let pod = word(s, j + 2), lexicon[pod]?.partOfDay != nil { j += 2 }
        if let pod = word(s, j), let code = lexicon[pod]?.partOfDay {
            j += 1
            value += "T\(code)"
            kind = .time
            granularity = .time
        }
        // "Friday at 10 p.m."
        var m = j
        if word(s, m) == "at" { m += 1 }
        if m < s.tokens.count, let time = clockValue(s, m) {
            let dayValue = resolved.map(TimexResolver.day) ?? "XXXX-WXX-\(weekday)"
            return TemporalMatch(start: i, end: time.end, kind: .time, value: "\(dayValue)T\(time.value)", granularity: .time)
        }
        return TemporalMatch(start: i, end: j, kind: kind, value: value, granularity: granularity)
    }

    private func dayReference(at i: Int, _ s: inout State) -> TemporalMatch? {
        guard let w = word(s, i), let offset = lexicon[w]?.dayOffset else { return nil }
        // "today's" is still today
        guard let anchor = s.anchor else {
            return TemporalMatch(start: i, end: i + 1, kind: .date, value: "XXXX-XX-XX", granularity: .day)
        }
        let date = anchor.adding(days: offset)
        var j = i + 1
        if w == "tonight" || w == "tonite" {
            if var time = attachedClock(s, after: j) {
                // "tonight around 7": an evening hour ("tonight around 3" is the small hours)
                if let hour = Int(time.value.prefix(2)), hour >= 6, hour < 12, !s.tokens[j..<time.end].contains(where: {
                    $0.lower == "am" || $0.lower == "a" }) {
                    time.value = TimexResolver.pad(hour + 12, 2) + time.value.dropFirst(2)
                }
                return TemporalMatch(start: i, end: time.end, kind: .time, value: TimexResolver.day(date) + "T\(time.value)",
                                     granularity: .time)
            }
            return TemporalMatch(start: i, end: j, kind: .time, value: TimexResolver.day(date) + "TNI", granularity: .time)
        }
        if let pod = word(s, j), let code = lexicon[pod]?.partOfDay {
            j += 1
            return TemporalMatch(start: i, end: j, kind: .time, value: TimexResolver.day(date) + "T\(code)", granularity: .time)
        }
        var m = j
        if word(s, m) == "at" { m += 1 }
        if m < s.tokens.count, let time = clockValue(s, m, bare: m > j) {
            return TemporalMatch(start: i, end: time.end, kind: .time, value: TimexResolver.day(date) + "T\(time.value)",
                                 granularity: .time)
        }
        return TemporalMatch(start: i, end: j, kind: .date, value: TimexResolver.day(date), granularity: .day)
    }

    // MARK: Clock times

    /// A clock time at `i`: "10 p.m.", "10:30", "10.30am", "1140 a.m.", "seven p.m.", "noon", "midnight"; value `hh:mm`.
    /// `bare` also takes an hour without a meridiem said in words after "at" or a date ("at seven twenty-seven").
    private func clockValue(_ s: State, _ i: Int, bare: Bool = false) -> (value: String, end: Int)? {
        guard i < s.tokens.count else { return nil }
        let t = s.tokens[i]
        if t.kind == .word {
            if t.lower == "noon" || t.lower == "midday" || t.lower == "noonish" {
                if t.lower == "noon", word(s, i - 1) == "high" { return nil }  // the idiom "high noon"
                return ("12:00", i + 1)
            }
            if t.lower == "midnight" { return ("24:00", i + 1) }
            // an hour in words: "seven p.m.", "nine a m", "six o'clock", "seven twenty-seven" (after "at")
            guard t.lower != "a", t.lower != "an", let hourWord = numberWords[t.lower], hourWord.role == .unit, hourWord.value >= 1, hourWord.value <= 12,
                  hourWord.value == hourWord.value.rounded() else { return nil }
            var hour = Int(hourWord.value)
            var minute = 0
            var j = i + 1
            if let reading = numbers.read(s.tokens, at: j), reading.hasWords, reading.value >= 10, reading.value < 60,
               reading.value == reading.value.rounded(), !reading.hasScale {
                minute = Int(reading.value)
                j = reading.end
                if let w = word(s, j), w == "minutes" || w == "minute" { j += 1 }
            }
            if let (meridiem, end) = meridiemAfter(s, j, spelled: true) {
                if meridiem == "pm" && hour < 12 { hour += 12 }
                if meridiem == "am" && hour == 12 { hour = 0 }
                return ("\(TimexResolver.pad(hour, 2)):\(TimexResolver.pad(minute, 2))", end)
            }
            guard bare else { return nil }
            return ("\(TimexResolver.pad(hour, 2)):\(TimexResolver.pad(minute, 2))", j)
        }
        guard t.kind == .number else { return nil }
        if t.integerDigits == 3 || t.integerDigits == 4, !t.hasSeparator {
            // "1140 a.m.": hours and minutes run together, only with a meridiem
            let n = Int(t.number), hour = n / 100, minute = n % 100
            // not a glued single letter: "200p" is 200 pence
            let glued = (word(s, i + 1) == "a" || word(s, i + 1) == "p") && !isText(s, i + 2, ".")
            guard hour >= 1, hour <= 12, minute < 60, !glued, let (meridiem, end) = meridiemAfter(s, i + 1, spelled: false),
                  meridiem == "am" || meridiem == "pm" else { return nil }
            let h = meridiem == "pm" && hour < 12 ? hour + 12 : (meridiem == "am" && hour == 12 ? 0 : hour)
            return ("\(TimexResolver.pad(h, 2)):\(TimexResolver.pad(minute, 2))", end)
        }
        guard t.integerDigits <= 2 else { return nil }
        var hour = Int(t.number)
        var minute = 0
        var j = i + 1
        var hasMinutes = false
        if t.hasSeparator {  // "10.30"
            let fraction = t.number - Double(hour)
            minute = Int((fraction * 100).rounded())
            hasMinutes = true
        } else if isText(s, j, ":"), j + 1 < s.tokens.count, s.tokens[j + 1].kind == .number, s.tokens[j + 1].integerDigits == 2 {
            minute = Int(s.tokens[j + 1].number)
            j += 2
            hasMinutes = true
        }
        var second: Int?
        if hasMinutes, !t.hasSeparator, isText(s, j, ":"), j + 1 < s.tokens.count, s.tokens[j + 1].kind == .number,
           s.tokens[j + 1].integerDigits == 2, !s.tokens[j].spaceBefore {
            second = Int(s.tokens[j + 1].number)
            j += 2
        }
        guard hour <= 24, minute < 60 else { return nil }
        if hour == 12, word(s, j) == "noon" { return ("12:00", j + 1) }
        var meridiem: String?
        if let (found, end) = meridiemAfter(s, j, spelled: false) {
            meridiem = found
            j = end
        }
        if meridiem == nil && (!hasMinutes || t.hasSeparator) { return nil }
        if meridiem == "ish" && hour > 12 { return nil }
        if meridiem == "pm" && hour < 12 { hour += 12 }
        if meridiem == "am" && hour == 12 { hour = 0 }
        if let w = word(s, j), ["est", "edt", "gmt", "utc", "pst", "pdt", "cst", "cdt", "et", "bst", "cet"].contains(w) { j += 1 }
        let seconds = second.map { ":\(TimexResolver.pad($0, 2))" } ?? ""
        return ("\(TimexResolver.pad(hour, 2)):\(TimexResolver.pad(minute, 2))\(seconds)", j)
    }

    /// The meridiem after a clock number at `j`: "am"/"pm", "a.m.", "9a", "9.am", "o'clock", "11ish"; `spelled` also reads
    /// "a m" after an hour said in words. Returns "am", "pm", "oclock" or "ish" and the end.
    private func meridiemAfter(_ s: State, _ j: Int, spelled: Bool) -> (String, Int)? {
        guard j < s.tokens.count else { return nil }
        if isText(s, j, "."), !s.tokens[j].spaceBefore, let w = word(s, j + 1), w == "am" || w == "pm", !s.tokens[j + 1].spaceBefore {
            return (w, j + 2)  // "9.am"
        }
        guard let w = word(s, j) else { return nil }
        if w == "am" || w == "pm" { return (w, j + 1) }
        if (w == "a" || w == "p"), isText(s, j + 1, "."), word(s, j + 2) == "m" {
            var end = j + 3
            if isText(s, end, "."), !s.tokens[end].spaceBefore || s.tokens[end - 1].spaceBefore { end += 1 }
            return (w + "m", end)  // "a.m.", "p . m ."
        }
        if (w == "a" || w == "p"), !s.tokens[j].spaceBefore,
           !(j + 1 < s.tokens.count && s.tokens[j + 1].kind == .word && !s.tokens[j + 1].spaceBefore) {
            return (w + "m", j + 1)  // "9a", "9:00p"
        }
        if spelled, w == "a" || w == "p", word(s, j + 1) == "m" { return (w + "m", j + 2) }  // "nine a m"
        if w == "o", isText(s, j + 1, "'"), word(s, j + 2) == "clock" { return ("oclock", j + 3) }
        if w == "oclock" { return ("oclock", j + 1) }
        if w == "ish", !s.tokens[j].spaceBefore { return ("ish", j + 1) }
        return nil
    }

    /// "half past seven", "20 min past eight in the evening", "a quarter to six", "ten past 9", "4 in the morning" → hh:mm
    /// of the document date (the hour read as the part of the day says).
    private func clockPhrase(at i: Int, _ s: inout State) -> TemporalMatch? {
        var j = i
        var minutes: Int?
        var minuteWord = false
        if word(s, j) == "half" {
            minutes = 30
            j += 1
        } else if word(s, j) == "quarter" || word(s, j) == "a" && word(s, j + 1) == "quarter" {
            minutes = 15
            minuteWord = true
            j += word(s, j) == "a" ? 2 : 1
        } else if let reading = numbers.read(s.tokens, at: j), reading.value >= 1, reading.value < 60,
                  reading.value == reading.value.rounded(), !reading.hasScale, s.tokens[j].integerDigits <= 2 || !reading.hasWords {
            j = reading.end
            if let w = word(s, j), ["min", "mins", "minute", "minutes"].contains(w) { j += 1; minuteWord = true }
            let direction = word(s, j)
            if direction == "past" || direction == "to" && minuteWord {
                minutes = Int(reading.value)
            } else {
                // "4 in the morning" after "at", "around", "circa", "about", "by", "until"
                guard !minuteWord, reading.value <= 12, i > 0, let previous = word(s, i - 1),
                      ["at", "around", "circa", "about", "by", "until", "till"].contains(previous),
                      let (pod, end) = dayPartAfter(s, j) else { return nil }
                let hour = TemporalGrammar.hour(Int(reading.value), partOfDay: pod)
                let time = "\(TimexResolver.pad(hour, 2)):00"
                return TemporalMatch(start: i, end: end, kind: .time, value: s.anchor.map { "\($0.description)T\(time)" } ?? "T\(time)",
                                     granularity: .time)
            }
        }
        guard let m = minutes, let direction = word(s, j), direction == "past" || direction == "to" else { return nil }
        j += 1
        var hour: Int
        if j < s.tokens.count, s.tokens[j].kind == .number, !s.tokens[j].hasSeparator, s.tokens[j].integerDigits <= 2 {
            hour = Int(s.tokens[j].number)
        } else if let w = word(s, j), let entry = numberWords[w], entry.role == .unit, entry.value == entry.value.rounded() {
            hour = Int(entry.value)
        } else {
            return nil
        }
        guard hour >= 1, hour <= 12 else { return nil }
        j += 1
        var minute = m
        if direction == "to" {
            minute = 60 - m
            hour = hour == 1 ? 12 : hour - 1
        }
        if word(s, j) == "o", isText(s, j + 1, "'"), word(s, j + 2) == "clock" { j += 3 } else if word(s, j) == "oclock" { j += 1 }
        if let (pod, end) = dayPartAfter(s, j) {
            hour = TemporalGrammar.hour(hour, partOfDay: pod)
            j = end
        } else if let (meridiem, end) = meridiemAfter(s, j, spelled: false), meridiem == "am" || meridiem == "pm" {
            if meridiem == "pm" && hour < 12 { hour += 12 }
            j = end
        }
        let time = "\(TimexResolver.pad(hour, 2)):\(TimexResolver.pad(minute, 2))"
        return TemporalMatch(start: i, end: j, kind: .time, value: s.anchor.map { "\($0.description)T\(time)" } ?? "T\(time)",
                             granularity: .time)
    }

    /// "in the morning", "in the evening", "at night" after a clock hour: the part of the day and the end.
    private func dayPartAfter(_ s: State, _ j: Int) -> (String, Int)? {
        if word(s, j) == "in", word(s, j + 1) == "the", let w = word(s, j + 2), let code = lexicon[w]?.partOfDay, !w.hasSuffix("s") {
            return (code, j + 3)
        }
        if word(s, j) == "at", word(s, j + 1) == "night" { return ("NI", j + 2) }
        return nil
    }

    /// A 12-hour clock hour read in a part of the day: 8 in the evening → 20.
    static func hour(_ hour: Int, partOfDay: String) -> Int {
        switch partOfDay {
        case "MO": return hour == 12 ? 0 : hour
        case "AF", "EV": return hour < 12 ? hour + 12 : hour
        case "NI": return hour < 12 && hour >= 6 ? hour + 12 : hour
        default: return hour
        }
    }

    /// A clock time after a date: "October 14 at 8:00", "May 3, 9 a.m.", "tonight at 2am".
    private func attachedClock(_ s: State, after end: Int) -> (value: String, end: Int)? {
        var m = end
        let introduced = word(s, m) == "at" || word(s, m) == "around"
        if introduced || isText(s, m, "@") || isText(s, m, ",") { m += 1 }
        if let time = clockValue(s, m, bare: introduced) { return time }
        // "Friday the 26th at 4": a bare hour after "at" following a date
        if introduced, m < s.tokens.count, s.tokens[m].kind == .number, !s.tokens[m].hasSeparator, s.tokens[m].integerDigits <= 2,
           s.tokens[m].number >= 1, s.tokens[m].number <= 12,
           m + 1 >= s.tokens.count || s.tokens[m + 1].kind == .punct && s.tokens[m + 1].lower != ":" {
            return ("\(TimexResolver.pad(Int(s.tokens[m].number), 2)):00", m + 1)
        }
        return nil
    }

    /// A year said in words: "nineteen eighty six", "two thousand and five", "seventeen hundred thirty three".
    private func spokenYear(_ s: State, _ i: Int) -> (year: Int, end: Int)? {
        guard let w = word(s, i) else { return nil }
        if w == "two", word(s, i + 1) == "thousand" {
            var end = i + 2
            var year = 2000
            var k = end
            if word(s, k) == "and" { k += 1 }
            if let rest = numbers.read(s.tokens, at: k), rest.value < 100, rest.hasWords { year += Int(rest.value); end = rest.end }
            return (year, end)
        }
        guard let first = numberWords[w], first.role == .unit, first.value >= 10, first.value <= 20 else { return nil }
        var k = i + 1
        if word(s, k) == "hundred" {
            k += 1
            if word(s, k) == "and" { k += 1 }
            let rest = numbers.read(s.tokens, at: k)
            let value = rest.map { Int($0.value) } ?? 0
            guard value < 100 else { return nil }
            return (Int(first.value) * 100 + value, rest?.end ?? i + 2)
        }
        guard let rest = numbers.read(s.tokens, at: k), rest.value >= 10, rest.value < 100, rest.hasWords else { return nil }
        return (Int(first.value) * 100 + Int(rest.value), rest.end)
    }

    private func clock(at i: Int, _ s: inout State) -> TemporalMatch? {
        guard let time = clockValue(s, i) else { return nil }
        var j = time.end
        if word(s, j) == "this", let pod = word(s, j + 1), lexicon[pod]?.partOfDay != nil, let anchor = s.anchor {
            return TemporalMatch(start: i, end: j + 2, kind: .time, value: "\(anchor.description)T\(time.value)", granularity: .time)
        }
        if let w = word(s, j), w == "each" || w == "every" || w == "daily", word(s, j + 1) == "day" || w == "daily" {
            return TemporalMatch(start: i, end: w == "daily" ? j + 1 : j + 2, kind: .set, value: "T\(time.value)")
        }
        // "10 p.m. Wednesday", "noon Thursday", "10 a.m. today"
        var dayValue: String?
        if word(s, j) == "on" || (isText(s, j, ",") && j + 1 < s.tokens.count && lexicon[s.tokens[j + 1].lower]?.month != nil) { j += 1 }
        if let w = word(s, j), let weekday = lexicon[w]?.weekday, w.utf8.count > 4 {
            dayValue = s.resolver.weekday(weekday, tense: tense(s, i, j + 1)).map(TimexResolver.day) ?? "XXXX-WXX-\(weekday)"
            j += 1
        } else if let w = word(s, j), let offset = lexicon[w]?.dayOffset, let anchor = s.anchor {
            dayValue = TimexResolver.day(anchor.adding(days: offset))
            j += 1
        } else if j < s.tokens.count, let date = monthForms(at: j, &s), date.granularity == .day {
            dayValue = date.value
            j = date.end
        } else {
            j = time.end
            dayValue = s.anchor.map(TimexResolver.day)
        }
        let value = dayValue.map { "\($0)T\(time.value)" } ?? "T\(time.value)"
        return TemporalMatch(start: i, end: j, kind: .time, value: value, granularity: .time)
    }

    // MARK: Counted periods: durations and offsets

    /// A count at `i`: digits, number words, "a"/"an", "a couple of", "a few", "several"; nil value = vague.
    private func count(_ s: State, _ i: Int) -> (value: Double?, end: Int)? {
        guard i < s.tokens.count else { return nil }
        let t = s.tokens[i]
        if t.kind == .word {
            switch t.lower {
            case "a", "an", "one":
                if word(s, i + 1) == "couple", word(s, i + 2) == "of" { return (2, i + 3) }
                if word(s, i + 1) == "few" { return (nil, i + 2) }
                if t.lower != "one", word(s, i + 1) == "half" { return (0.5, i + 2) }
                if t.lower == "one", word(s, i + 1) == "and", word(s, i + 2) == "a", word(s, i + 3) == "half" { return (1.5, i + 4) }
                if let reading = numbers.read(s.tokens, at: i), reading.end > i + 1 { return (reading.value, reading.end) }
                return (1, i + 1)
            case "several", "few", "many", "some", "numerous", "multiple":
                return (nil, i + 1)
            case "half":
                if word(s, i + 1) == "a" || word(s, i + 1) == "an" { return (0.5, i + 2) }
                return nil
            case "couple":
                if word(s, i + 1) == "of" { return (2, i + 2) }
                return nil
            default: break
            }
        }
        guard let reading = numbers.read(s.tokens, at: i), !reading.hasScale || reading.value < 1e4 else { return nil }
        if t.kind == .number, t.integerDigits > 4 { return nil }
        var end = reading.end
        var value = reading.value
        // "five and a half"
        if word(s, end) == "and", word(s, end + 1) == "a", word(s, end + 2) == "half" {
            value += 0.5
            end += 3
        }
        return (value, end)
    }

    /// The unit word at `i` (after an optional hyphen handled by the caller).
    private func unitAt(_ s: State, _ i: Int) -> String? {
        guard let w = word(s, i), let unit = lexicon[w]?.unit else { return nil }
        return unit
    }

    static func durationValue(_ count: Double?, unit: String) -> String {
        guard var n = count else {
            switch unit {
            case "H": return "PTXH"
            case "MIN": return "PTXM"
            case "S": return "PTXS"
            case "DE": return "PXE"
            case "CE": return "PXC"
            case "WE": return "PXWE"
            case "FN": return "PXW"
            default: return "PX\(unit)"
            }
        }
        var u = unit
        switch unit {
        case "DE": n *= 10; u = "Y"
        case "CE": n *= 100; u = "Y"
        case "FN": n *= 2; u = "W"
        case "WE": n *= 2; u = "D"
        case "HY": n *= 6; u = "M"
        default: break
        }
        if n != n.rounded() {
            switch u {
            case "Y":
                let years = Int(n), months = Int(((n - Double(years)) * 12).rounded())
                return years > 0 ? "P\(years)Y\(months)M" : "P\(months)M"
            case "M": n *= 30; u = "D"
            case "W": n *= 7; u = "D"
            case "D": n *= 24; u = "H"
            case "H":
                let hours = Int(n), minutes = Int(((n - Double(hours)) * 60).rounded())
                return hours > 0 ? "PT\(hours)H\(minutes)M" : "PT\(minutes)M"
            case "MIN":
                let minutes = Int(n), seconds = Int(((n - Double(minutes)) * 60).rounded())
                return minutes > 0 ? "PT\(minutes)M\(seconds)S" : "PT\(seconds)S"
            default: break
            }
        }
        let number = format(n)
        switch u {
        case "H": return "PT\(number)H"
        case "MIN": return "PT\(number)M"
        case "S": return "PT\(number)S"
        default: return "P\(number)\(u)"
        }
    }

    /// The value of an offset from the anchor ("three years ago" → year; "two weeks ago" → week).
    private func offsetValue(_ s: State, count: Double?, unit: String, direction: Int) -> (String, TemporalMatch.Granularity)? {
        guard let n = count else { return (direction < 0 ? "PAST_REF" : "FUTURE_REF", .other) }
        guard let anchor = s.anchor else { return nil }
        let k = Int(n.rounded()) * direction
        guard n == n.rounded() || unit == "Y" else { return nil }
        switch unit {
        case "Y":
            if n != n.rounded() { return (TimexResolver.month(anchor.year, anchor.month), .month) }
            if let q = s.quarterContext, k == -1 { return (TimexResolver.quarter(q.year - 1, q.quarter), .quarter) }
            return (TimexResolver.year(anchor.year + k), .year)
        case "DE": return (TimexResolver.year(anchor.year + 10 * k), .year)
        case "CE": return (TimexResolver.year(anchor.year + 100 * k), .year)
        case "M": return (TimexResolver.month(TimexResolver.addingMonths(anchor, k).year, TimexResolver.addingMonths(anchor, k).month), .month)
        case "Q":
            let date = TimexResolver.addingMonths(anchor, 3 * k)
            return (TimexResolver.quarter(date.year, TimexResolver.quarterOf(date.month)), .quarter)
        case "W", "FN": return (TimexResolver.week(anchor.adding(days: 7 * k * (unit == "FN" ? 2 : 1))), .week)
        case "D": return (TimexResolver.day(anchor.adding(days: k)), .day)
        case "WE": return (TimexResolver.week(anchor.adding(days: 7 * k)) + "-WE", .week)
        default: return (TimexResolver.day(anchor), .day)
        }
    }

    /// "five years", "10-year", "two weeks ago", "a year earlier", "the first nine months".
    private func counted(at i: Int, _ s: inout State) -> TemporalMatch? {
        guard let (value, countEnd) = count(s, i) else { return nil }
        var afterCount = countEnd
        // ranges of counts: "5-10 minutes", "two to three weeks" (TimeML keeps the lower bound)
        if afterCount + 1 < s.tokens.count, s.tokens[afterCount].lower == "-" || s.tokens[afterCount].lower == "to"
            || s.tokens[afterCount].lower == "or", value != nil,
           let (upper, afterUpper) = count(s, afterCount + 1), let u = upper, u > value!, unitAt(s, afterUpper) != nil,
           s.tokens[afterCount + 1].kind == s.tokens[i].kind {
            afterCount = afterUpper
        }
        var j = afterCount
        var hyphen = false
        if isText(s, j, "-"), !s.tokens[j].spaceBefore { j += 1; hyphen = true }
        if word(s, j) == "more" || word(s, j) == "additional" || word(s, j) == "full" || word(s, j) == "straight" { j += 1 }
        if value != nil, let w = word(s, j), w == "night" || w == "nights", s.tokens[i].lower != "a" {
            return TemporalMatch(start: i, end: j + 1, kind: .duration, value: TemporalGrammar.durationValue(value, unit: "D"))
        }
        if value != nil, let w = word(s, j), w == "h" || w == "min", !s.tokens[j].spaceBefore, s.tokens[i].kind == .number {
            return TemporalMatch(start: i, end: j + 1, kind: .duration,
                                 value: TemporalGrammar.durationValue(value, unit: w == "h" ? "H" : "MIN"))
        }
        if value != nil, j < s.tokens.count, s.tokens[j].kind == .word, !s.tokens[j].spaceBefore, s.tokens[i].kind == .number,
           s.tokens[j].capitalized, let unit = ["d": "D", "w": "W", "y": "Y"][s.tokens[j].lower],
           j + 1 >= s.tokens.count || s.tokens[j + 1].kind != .word {
            return TemporalMatch(start: i, end: j + 1, kind: .duration, value: TemporalGrammar.durationValue(value, unit: unit))
        }
        guard let unit = unitAt(s, j) else { return nil }
        let unitWord = s.tokens[j].lower
        if yearNumber(s, i) != nil, !unitWord.hasSuffix("s") { return nil }
        // "three-quarters of its food", "more than a quarter of the market": a fraction, not a period
        if unit == "Q", word(s, j + 1) == "of",
           !(word(s, j + 2) == "the" && ["year", "fiscal", "century"].contains(word(s, j + 3) ?? "")) && yearNumber(s, j + 2) == nil {
            return nil
        }
        // "a second round", "a second time": the ordinal before a noun
        if unitWord == "second", s.tokens[i].lower == "a", let next = word(s, j + 1),
           !["later", "ago", "earlier", "before", "after", "and", "or", "of", "to", "in", "for", "or"].contains(next) { return nil }
        j += 1
        let isA = s.tokens[i].lower == "a" || s.tokens[i].lower == "an"
        // "a decades-long feud": the article belongs to the noun, not to a plural unit
        if isA, countEnd == i + 1, unitWord.hasSuffix("s") { return nil }
        // "a day" after a rate: "$5 a day", "twice a year" → set
        if isA, i > 0, value == 1 {
            let previous = s.tokens[i - 1]
            if previous.kind == .number || previous.lower == "%" || ["times", "twice", "once", "percent", "cents", "dollars",
                                                                   "thrice", "hours", "miles", "barrels"].contains(previous.lower) {
                return TemporalMatch(start: i, end: j, kind: .set, value: TemporalGrammar.durationValue(1, unit: unit),
                                     granularity: .other)
            }
        }
        if value == nil && !unitWord.hasSuffix("s") { return nil }
        // ages: "45 years old", "a 10-year-old"
        if word(s, j) == "old" || (isText(s, j, "-") && word(s, j + 1) == "old") { return nil }
        if !hyphen, let dated = offsetFromReference(&s, start: i, count: value, unit: unit, at: j) { return dated }
        // offsets
        if let w = word(s, j), let direction = TemporalGrammar.agoWords[w] {
            // "two weeks before the election" is relative to an event, not the document date
            if w == "before" || w == "later" && hyphen { return nil }
            // "three days later", "a day earlier", "over an hour later" in a narrative count from the story's last event,
            // not from the document date: the amount of time is what the text gives
            if w == "later" || w == "earlier", ["D", "H", "MIN", "S", "W"].contains(unit) {
                return TemporalMatch(start: i, end: j, kind: .duration, value: TemporalGrammar.durationValue(value, unit: unit))
            }
            // "a year earlier" in a narrative is still resolved against the document date
            let end = j + 1
            guard let (v, granularity) = offsetValue(s, count: value, unit: unit, direction: direction) else { return nil }
            var match = TemporalMatch(start: i, end: end, kind: .date, value: v, granularity: granularity)
            match.isOffset = true
            return match
        }
        if word(s, j) == "from", word(s, j + 1) == "now" {
            guard let (v, granularity) = offsetValue(s, count: value, unit: unit, direction: 1) else { return nil }
            var match = TemporalMatch(start: i, end: j + 2, kind: .date, value: v, granularity: granularity)
            match.isOffset = true
            return match
        }
        if hyphen && !(s.tokens[i].kind == .number || numberWords[s.tokens[i].lower] != nil) { return nil }
        // "I will leave in two weeks": in a future clause, "in" + a period is the date it ends
        // (not for ranges: "fly to Moscow in 5-10 minutes" is how long it takes)
        if !hyphen, i > 0, s.tokens[i - 1].lower == "in", afterCount == countEnd, let n = value, n == n.rounded(), let anchor = s.anchor,
           ["D", "W", "M", "Y", "H", "MIN"].contains(unit), tense(s, i, j) == .future {
            if unit == "H" || unit == "MIN" {
                let minutes = Int(n) * (unit == "H" ? 60 : 1)
                guard minutes < 24 * 60 else { return nil }
                let time = "\(TimexResolver.pad(minutes / 60, 2)):\(TimexResolver.pad(minutes % 60, 2)):00"
                var match = TemporalMatch(start: i, end: j, kind: .time, value: "\(anchor.description)T\(time)", granularity: .time)
                match.isOffset = true
                return match
            }
            if let date = shiftDate(anchor, by: Int(n), unit: unit) {
                var match = TemporalMatch(start: i, end: j, kind: .date, value: date.description, granularity: .day)
                match.isOffset = true
                return match
            }
        }
        var match = TemporalMatch(start: i, end: j, kind: .duration, value: TemporalGrammar.durationValue(value, unit: unit))
        if word(s, j) == "and", word(s, j + 1) == "a", word(s, j + 2) == "half", let v = value {
            match.value = TemporalGrammar.durationValue(v + 0.5, unit: unit)
            match.end = j + 3
        }
        return match
    }

    // MARK: "the …"

    private func theForms(at i: Int, _ s: inout State) -> TemporalMatch? {
        let j = i + 1
        // "the week of March 6", "the weekend of Halloween"
        if let week = weekOfDate(s, start: i, unitIndex: j) { return week }
        // "in the morning", "later in the afternoon"
        if j < s.tokens.count, let pod = partOfDay(at: j, &s) {
            return TemporalMatch(start: i, end: pod.end, kind: pod.kind, value: pod.value, granularity: .partOfDay)
        }
        // "the third month of 2021", "the 15th day of next month"
        if j < s.tokens.count, let inner = ordinalPeriod(at: j, &s), inner.granularity == .month || inner.granularity == .day {
            return TemporalMatch(start: i, end: inner.end, kind: inner.kind, value: inner.value, granularity: inner.granularity)
        }
        if let anchor = s.anchor, let unit = word(s, j), unit == "day" || unit == "week", let w = word(s, j + 1),
           w == "before" || w == "after" {
            let sign = w == "before" ? -1 : 1
            // "the day before last Tuesday('s hearing)", "the day after Christmas": a day next to a dated day
            if unit == "day", j + 2 < s.tokens.count, let inner = core(at: j + 2, &s), inner.granularity == .day,
               inner.value.utf8.count == 10, let date = CalendarDate(iso: inner.value) {
                return TemporalMatch(start: i, end: inner.end, kind: .date, value: date.adding(days: sign).description, granularity: .day)
            }
            // only "the day before yesterday", "the day after tomorrow", "the week after next": a bare "the day before"
            // is relative to an event of the story, not to the document date
            guard let next = word(s, j + 2), next == "yesterday" || next == "tomorrow" || next == "next" || next == "last" else {
                return nil
            }
            let steps = 2
            let end = j + 3
            if unit == "day" {
                return TemporalMatch(start: i, end: end, kind: .date, value: TimexResolver.day(anchor.adding(days: sign * steps)),
                                     granularity: .day)
            }
            return TemporalMatch(start: i, end: end, kind: .date, value: TimexResolver.week(anchor.adding(days: 7 * sign * steps)),
                                 granularity: .week)
        }
        if j < s.tokens.count, let week = weekOf(at: j, &s) {
            return TemporalMatch(start: i, end: week.end, kind: week.kind, value: week.value, granularity: week.granularity)
        }
        if j < s.tokens.count, let dated = dayMonth(at: j, &s) {
            return TemporalMatch(start: i, end: dated.end, kind: dated.kind, value: dated.value, granularity: dated.granularity)
        }
        // "on the 18th": a day of this month, or of the next when it has passed
        if i > 0, ["on", "by", "until", "till", "before", "after", "since"].contains(s.tokens[i - 1].lower),
           let (day, end) = dayNumber(s, j), end > j, s.tokens[j].kind == .number ? end == j + 2 : true,
           end >= s.tokens.count || s.tokens[end].kind == .punct, let anchor = s.anchor {
            var date = CalendarDate.isValid(year: anchor.year, month: anchor.month, day: day)
                ? CalendarDate(year: anchor.year, month: anchor.month, day: day) : nil
            if date == nil || date! < anchor && tense(s, i, end) != .past {
                let next = TimexResolver.addingMonths(CalendarDate(year: anchor.year, month: anchor.month, day: 1), 1)
                date = CalendarDate.isValid(year: next.year, month: next.month, day: day)
                    ? CalendarDate(year: next.year, month: next.month, day: day) : nil
            }
            if let date { return TemporalMatch(start: i, end: end, kind: .date, value: date.description, granularity: .day) }
        }
        if let y = yearNumber(s, j) {
            // "the 1988 period", "the 1988 third quarter", "the 1990s"
            if let next = word(s, j + 1), next == "period" || next == "quarter" {
                let value = s.quarterContext.map { TimexResolver.quarter(y, $0.quarter) } ?? TimexResolver.year(y)
                return TemporalMatch(start: i, end: j + 2, kind: .date, value: value, granularity: .year)
            }
            if let quarter = ordinalPeriod(at: j + 1, &s), quarter.granularity == .quarter, let q = quarterOf(quarter.value) {
                return TemporalMatch(start: i, end: quarter.end, kind: .date, value: TimexResolver.quarter(y, q.1), granularity: .quarter)
            }
        }
        if word(s, j) == "fiscal" || word(s, j) == "full" || word(s, j) == "calendar" || word(s, j) == "current" && word(s, j + 1) == "fiscal" {
            var k = j + 1
            if word(s, k) == "fiscal" { k += 1 }
            if word(s, k) == "year", let anchor = s.anchor {
                return TemporalMatch(start: i, end: k + 1, kind: .date, value: TimexResolver.year(anchor.year), granularity: .year)
            }
            if let inner = ordinalPeriod(at: k, &s) {
                return TemporalMatch(start: i, end: inner.end, kind: inner.kind, value: inner.value, granularity: inner.granularity)
            }
        }
        if word(s, j) == "latest" || (word(s, j) == "most" && word(s, j + 1) == "recent") {
            let k = word(s, j) == "latest" ? j + 1 : j + 2
            if let next = word(s, k), next == "quarter" || next == "period", let anchor = s.anchor {
                let previous = TimexResolver.addingMonths(anchor, -3)
                let q = s.quarterContext.map { latestQuarter($0.quarter, anchor: anchor) } ?? (previous.year, TimexResolver.quarterOf(previous.month))
                return TemporalMatch(start: i, end: k + 1, kind: .date, value: TimexResolver.quarter(q.0, q.1), granularity: .quarter)
            }
        }
        if word(s, j) == "near" || word(s, j) == "foreseeable" || word(s, j) == "distant", word(s, j + 1) == "future" {
            return TemporalMatch(start: i, end: j + 2, kind: .date, value: "FUTURE_REF")
        }
        if let w = word(s, j), w == "following" || w == "previous" || w == "preceding", word(s, j + 1) == "year",
           let reference = s.lastYear {
            return TemporalMatch(start: i, end: j + 2, kind: .date, value: TimexResolver.year(reference + (w == "following" ? 1 : -1)),
                                 granularity: .year)
        }
        // "the nine months", "the four days", "the early 1980s"
        if let inner = counted(at: j, &s), inner.kind == .duration {
            return TemporalMatch(start: i, end: inner.end, kind: .duration, value: inner.value)
        }
        if word(s, j).map({ lexicon[$0]?.modifier != nil && $0 != "end" && $0 != "beginning" && $0 != "start" }) == true,
           var inner = positioned(at: j, &s), inner.granularity == .decade || inner.granularity == .century || inner.granularity == .season {
            inner.start = i
            return inner
        }
        if let w = word(s, j), let decade = lexicon[w]?.decade {
            return TemporalMatch(start: i, end: j + 1, kind: .date, value: decade, granularity: .decade)
        }
        if j < s.tokens.count, s.tokens[j].kind != .word, let inner = core(at: j, &s),
           inner.granularity == .decade || inner.granularity == .century || inner.granularity == .quarter {
            return TemporalMatch(start: i, end: inner.end, kind: inner.kind, value: inner.value, granularity: inner.granularity)
        }
        guard let w = word(s, j) else { return nil }
        if w == "future" || w == "past" || w == "present" {
            if w == "past" || w == "present" {
                // "the past two months" is a duration, handled below
                if lexicon[word(s, j + 1) ?? ""]?.unit == nil && count(s, j + 1) == nil {
                    return TemporalMatch(start: i, end: j + 1, kind: .date, value: w == "past" ? "PAST_REF" : "PRESENT_REF")
                }
            } else {
                return TemporalMatch(start: i, end: j + 1, kind: .date, value: "FUTURE_REF")
            }
        }
        // "the past/last/next/coming/first N units", "the past year"
        if let entry = lexicon[w], entry.shift != nil || entry.ordinal != nil || w == "first" || w == "latest" || w == "same" {
            var k = j + 1
            if let (value, afterCount) = count(s, k), afterCount > k, s.tokens[k].lower != "a" {
                k = afterCount
                if word(s, k) == "full" || word(s, k) == "more" { k += 1 }
                if let unit = unitAt(s, k) {
                    return TemporalMatch(start: i, end: k + 1, kind: .duration,
                                         value: TemporalGrammar.durationValue(value, unit: unit))
                }
                return nil
            }
            if let unit = unitAt(s, k), let shift = entry.shift ?? (w == "latest" ? 0 : nil) {
                let plural = s.tokens[k].lower.hasSuffix("s")
                if plural {
                    return TemporalMatch(start: i, end: k + 1, kind: .duration,
                                         value: TemporalGrammar.durationValue(nil, unit: unit))
                }
                if w == "latest" || (w == "past" || w == "last") && unit == "Q" {
                    if unit == "Q", let anchor = s.anchor {
                        let date = TimexResolver.addingMonths(anchor, -3)
                        return TemporalMatch(start: i, end: k + 1, kind: .date,
                                             value: TimexResolver.quarter(date.year, TimexResolver.quarterOf(date.month)),
                                             granularity: .quarter)
                    }
                }
                if (w == "past" || w == "last") && unit != "Y" {
                    return TemporalMatch(start: i, end: k + 1, kind: .duration, value: TemporalGrammar.durationValue(1, unit: unit))
                }
                if let match = shiftedUnit(s, start: i, unitIndex: k, unit: unit, shift: shift) { return match }
            }
            if entry.shift != nil, let inner = shifted(at: j, &s) {
                return TemporalMatch(start: i, end: inner.end, kind: inner.kind, value: inner.value, granularity: inner.granularity)
            }
        }
        // "the 1990s", "the '90s", "the 20th century", "the third quarter", "the year-ago quarter"
        if let inner = core(at: j, &s), inner.granularity == .decade || inner.granularity == .century
            || inner.granularity == .quarter || inner.granularity == .half || inner.kind == .set {
            return TemporalMatch(start: i, end: inner.end, kind: inner.kind, value: inner.value, granularity: inner.granularity)
        }
        // "the year", "the quarter", "the week", "the weekend", "the month"
        if let unit = unitAt(s, j), !s.tokens[j].lower.hasSuffix("s"), let anchor = s.anchor {
            switch unit {
            case "Q":
                let date = tense(s, i, j + 1) == .future ? anchor : TimexResolver.addingMonths(anchor, -3)
                let q = s.quarterContext.map { latestQuarter($0.quarter, anchor: anchor) } ?? (date.year, TimexResolver.quarterOf(date.month))
                return TemporalMatch(start: i, end: j + 1, kind: .date, value: TimexResolver.quarter(q.0, q.1), granularity: .quarter)
            case "WE":
                let t = tense(s, i, j + 1)
                let saturday = s.resolver.weekday(6, tense: t == .future ? .future : .past) ?? anchor
                return TemporalMatch(start: i, end: j + 1, kind: .date, value: TimexResolver.week(saturday) + "-WE", granularity: .week)
            default: return nil
            }
        }
        return nil
    }

    // MARK: Shifts: last/next/this + unit, month, weekday, season

    private func shiftedUnit(_ s: State, start: Int, unitIndex k: Int, unit: String, shift: Int) -> TemporalMatch? {
        guard let anchor = s.anchor else { return nil }
        let end = k + 1
        switch unit {
        case "Y": return TemporalMatch(start: start, end: end, kind: .date, value: TimexResolver.year(anchor.year + shift), granularity: .year)
        case "M":
            let d = TimexResolver.addingMonths(anchor, shift)
            return TemporalMatch(start: start, end: end, kind: .date, value: TimexResolver.month(d.year, d.month), granularity: .month)
        case "W": return TemporalMatch(start: start, end: end, kind: .date, value: TimexResolver.week(anchor.adding(days: 7 * shift)), granularity: .week)
        case "D": return TemporalMatch(start: start, end: end, kind: .date, value: TimexResolver.day(anchor.adding(days: shift)), granularity: .day)
        case "Q":
            let d = TimexResolver.addingMonths(anchor, 3 * shift)
            return TemporalMatch(start: start, end: end, kind: .date, value: TimexResolver.quarter(d.year, TimexResolver.quarterOf(d.month)), granularity: .quarter)
        case "DE": return TemporalMatch(start: start, end: end, kind: .date, value: String((anchor.year + 10 * shift) / 10), granularity: .decade)
        case "CE": return TemporalMatch(start: start, end: end, kind: .date, value: String((anchor.year + 100 * shift) / 100), granularity: .century)
        case "WE":
            let base: CalendarDate
            if shift == 0 {
                base = anchor.weekday >= 6 ? anchor : anchor.adding(days: 6 - anchor.weekday)
            } else if shift < 0 {
                base = s.resolver.weekday(6, tense: .past).map { $0 == anchor ? $0.adding(days: -7) : $0 } ?? anchor
            } else {
                base = s.resolver.weekdayAfter(6) ?? anchor
            }
            return TemporalMatch(start: start, end: end, kind: .date, value: TimexResolver.week(base) + "-WE", granularity: .week)
        case "H", "MIN", "S": return nil
        default: return nil
        }
    }

    private func shifted(at i: Int, _ s: inout State) -> TemporalMatch? {
        guard let w = word(s, i), let shift = lexicon[w]?.shift else { return nil }
        var j = i + 1
        if w == "this", word(s, j) == "past" || word(s, j) == "coming" || word(s, j) == "upcoming" { j += 1 }
        let effectiveShift = w == "this" && word(s, i + 1) == "past" ? -1
            : (w == "this" && (word(s, i + 1) == "coming" || word(s, i + 1) == "upcoming") ? 1 : shift)
        guard let next = word(s, j), let entry = lexicon[next] else { return nil }
        if let unit = entry.unit, unit == "W", let anchor = s.anchor {
            var k = j + 1
            if isText(s, k, "-") || isText(s, k, ",") || word(s, k) == "on" { k += 1 }
            if let dayWord = word(s, k), let weekday = lexicon[dayWord]?.weekday {
                let monday = anchor.adding(days: 7 * effectiveShift - (anchor.weekday - 1))
                let date = TimexResolver.day(monday.adding(days: weekday - 1))
                let end = skipPeriod(s, k + 1)
                if let time = attachedClock(s, after: end) {
                    return TemporalMatch(start: i, end: time.end, kind: .time, value: "\(date)T\(time.value)", granularity: .time)
                }
                return TemporalMatch(start: i, end: end, kind: .date, value: date, granularity: .day)
            }
        }
        if let unit = entry.unit {
            if s.tokens[j].lower.hasSuffix("s") && unit != "WE" {
                // "past years", "coming weeks"
                if w == "past" || w == "coming" || w == "next" || w == "last" {
                    return TemporalMatch(start: i, end: j + 1, kind: .duration, value: TemporalGrammar.durationValue(nil, unit: unit))
                }
                return nil
            }
            if w == "past" && unit != "Y" {
                return TemporalMatch(start: i, end: j + 1, kind: .duration, value: TemporalGrammar.durationValue(1, unit: unit))
            }
            if w == "current" || w == "present" || w == "this" || shift != 0 || effectiveShift != 0 {
                return shiftedUnit(s, start: i, unitIndex: j, unit: unit, shift: effectiveShift)
            }
        }
        guard let anchor = s.anchor else { return nil }
        if let month = entry.month, monthName(s, j, standalone: false) != nil,
           !((next == "may" || next == "march") && !s.tokens[j].capitalized) {
            let end = skipPeriod(s, j + 1)
            if let (day, afterDay) = dayNumber(s, end), s.tokens[end].kind == .number, effectiveShift != 0 || w == "this" {
                // "last Oct. 23": the most recent such date; "next May 5": the coming one
                for year in [anchor.year - 1, anchor.year, anchor.year + 1] where CalendarDate.isValid(year: year, month: month, day: day) {
                    let date = CalendarDate(year: year, month: month, day: day)
                    let fits = effectiveShift < 0 ? date < anchor && CalendarDate(year: year + 1, month: month, day: min(day, 28)) >= anchor
                        : effectiveShift > 0 ? date > anchor && CalendarDate(year: year - 1, month: month, day: min(day, 28)) <= anchor
                        : year == anchor.year
                    if fits {
                        return TemporalMatch(start: i, end: afterDay, kind: .date, value: date.description, granularity: .day)
                    }
                }
            }
            let year: Int
            switch effectiveShift {
            case -1: year = month < anchor.month ? anchor.year : anchor.year - 1
            case 1: year = month > anchor.month ? anchor.year : anchor.year + 1
            default: year = w == "this" ? anchor.year : (s.resolver.yearForMonth(month, tense: tense(s, i, end)) ?? anchor.year)
            }
            return TemporalMatch(start: i, end: end, kind: .date, value: TimexResolver.month(year, month), granularity: .month)
        }
        if let weekday = entry.weekday, next.utf8.count > 4 {
            var date: CalendarDate
            switch effectiveShift {
            case -1:
                date = anchor.adding(days: -((anchor.weekday - weekday + 7) % 7))
                if date == anchor { date = date.adding(days: -7) }
            case 1 where w == "next":
                // "next Friday": the Friday of next week
                date = anchor.adding(days: 7 - (anchor.weekday - 1) + (weekday - 1))
            case 1:
                date = s.resolver.weekdayAfter(weekday) ?? anchor
            default:
                date = s.resolver.weekday(weekday, tense: tense(s, i, j + 1)) ?? anchor
            }
            var end = j + 1
            var value = TimexResolver.day(date)
            var kind = Timex.Kind.date
            if let pod = word(s, end), let code = lexicon[pod]?.partOfDay {
                value += "T\(code)"
                kind = .time
                end += 1
            }
            return TemporalMatch(start: i, end: end, kind: kind, value: value, granularity: kind == .time ? .time : .day)
        }
        if let season = entry.season {
            var year = s.resolver.yearForSeason(season, tense: effectiveShift < 0 ? .past : (effectiveShift > 0 ? .future : tense(s, i, j + 1))) ?? anchor.year
            if effectiveShift == 0 && w == "this" { year = anchor.year }
            if effectiveShift < 0, let current = s.resolver.yearForSeason(season, tense: .past), current == anchor.year,
               seasonContains(season, anchor.month) { year -= 1 }
            return TemporalMatch(start: i, end: j + 1, kind: .date, value: "\(TimexResolver.year(year))-\(season)", granularity: .season)
        }
        if let code = entry.partOfDay, w == "last", code == "NI" || code == "EV" {
            return TemporalMatch(start: i, end: j + 1, kind: .time, value: TimexResolver.day(anchor.adding(days: -1)) + "T\(code)",
                                 granularity: .time)
        }
        if let holidayMatch = holiday(at: j, &s), effectiveShift != 0, let date = CalendarDate(iso: holidayMatch.value) {
            // "last Thanksgiving", "next Christmas": the occurrence before or after the anchor
            var year = date.year
            if effectiveShift < 0 && date >= anchor { year -= 1 }
            if effectiveShift > 0 && date <= anchor { year += 1 }
            let value = holidayMatch.value.replacingOccurrences(of: String(date.year), with: TimexResolver.year(year))
            return TemporalMatch(start: i, end: holidayMatch.end, kind: .date, value: value, granularity: .day)
        }
        if let code = entry.partOfDay, w == "this" {
            if let time = attachedClock(s, after: j + 1) {
                return TemporalMatch(start: i, end: time.end, kind: .time, value: TimexResolver.day(anchor) + "T\(time.value)",
                                     granularity: .time)
            }
            return TemporalMatch(start: i, end: j + 1, kind: .time, value: TimexResolver.day(anchor) + "T\(code)", granularity: .time)
        }
        return nil
    }

    private func seasonContains(_ season: String, _ month: Int) -> Bool {
        switch season {
        case "SP": return (3...5).contains(month)
        case "SU": return (6...8).contains(month)
        case "FA": return (9...11).contains(month)
        default: return month == 12 || month <= 2
        }
    }

    // MARK: References, frequencies, ordinals, seasons, holidays

    private func reference(at i: Int, _ s: inout State) -> TemporalMatch? {
        guard let w = word(s, i) else { return nil }
        if let value = lexicon[w]?.reference {
            if w == "now" && isText(s, i - 1, "'") { return nil }
            // "current", "future" refer to a time only before the noun they qualify ("the current weakness", "future
            // losses", "Elian's future"), not as nouns of their own ("an electric current")
            if w == "current" {
                guard let next = word(s, i + 1), !["is", "was", "were", "are", "has", "had", "will", "would", "can", "could",
                                                    "may", "of", "in", "to", "and", "or", "from", "that", "which", "flows",
                                                    "flowed", "carried", "swept"].contains(next) else { return nil }
            }
            return TemporalMatch(start: i, end: i + 1, kind: .date, value: value)
        }
        return nil
    }

    private func frequency(at i: Int, _ s: inout State) -> TemporalMatch? {
        guard let w = word(s, i) else { return nil }
        if let value = lexicon[w]?.frequency {
            if w == "annual" { return nil }  // "annual report" is not a time expression
            return TemporalMatch(start: i, end: i + 1, kind: .set, value: value)
        }
        guard w == "every" || w == "each" || w == "per" || w == "a" else { return nil }
        var j = i + 1
        var n: Double = 1
        if w != "a", let (value, end) = count(s, j), let v = value, end > j, unitAt(s, end) != nil {
            n = v
            j = end
        } else if w != "a", word(s, j) == "other" {
            n = 2
            j += 1
        }
        guard let next = word(s, j), let entry = lexicon[next] else { return nil }
        if let unit = entry.unit {
            if w == "a" {
                // "once a week", "twice a year"
                guard i > 0, ["once", "twice", "thrice", "times"].contains(s.tokens[i - 1].lower) else { return nil }
            }
            let start = w == "a" && i > 0 && s.tokens[i - 1].lower != "times" ? i - 1 : i
            let value = unit == "Q" ? "P3M" : (unit == "WE" ? "XXXX-WXX-WE" : TemporalGrammar.durationValue(n, unit: unit))
            if unit == "D", n == 1, let time = attachedClock(s, after: j + 1) {
                return TemporalMatch(start: start, end: time.end, kind: .set, value: "T\(time.value)")  // "every day at 7 p.m."
            }
            return TemporalMatch(start: start, end: j + 1, kind: .set, value: value)
        }
        guard w != "a" && w != "per" else { return nil }
        if let weekday = entry.weekday, next.utf8.count > 4 {
            var end = j + 1
            var value = "XXXX-WXX-\(weekday)"
            if let time = attachedClock(s, after: end) {
                return TemporalMatch(start: i, end: time.end, kind: .set, value: value + "T\(time.value)")
            }
            if let pod = word(s, end), let code = lexicon[pod]?.partOfDay {
                value += "T\(code)"
                end += 1
            }
            return TemporalMatch(start: i, end: end, kind: .set, value: value)
        }
        if let month = entry.month, monthName(s, j, standalone: false) != nil {
            return TemporalMatch(start: i, end: skipPeriod(s, j + 1), kind: .set, value: "XXXX-\(TimexResolver.pad(month, 2))")
        }
        if let code = entry.partOfDay {
            if let time = attachedClock(s, after: j + 1) {
                return TemporalMatch(start: i, end: time.end, kind: .set, value: "T\(time.value)")
            }
            return TemporalMatch(start: i, end: j + 1, kind: .set, value: "XXXX-XX-XXT\(code)")
        }
        if let season = entry.season {
            return TemporalMatch(start: i, end: j + 1, kind: .set, value: "XXXX-\(season)")
        }
        return nil
    }

    /// "the third quarter", "third-quarter", "the first half of 1990", "the 20th century", "first nine months".
    private func ordinalPeriod(at i: Int, _ s: inout State) -> TemporalMatch? {
        var ordinal: Int
        var j: Int
        if let w = word(s, i), w == "twenty" || w == "thirty", let (day, end) = dayNumber(s, i), end > i + 1 {
            ordinal = day
            j = end
        } else if let w = word(s, i), let value = lexicon[w]?.ordinal {
            ordinal = value
            j = i + 1
        } else if i + 1 < s.tokens.count, s.tokens[i].kind == .number, s.tokens[i].integerDigits <= 2, !s.tokens[i].hasSeparator,
                  let suffix = word(s, i + 1), !s.tokens[i + 1].spaceBefore, ["st", "nd", "rd", "th"].contains(suffix) {
            ordinal = Int(s.tokens[i].number)
            j = i + 2
        } else {
            return nil
        }
        if isText(s, j, "-"), !s.tokens[j].spaceBefore { j += 1 }
        if word(s, j) == "fiscal" || word(s, j) == "calendar" { j += 1 }
        guard let next = word(s, j) else { return nil }
        let isHalf = next == "half"
        let unit = lexicon[next]?.unit
        guard isHalf || unit == "Q" || unit == "CE" || unit == "W" || unit == "D" || unit == "M" || unit == "Y" else {
            // "the first nine months"
            if let (value, end) = count(s, j), let u = unitAt(s, end), value != nil, ordinal == 1 || ordinal == -1 {
                return TemporalMatch(start: i, end: end + 1, kind: .duration, value: TemporalGrammar.durationValue(value, unit: u))
            }
            return nil
        }
        j += 1
        if unit == "D", next == "day", ordinal >= 1, ordinal <= 31, word(s, j) == "of" {
            // "the 15th day of next month", "the twenty-sixth day of the month", "the 23rd day of September"
            var k = j + 1
            var month: (Int, Int)?
            if let anchor = s.anchor, word(s, k) == "the", word(s, k + 1) == "month" {
                month = (anchor.year, anchor.month)
                k += 2
            } else if let anchor = s.anchor, let shiftWord = word(s, k), let shift = lexicon[shiftWord]?.shift, word(s, k + 1) == "month" {
                let d = TimexResolver.addingMonths(CalendarDate(year: anchor.year, month: anchor.month, day: 1), shift)
                month = (d.year, d.month)
                k += 2
            } else if k < s.tokens.count, let inner = monthForms(at: k, &s), inner.granularity == .month {
                let parts = inner.value.split(separator: "-").compactMap { Int($0) }
                if parts.count == 2 { month = (parts[0], parts[1]); k = inner.end }
            }
            guard let (y, m) = month, CalendarDate.isValid(year: y, month: m, day: ordinal) else { return nil }
            return TemporalMatch(start: i, end: k, kind: .date, value: CalendarDate(year: y, month: m, day: ordinal).description,
                                 granularity: .day)
        }
        // optional "of 1990" / "of this year" / "of next year"
        var year: Int? = nil
        if word(s, j) == "of" || isText(s, j, ",") {
            if let y = yearNumber(s, j + 1) { year = y; j += 2 }
            else if let shiftWord = word(s, j + 1), let shift = lexicon[shiftWord]?.shift, word(s, j + 2) == "year", let anchor = s.anchor {
                year = anchor.year + shift
                j += 3
            }
        } else if let y = yearNumber(s, j) {
            year = y
            j += 1
        }
        if unit == "M", ordinal >= 1, ordinal <= 12, let y = year {
            return TemporalMatch(start: i, end: j, kind: .date, value: TimexResolver.month(y, ordinal), granularity: .month)
        }
        if unit == "CE" {
            guard ordinal > 0 else { return nil }
            return TemporalMatch(start: i, end: j, kind: .date, value: TimexResolver.pad(ordinal - 1, 2), granularity: .century)
        }
        guard let anchor = s.anchor ?? (year.map { CalendarDate(year: $0, month: 1, day: 1) }) else { return nil }
        if isHalf {
            guard ordinal == 1 || ordinal == 2 || ordinal == -1 else { return nil }
            let half = ordinal == 1 ? 1 : 2
            return TemporalMatch(start: i, end: j, kind: .date, value: "\(TimexResolver.year(year ?? anchor.year))-H\(half)",
                                 granularity: .half)
        }
        if unit == "Q" {
            guard ordinal >= 1 && ordinal <= 4 || ordinal == -1 else { return nil }
            let q = ordinal == -1 ? 4 : ordinal
            var y = year ?? anchor.year
            if year == nil, q > TimexResolver.quarterOf(anchor.month), tense(s, i, j) == .past { y -= 1 }
            return TemporalMatch(start: i, end: j, kind: .date, value: TimexResolver.quarter(y, q), granularity: .quarter)
        }
        return nil
    }

    private func season(at i: Int, _ s: inout State) -> TemporalMatch? {
        guard let w = word(s, i), let season = lexicon[w]?.season else { return nil }
        if let y = yearNumber(s, i + 1) {
            return TemporalMatch(start: i, end: i + 2, kind: .date, value: "\(TimexResolver.year(y))-\(season)", granularity: .season)
        }
        guard i > 0, let previous = word(s, i - 1), ["the", "this", "in", "during", "since", "until", "by", "early", "late",
                                                      "mid", "of", "next", "last", "past"].contains(previous) else { return nil }
        if w == "fall" && !(previous == "the" || previous == "this" || previous == "early" || previous == "late") { return nil }
        guard let y = s.resolver.yearForSeason(season, tense: tense(s, i, i + 1)) else {
            return TemporalMatch(start: i, end: i + 1, kind: .date, value: "XXXX-\(season)", granularity: .season)
        }
        return TemporalMatch(start: i, end: i + 1, kind: .date, value: "\(TimexResolver.year(y))-\(season)", granularity: .season)
    }

    /// A holiday, or the week or weekend of one: "Easter week", "Labor Day weekend".
    private func holiday(at i: Int, _ s: inout State) -> TemporalMatch? {
        guard let match = holidayDate(at: i, &s) else { return nil }
        guard let w = word(s, match.end), w == "week" || w == "weekend", match.value.utf8.count == 10,
              let date = CalendarDate(iso: match.value) else { return match }
        let value = w == "week" ? TimexResolver.week(date) : TemporalGrammar.weekend(nearest: date)
        return TemporalMatch(start: i, end: match.end + 1, kind: .date, value: value, granularity: .week)
    }

    private func holidayDate(at i: Int, _ s: inout State) -> TemporalMatch? {
        // join up to four words with hyphens, apostrophes kept: "new year's day" → "new-year's-day"
        var candidates: [(String, Int)] = []
        var text = ""
        var j = i
        while j < s.tokens.count && candidates.count < 4 {
            guard let w = word(s, j) else { break }
            text += text.isEmpty ? w : "-" + w
            j += 1
            if isText(s, j, "'"), word(s, j + 1) == "s" { text += "'s"; j += 2 }
            candidates.append((text, j))
        }
        for (key, end) in candidates.reversed() {
            guard let entry = lexicon[key] else { continue }
            var end = end
            if key == "christmas" || key == "thanksgiving", word(s, end) == "day" || word(s, end) == "eve" {
                if word(s, end) == "eve", key == "christmas" {
                    return resolveHoliday(s, i, end + 1, month: 12, day: 24)
                }
                end += 1
            }
            if let fixed = entry.holiday {
                let parts = fixed.split(separator: "-").compactMap { Int($0) }
                guard parts.count == 2 else { continue }
                if let y = yearNumber(s, end) { return TemporalMatch(start: i, end: end + 1, kind: .date,
                                                                     value: CalendarDate(year: y, month: parts[0], day: parts[1]).description,
                                                                     granularity: .day) }
                return resolveHoliday(s, i, end, month: parts[0], day: parts[1])
            }
            if let rule = entry.movableHoliday {
                func day(_ year: Int) -> CalendarDate {
                    switch (rule.month, rule.nth) {
                    case (0, 0): return TimexResolver.easter(year)
                    case (0, 1): return TimexResolver.nthWeekday(year: year, month: 11, weekday: 4, nth: 4).adding(days: 1)
                    default: return TimexResolver.nthWeekday(year: year, month: rule.month, weekday: rule.weekday, nth: rule.nth)
                    }
                }
                if let y = yearNumber(s, end) {
                    return TemporalMatch(start: i, end: end + 1, kind: .date, value: day(y).description, granularity: .day)
                }
                guard let anchor = s.anchor else { continue }
                // the occurrence nearest to the anchor, the other direction than the tense's counting double or more
                let t = tense(s, i, end)
                var best: (score: Int, date: CalendarDate)?
                for year in (anchor.year - 1)...(anchor.year + 1) {
                    let date = day(year)
                    let distance = date.dayNumber - anchor.dayNumber
                    var score = abs(distance)
                    if t == .past && distance > 0 { score = score * 5 / 2 }
                    if t == .future && distance < 0 { score *= 3 }
                    if t == .unknown && distance > 0 { score *= 2 }
                    if best == nil || score < best!.score { best = (score, date) }
                }
                guard let date = best?.date else { continue }
                return TemporalMatch(start: i, end: end, kind: .date, value: date.description, granularity: .day)
            }
        }
        return nil
    }

    private func resolveHoliday(_ s: State, _ i: Int, _ end: Int, month: Int, day: Int) -> TemporalMatch? {
        guard let y = s.resolver.yearForMonth(month, day: day, tense: tense(s, i, end)) else {
            return TemporalMatch(start: i, end: end, kind: .date, value: "XXXX-\(TimexResolver.pad(month, 2))-\(TimexResolver.pad(day, 2))",
                                 granularity: .day)
        }
        return TemporalMatch(start: i, end: end, kind: .date, value: CalendarDate(year: y, month: month, day: day).description,
                             granularity: .day)
    }

    /// "recent years", "several weeks", "within days", "for years", "recent months", "a day-long meeting".
    private func vagueDuration(at i: Int, _ s: inout State) -> TemporalMatch? {
        guard let w = word(s, i) else { return nil }
        if let unit = lexicon[w]?.unit, isText(s, i + 1, "-"), word(s, i + 2) == "long", !s.tokens[i + 1].spaceBefore,
           !s.tokens[i + 2].spaceBefore, !(i > 1 && s.tokens[i - 1].lower == "-" && s.tokens[i - 2].kind == .number) {
            // "day-long", "decades-long": one unit, or an unknown number of them
            return TemporalMatch(start: i, end: i + 3, kind: .duration,
                                 value: TemporalGrammar.durationValue(w.hasSuffix("s") ? nil : 1, unit: unit))
        }
        if let unit = lexicon[w]?.unit {
            // a bare plural after a preposition: "within days", "for years", "in months"
            guard w.hasSuffix("s"), i > 0, let previous = word(s, i - 1),
                  ["within", "for", "in", "over", "after", "takes", "take", "took", "lasted", "last", "spent"].contains(previous),
                  word(s, i + 1) != "of" else { return nil }
            if isText(s, i + 1, "'") { return nil }
            return TemporalMatch(start: i, end: i + 1, kind: .duration, value: TemporalGrammar.durationValue(nil, unit: unit))
        }
        guard lexicon[w]?.vague == true, let next = word(s, i + 1), let unit = lexicon[next]?.unit, next.hasSuffix("s") else {
            return nil
        }
        if w == "recent" && unit == "Y" {
            return TemporalMatch(start: i, end: i + 2, kind: .duration, value: "PXY")
        }
        if word(s, i + 2) == "ago" {
            return TemporalMatch(start: i, end: i + 3, kind: .date, value: "PAST_REF", isOffset: true)
        }
        return TemporalMatch(start: i, end: i + 2, kind: .duration, value: TemporalGrammar.durationValue(nil, unit: unit))
    }

    /// "earlier this year", "later this month", "earlier today", "late last week".
    private func earlierThis(at i: Int, _ s: inout State) -> TemporalMatch? {
        guard let w = word(s, i), w == "earlier" || w == "later" else { return nil }
        guard i + 1 < s.tokens.count, var inner = core(at: i + 1, &s) else { return nil }
        guard inner.kind == .date || inner.kind == .time, inner.granularity != .other else { return nil }
        inner.modifier = w == "earlier" ? "EARLY" : "LATE"
        if inner.granularity != .day, lexicon[word(s, inner.start) ?? ""]?.shift != nil || word(s, inner.start) == "that" {
            inner.start = i
        }
        return inner
    }

    /// "year-ago", "year-earlier", "the year-ago quarter".
    private func yearAgoAdjective(at i: Int, _ s: inout State) -> TemporalMatch? {
        guard isText(s, i + 1, "-"), let w = word(s, i + 2), w == "ago" || w == "earlier", let anchor = s.anchor else { return nil }
        var end = i + 3
        var value = TimexResolver.year(anchor.year - 1)
        var granularity = TemporalMatch.Granularity.year
        if let q = s.quarterContext {
            value = TimexResolver.quarter(q.year - 1, q.quarter)
            granularity = .quarter
        }
        if let next = word(s, end), next == "quarter" || next == "period" {
            end += 1
        }
        var match = TemporalMatch(start: i, end: end, kind: .date, value: value, granularity: granularity)
        match.isOffset = true
        return match
    }

    // MARK: Day arithmetic and weeks

    /// A day of the month after a weekday: "Friday 7/6", "Monday 21", "Tuesday the eleventh" → the date near the anchor
    /// whose weekday matches.
    private func weekdayWithDay(_ s: State, weekday: Int, at k: Int, anchor: CalendarDate,
                                afterComma: Bool) -> (value: String, end: Int)? {
        guard k < s.tokens.count else { return nil }
        // numeric month/day
        if s.tokens[k].kind == .number, s.tokens[k].integerDigits <= 2, k + 2 < s.tokens.count,
           isText(s, k + 1, "/") || isText(s, k + 1, "-") || (s.tokens[k].hasSeparator == false && isText(s, k + 1, ".")),
           !s.tokens[k + 1].spaceBefore, s.tokens[k + 2].kind == .number, !s.tokens[k + 2].spaceBefore {
            let m = Int(s.tokens[k].number), d = Int(s.tokens[k + 2].number)
            guard m >= 1, m <= 12, d >= 1, d <= 31 else { return nil }
            let y = s.resolver.yearForMonth(m, day: d, tense: .unknown) ?? anchor.year
            guard CalendarDate.isValid(year: y, month: m, day: d) else { return nil }
            return (CalendarDate(year: y, month: m, day: d).description, k + 3)
        }
        if s.tokens[k].kind == .number, s.tokens[k].hasSeparator, s.tokens[k].integerDigits <= 2 {
            // "7.6"
            let m = Int(s.tokens[k].number)
            let d = Int(((s.tokens[k].number - Double(m)) * 10).rounded())
            guard m >= 1, m <= 12, d >= 1 else { return nil }
            let y = s.resolver.yearForMonth(m, day: d, tense: .unknown) ?? anchor.year
            guard CalendarDate.isValid(year: y, month: m, day: d) else { return nil }
            return (CalendarDate(year: y, month: m, day: d).description, k + 1)
        }
        guard !afterComma else { return nil }
        var j = k
        if word(s, j) == "the" { j += 1 }
        guard let (day, end) = dayNumber(s, j), lexicon[word(s, end) ?? ""]?.month == nil, word(s, end) != "of" else { return nil }
        if j == k, s.tokens[j].kind == .number, end == j + 1, day <= 12 { return nil }  // "Wednesday 4 o'clock"
        if s.tokens[j].kind == .number, j == k, end < s.tokens.count, s.tokens[end].kind == .word,
           lexicon[s.tokens[end].lower]?.unit != nil { return nil }
        // the nearest date with this day of the month and weekday
        var best: CalendarDate?
        for offset in -14...14 {
            let m = TimexResolver.addingMonths(CalendarDate(year: anchor.year, month: anchor.month, day: 1), offset)
            guard CalendarDate.isValid(year: m.year, month: m.month, day: day) else { continue }
            let date = CalendarDate(year: m.year, month: m.month, day: day)
            guard date.weekday == weekday else { continue }
            if best == nil || abs(date.dayNumber - anchor.dayNumber) < abs(best!.dayNumber - anchor.dayNumber) { best = date }
        }
        return best.map { ($0.description, end) }
    }

    /// Adds a count of units to a date.
    private func shiftDate(_ date: CalendarDate, by n: Int, unit: String) -> CalendarDate? {
        switch unit {
        case "D": return date.adding(days: n)
        case "W": return date.adding(days: 7 * n)
        case "FN": return date.adding(days: 14 * n)
        case "M": return TimexResolver.addingMonths(date, n)
        case "Q": return TimexResolver.addingMonths(date, 3 * n)
        case "Y": return TimexResolver.addingMonths(date, 12 * n)
        case "DE": return TimexResolver.addingMonths(date, 120 * n)
        default: return nil
        }
    }

    /// "three weeks from tomorrow", "2 weeks before Christmas", "3 days after January 12th".
    private func offsetFromReference(_ s: inout State, start i: Int, count: Double?, unit: String, at j: Int) -> TemporalMatch? {
        guard let n = count, n == n.rounded(), let w = word(s, j), w == "from" || w == "after" || w == "before",
              j + 1 < s.tokens.count else { return nil }
        let reference: (value: String, end: Int)?
        if let r = word(s, j + 1), r == "now", let anchor = s.anchor { reference = (anchor.description, j + 2) }
        else if let inner = core(at: j + 1, &s), inner.granularity == .day, CalendarDate(iso: inner.value) != nil,
                inner.value.utf8.count == 10 { reference = (inner.value, inner.end) }
        else { reference = nil }
        guard let (value, end) = reference, let base = CalendarDate(iso: value),
              let date = shiftDate(base, by: Int(n) * (w == "before" ? -1 : 1), unit: unit) else { return nil }
        var match = TemporalMatch(start: i, end: end, kind: .date, value: date.description, granularity: .day)
        match.isOffset = true
        return match
    }

    /// "the first week of 2015", "last week of Dec 2016", "3rd week of Jan".
    private func weekOf(at i: Int, _ s: inout State) -> TemporalMatch? {
        var ordinal: Int?
        var j = i
        if let w = word(s, j), let value = lexicon[w]?.ordinal { ordinal = value; j += 1 }
        else if s.tokens[j].kind == .number, s.tokens[j].integerDigits == 1, let suffix = word(s, j + 1),
                ["st", "nd", "rd", "th"].contains(suffix) { ordinal = Int(s.tokens[j].number); j += 2 }
        guard let n = ordinal, word(s, j) == "week", word(s, j + 1) == "of" else { return nil }
        let k = j + 2
        guard k < s.tokens.count, let period = core(at: k, &s) else { return nil }
        let parts = period.value.split(separator: "-").compactMap { Int($0) }
        let first: CalendarDate
        let last: CalendarDate
        if period.granularity == .year, parts.count == 1 {
            first = CalendarDate(year: parts[0], month: 1, day: 1)
            last = CalendarDate(year: parts[0], month: 12, day: 31)
        } else if period.granularity == .month, parts.count == 2 {
            first = CalendarDate(year: parts[0], month: parts[1], day: 1)
            last = CalendarDate(year: parts[0], month: parts[1], day: CalendarDate.daysIn(month: parts[1], year: parts[0]))
        } else {
            return nil
        }
        // weeks are counted from the first Thursday of the period (ISO style)
        let day = n > 0 ? first.adding(days: (4 - first.weekday + 7) % 7 + 7 * (n - 1))
            : last.adding(days: -((last.weekday - 4 + 7) % 7))
        return TemporalMatch(start: i, end: period.end, kind: .date, value: TimexResolver.week(day), granularity: .week)
    }

    /// The most recent quarter `q` that has started by the anchor date.
    private func latestQuarter(_ q: Int, anchor: CalendarDate) -> (Int, Int) {
        q <= TimexResolver.quarterOf(anchor.month) ? (anchor.year, q) : (anchor.year - 1, q)
    }

    // MARK: Parts of the day, current periods, coordinated and anaphoric dates

    /// The period of the anchor a unit names: its year, month or ISO week.
    private func currentPeriod(_ s: State, unit: String, start: Int, end: Int) -> TemporalMatch? {
        guard let anchor = s.anchor else { return nil }
        switch unit {
        case "Y": return TemporalMatch(start: start, end: end, kind: .date, value: TimexResolver.year(anchor.year), granularity: .year)
        case "M": return TemporalMatch(start: start, end: end, kind: .date, value: TimexResolver.month(anchor.year, anchor.month),
                                       granularity: .month)
        case "W": return TemporalMatch(start: start, end: end, kind: .date, value: TimexResolver.week(anchor), granularity: .week)
        default: return nil
        }
    }

    /// A part of the day named alone after "in (the)", "early", "late": "in the morning", "early evening" → that part of the
    /// document date.
    private func partOfDay(at i: Int, _ s: inout State) -> TemporalMatch? {
        guard let w = word(s, i), let code = lexicon[w]?.partOfDay, !w.hasSuffix("s"), w != "overnight", i > 0 else { return nil }
        var p = i - 1
        if word(s, p) == "the" { p -= 1 }
        guard p >= 0, let previous = word(s, p) else { return nil }
        guard previous == "in" || p == i - 1 && (previous == "early" || previous == "late") else { return nil }
        // "in the morning of March 3", "in the evening news", "early morning raids": not a time of the document date
        if let next = word(s, i + 1), next == "of" || next == "news" || next == "paper" || next == "edition" || next == "raid"
            || next == "raids" || next == "flight" || next == "flights" || next == "session" || next == "sessions" || next == "hours" {
            return nil
        }
        let value = s.anchor.map { "\($0.description)T\(code)" } ?? "T\(code)"
        return TemporalMatch(start: i, end: i + 1, kind: .time, value: value, granularity: .partOfDay)
    }

    /// "everyday" as an adverb: "I run everyday", "everyday at 6am" (not "an everyday routine").
    private func everyday(at i: Int, _ s: inout State) -> TemporalMatch? {
        if i > 0, let previous = word(s, i - 1), previous == "an" || previous == "a" || previous == "the" || previous == "our"
            || previous == "their" || previous == "his" || previous == "her" || previous == "its" || previous == "my" { return nil }
        if let time = attachedClock(s, after: i + 1) {
            return TemporalMatch(start: i, end: time.end, kind: .set, value: "T\(time.value)")
        }
        if i + 1 < s.tokens.count, s.tokens[i + 1].kind == .word, !s.tokens[i + 1].newlineBefore { return nil }
        return TemporalMatch(start: i, end: i + 1, kind: .set, value: "P1D")
    }

    /// "that year", "that same year": the year of the last date mentioned.
    private func thatYear(at i: Int, _ s: inout State) -> TemporalMatch? {
        var j = i + 1
        if word(s, j) == "same" { j += 1 }
        guard word(s, j) == "year", let year = s.lastYear, word(s, j + 1) != "-", !isText(s, j + 1, "'") else { return nil }
        return TemporalMatch(start: i, end: j + 1, kind: .date, value: TimexResolver.year(year), granularity: .year)
    }

    /// "the week of March 6", "the weekend of Halloween", "weekend of Thanksgiving 2023": the ISO week of a date, or the
    /// weekend nearest to it.
    private func weekOfDate(_ s: State, start: Int, unitIndex k: Int) -> TemporalMatch? {
        guard let unit = word(s, k), unit == "week" || unit == "weekend", word(s, k + 1) == "of", k + 2 < s.tokens.count else { return nil }
        var state = s
        guard let inner = core(at: k + 2, &state), inner.granularity == .day, inner.value.utf8.count == 10,
              let date = CalendarDate(iso: inner.value) else { return nil }
        let value = unit == "week" ? TimexResolver.week(date) : TemporalGrammar.weekend(nearest: date)
        return TemporalMatch(start: start, end: inner.end, kind: .date, value: value, granularity: .week)
    }

    /// The weekend (`YYYY-Www-WE`) whose Saturday is nearest to a date: a Monday holiday's weekend is the one before it,
    /// a Thursday's the one after.
    static func weekend(nearest date: CalendarDate) -> String {
        let after = date.adding(days: (6 - date.weekday + 7) % 7)
        let before = after.adding(days: -7)
        let saturday = after.dayNumber - date.dayNumber <= date.dayNumber - before.dayNumber ? after : before
        return TimexResolver.week(saturday) + "-WE"
    }

    /// "18 and 19 June": a day number joined to a following day-month date takes its month and year.
    private func coordinatedDay(at i: Int, day: Int, end: Int, _ s: inout State) -> TemporalMatch? {
        guard let joiner = word(s, end), joiner == "and" || joiner == "or", end + 1 < s.tokens.count,
              s.tokens[end + 1].kind == s.tokens[i].kind, let other = dayMonth(at: end + 1, &s), other.granularity == .day,
              other.value.utf8.count == 10 else { return nil }
        let parts = other.value.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, CalendarDate.isValid(year: parts[0], month: parts[1], day: day) else { return nil }
        return TemporalMatch(start: i, end: end, kind: .date, value: CalendarDate(year: parts[0], month: parts[1], day: day).description,
                             granularity: .day)
    }

    /// "April 24 and 25": a bare day number joined to a day date before it takes that date's month and year.
    private func followingDay(after match: TemporalMatch, _ s: State) -> TemporalMatch? {
        guard match.granularity == .day, match.kind == .date, match.value.utf8.count == 10,
              let joiner = word(s, match.end), joiner == "and" || joiner == "or",
              match.end + 1 < s.tokens.count, s.tokens[match.end + 1].kind == .number,
              let (day, end) = dayNumber(s, match.end + 1),
              end >= s.tokens.count || s.tokens[end].kind == .punct && s.tokens[end].lower != "%" && s.tokens[end].lower != ":"
                || ["in", "at", "on", "to", "for", "with", "when", "and", "or", "the", "as", "after", "before"].contains(s.tokens[end].lower) else {
            return nil
        }
        let parts = match.value.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, day > parts[2], CalendarDate.isValid(year: parts[0], month: parts[1], day: day) else { return nil }
        return TemporalMatch(start: match.end + 1, end: end, kind: .date,
                             value: CalendarDate(year: parts[0], month: parts[1], day: day).description, granularity: .day)
    }
}
