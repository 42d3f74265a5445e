import Model

/// Estimates the publication date of an undated article from its content: explicit dates and month-days said in the
/// past or future tense ("On January 12, negotiations were held", "talks to begin in January"), month mentions
/// ("in early December"), years combined with offsets ("since 2014" + "more than seven years ago"), weekdays of
/// reported events, and a scrape-header date ("Wednesday, May 25, 2022" alone on a line near the top), which is
/// taken as an upper bound, never as the publication date.
///
/// One shared implementation: the Extract stage calls it for pages without a date, the ``TemporalTagger`` for
/// documents without `metadata.published`. The result has source `.contentEstimate`, a confidence in 0…1 and a
/// short evidence string.
public struct DocumentDateEstimator: Sendable {
    private let grammar = TemporalGrammar()
    private let tenses = TenseDetector()

    public init() {}

    /// Confidence below which ``estimate(text:)`` returns nil: a page date from content should be likely right.
    public static let defaultMinimumConfidence = 0.5

    /// The estimated publication date, with `.contentEstimate` source, confidence and evidence; nil when the text
    /// gives nothing to go on or the estimate is less sure than ``defaultMinimumConfidence``.
    public func estimate(text: String) -> DateAttribution? {
        estimate(text: text, prior: nil, minimumConfidence: DocumentDateEstimator.defaultMinimumConfidence)
    }

    /// ``estimate(text:)`` for a page known to have been published no later than `notAfter` (its crawl date).
    public func estimate(text: String, notAfter: CalendarDate?) -> DateAttribution? {
        estimate(text: text, prior: nil, notAfter: notAfter, minimumConfidence: DocumentDateEstimator.defaultMinimumConfidence)
    }

    /// Evidence found in the text.
    struct Evidence {
        /// A dated or month-day event: month, day (nil for a month), year (nil when not written).
        struct Event { var year: Int?; var month: Int; var day: Int?; var tense: Tense; var modifier: String?; var text: String }
        var events: [Event] = []
        var pastYears: [Int] = []
        var yearOffsets: [(years: Int, moreThan: Bool, text: String)] = []
        var weekdays: [(weekday: Int, tense: Tense)] = []
        /// "Monday, Sept. 26": a weekday written with a month and day pins the year to a few candidates.
        var weekdayDates: [(weekday: Int, month: Int, day: Int)] = []
        /// A dateline: "BRUSSELS, February 10 (Xinhua) --" at the start of the text gives the day of publication.
        var dateline: (year: Int?, month: Int, day: Int, text: String)?
        var futureYears: [Int] = []
        var upperBound: CalendarDate?
        var upperBoundText: String?
    }

    /// Like ``estimate(text:)``, with an optional prior range (for example the dates of the other articles of the same
    /// story) that decides the year when the text alone does not.
    /// The best estimate whatever its confidence when `minimumConfidence` is 0 (the temporal tagger resolves against
    /// it and marks the values), else nil below it.
    /// `notAfter` is an upper bound known from outside the text (crawl date, WARC-Date): like a page header date, it
    /// bounds the estimate and settles the year when nothing else does, and is never taken as the date itself.
    public func estimate(text: String, prior: ClosedRange<CalendarDate>?, notAfter: CalendarDate? = nil,
                         minimumConfidence: Double = 0) -> DateAttribution? {
        let tokens = TextTokenizer.tokens(of: text)
        var evidence = collect(tokens, text: text)
        if let notAfter, evidence.upperBound.map({ notAfter < $0 }) ?? true {
            evidence.upperBound = notAfter
            evidence.upperBoundText = "crawled \(notAfter)"
        }
        guard let estimate = decide(evidence, prior: prior), estimate.confidence >= minimumConfidence else { return nil }
        return estimate
    }

    // MARK: - Evidence

    private func collect(_ tokens: [TextToken], text: String) -> Evidence {
        var evidence = Evidence()
        let unanchored = grammar.matches(tokens, resolver: TimexResolver(anchor: nil))
        let dummy = CalendarDate(year: 2000, month: 7, day: 1)
        let anchored = grammar.matches(tokens, resolver: TimexResolver(anchor: dummy))
        let bytes = Array(text.utf8)
        func snippet(_ match: TemporalMatch) -> String {
            String(decoding: bytes[tokens[match.start].start..<tokens[match.end - 1].end], as: UTF8.self)
        }
        for match in unanchored where match.kind == .date || match.kind == .time {
            let value = match.value
            let tense = tenses.tense(tokens, from: match.start, to: match.end)
            let parts = value.prefix(10).split(separator: "-").map(String.init)
            // a date alone on a short line near the top is a page header (the day the page was fetched)
            if parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
               isHeaderLine(tokens, match, lineLimit: 12) {
                let date = CalendarDate(year: y, month: m, day: d)
                if evidence.upperBound == nil || date < evidence.upperBound! {
                    evidence.upperBound = date
                    evidence.upperBoundText = snippet(match)
                }
                continue
            }
            if parts.count >= 2, parts[0] == "XXXX" || Int(parts[0]) != nil, let month = Int(parts[1]) {
                let day = parts.count >= 3 ? Int(parts[2]) : nil
                if parts.count >= 3 && day == nil { continue }
                if let day, evidence.dateline == nil, isDateline(tokens, match) {
                    evidence.dateline = (Int(parts[0]), month, day, snippet(match))
                    continue
                }
                evidence.events.append(.init(year: Int(parts[0]), month: month, day: day, tense: tense,
                                             modifier: match.modifier, text: snippet(match)))
                if let y = Int(parts[0]) {
                    if tense == .future { evidence.futureYears.append(y) } else { evidence.pastYears.append(y) }
                }
                if let day, parts[0] == "XXXX", tokens[match.start].kind == .word,
                   let weekday = TemporalLexicon.shared[tokens[match.start].lower]?.weekday {
                    evidence.weekdayDates.append((weekday, month, day))
                }
            } else if parts.count == 1, value.utf8.count == 4, let y = Int(value) {
                if tense == .future { evidence.futureYears.append(y) } else { evidence.pastYears.append(y) }
            } else if value.hasPrefix("XXXX-WXX-"), let weekday = Int(value.suffix(1)) {
                evidence.weekdays.append((weekday, tense))
            }
        }
        for match in anchored where match.isOffset && match.granularity == .year {
            guard let y = Int(match.value.prefix(4)), match.value.utf8.count == 4 else { continue }
            let years = dummy.year - y
            guard years > 0 && years < 200 else { continue }
            evidence.yearOffsets.append((years, match.modifier == "MORE_THAN" || match.modifier == "EQUAL_OR_MORE", snippet(match)))
        }
        return evidence
    }

    /// "CITY, Month Day (Agency) --" or "CITY, Month Day, Year --" within the first tokens of the text.
    private func isDateline(_ tokens: [TextToken], _ match: TemporalMatch) -> Bool {
        guard match.start >= 2, match.start <= 12, match.end < tokens.count, tokens[match.start - 1].lower == "," else { return false }
        // capitalised place name before the comma, on the same line, nothing but the place before it on that line
        var k = match.start - 2
        while k > 0 && !tokens[k].newlineBefore && (tokens[k].kind == .word && tokens[k].capitalized || tokens[k].lower == "." ) { k -= 1 }
        guard tokens[k].kind == .word, tokens[k].capitalized, k == 0 || tokens[k].newlineBefore else { return false }
        let next = tokens[match.end].lower
        return next == "(" || next == "-" || next == "_" || next == "—" || next == "–" || next == ":"
    }

    /// True when the match is on a short line of its own among the first lines of the text.
    private func isHeaderLine(_ tokens: [TextToken], _ match: TemporalMatch, lineLimit: Int) -> Bool {
        var lines = 0
        var lineStart = 0
        for index in 0..<match.start where tokens[index].newlineBefore {
            lines += 1
            lineStart = index
        }
        if match.start < tokens.count, tokens[match.start].newlineBefore { lineStart = match.start; lines += 1 }
        guard lines <= lineLimit else { return false }
        var lineEnd = match.end
        while lineEnd < tokens.count && !tokens[lineEnd].newlineBefore { lineEnd += 1 }
        let others = (lineEnd - lineStart) - (match.end - match.start)
        return others <= 3
    }

    // MARK: - Decision

    private func decide(_ evidence: Evidence, prior: ClosedRange<CalendarDate>?) -> DateAttribution? {
        let datedEvents = evidence.events.filter { $0.day != nil || $0.year != nil || $0.tense != .unknown }
        var notes: [String] = []
        // bounds: the latest past year mentioned (publication is not earlier), future-tense years and a page header
        // (publication is not later)
        let latestYear = evidence.pastYears.filter { y in evidence.upperBound.map { y <= $0.year } ?? true }.max()
        var upperYear = evidence.futureYears.min()
        if let bound = evidence.upperBound { upperYear = min(upperYear ?? bound.year, bound.year) }
        if let low = latestYear, let high = upperYear, high < low { upperYear = nil }
        var year: Int?
        var yearConfidence = 0.0
        if let line = evidence.dateline {
            // a dateline without its year: the first year from the latest one mentioned in which the day falls on a
            // weekday the story reports ("said on Wednesday")
            let reported = evidence.weekdays.filter { $0.tense != .future }.map(\.weekday)
            let from = latestYear ?? prior?.lowerBound.year
            var byWeekday: Int?
            if let start = from {
                // the first weekday the story reports is most often the day of the dateline
                for weekday in reported {
                    if let y = (start...(start + 12)).first(where: { y in
                        CalendarDate.isValid(year: y, month: line.month, day: line.day)
                            && CalendarDate(year: y, month: line.month, day: line.day).weekday == weekday }) {
                        byWeekday = y
                        break
                    }
                }
            }
            let y = line.year ?? byWeekday ?? latestYear ?? prior?.upperBound.year
            if let y, CalendarDate.isValid(year: y, month: line.month, day: line.day) {
                let sure = line.year != nil
                return DateAttribution(date: CalendarDate(year: y, month: line.month, day: line.day), source: .contentEstimate,
                                       confidence: sure ? 0.8 : 0.5,
                                       evidence: "dateline '\(line.text)'" + (sure ? "" : "; year from other mentions"))
            }
        }
        // 1. dated events written with their year, in the past tense
        if let explicit = evidence.events.filter({ $0.tense != .future && $0.day != nil }).compactMap({ $0.year }).max() {
            year = explicit
            yearConfidence = 0.7
            notes.append("dated event in \(explicit)")
        }
        // 2. "Monday, Sept. 26": the first year from the latest one mentioned whose calendar agrees
        if year == nil, !evidence.weekdayDates.isEmpty {
            let from = latestYear ?? (upperYear.map { $0 - 10 } ?? 1990)
            let to = upperYear ?? from + 12
            if from <= to, let fit = (from...to).first(where: { y in
                evidence.weekdayDates.allSatisfy { CalendarDate.isValid(year: y, month: $0.month, day: $0.day)
                    && CalendarDate(year: y, month: $0.month, day: $0.day).weekday == $0.weekday } }) {
                year = fit
                yearConfidence = evidence.weekdayDates.count > 1 ? 0.6 : 0.5
                notes.append("weekday and date agree in \(fit)")
            }
        }
        // 3. an offset from the latest year mentioned: "in 2014" + "more than seven years ago"
        if year == nil, let offset = evidence.yearOffsets.max(by: { $0.years < $1.years }), let base = latestYear {
            year = base + offset.years
            yearConfidence = 0.45
            notes.append("\(base) + '\(offset.text)'")
        }
        if year == nil, let bound = evidence.upperBound {
            year = bound.year
            yearConfidence = 0.4
            notes.append("upper bound '\(evidence.upperBoundText ?? bound.description)' (page header or crawl date)")
        }
        if year == nil, let prior {
            year = prior.upperBound.year
            yearConfidence = 0.4
            notes.append("story prior \(prior.lowerBound)…\(prior.upperBound)")
        }
        if year == nil, let latestYear {
            year = latestYear
            yearConfidence = 0.1
            notes.append("latest year mentioned (\(latestYear)); year uncertain")
        }
        guard let centerYear = year else { return nil }
        if datedEvents.isEmpty {
            // only a year
            guard !notes.isEmpty else { return nil }
            let date = CalendarDate(year: centerYear, month: 7, day: 1)
            return DateAttribution(date: date, source: .contentEstimate, confidence: min(0.2, yearConfidence * 0.3),
                                   evidence: notes.joined(separator: "; ") + "; month unknown")
        }
        // score every day of the candidate window
        var low = CalendarDate(year: centerYear - 1, month: 7, day: 1)
        var high = CalendarDate(year: centerYear + 1, month: 6, day: 30)
        if let bound = evidence.upperBound, bound < high { high = bound }
        if let prior, prior.lowerBound > low, prior.lowerBound <= high { low = prior.lowerBound.adding(days: -60) }
        guard low <= high else { return nil }
        var best: (date: CalendarDate, score: Double)?
        for dayNumber in low.dayNumber...high.dayNumber {
            let candidate = CalendarDate(dayNumber: dayNumber)
            var score = 0.0
            // stay in the estimated year (an offset or a dated event says so)
            if candidate.year == centerYear { score += 2 * yearConfidence }
            else { score -= 2 * yearConfidence }
            if let latestYear, candidate.year < latestYear { score -= 10 }
            for event in datedEvents { score += fit(event, candidate) }
            for (weekday, tense) in evidence.weekdays where tense != .future {
                let back = (candidate.weekday - weekday + 7) % 7
                score += back == 0 ? 0.4 : (back == 1 ? 0.25 : 0)
            }
            if best == nil || score > best!.score { best = (candidate, score) }
        }
        guard let chosen = best else { return nil }
        let monthEvidence = datedEvents.count
        // measured on news with known dates, content alone is rarely within days of publication: stay below 0.5
        let confidence = min(0.45, (0.3 + 0.2 * Double(min(monthEvidence, 3))) * (0.3 + 0.7 * yearConfidence))
        let eventNotes = datedEvents.prefix(4).map { "'\($0.text)' (\($0.tense == .future ? "future" : "past"))" }
        return DateAttribution(date: chosen.date, source: .contentEstimate, confidence: (confidence * 100).rounded() / 100,
                               evidence: (eventNotes + notes).joined(separator: "; "))
    }

    /// How well a candidate publication date fits one event: past events shortly before it, future ones shortly after.
    private func fit(_ event: Evidence.Event, _ candidate: CalendarDate) -> Double {
        // the occurrence of the event nearest the candidate in the direction the tense says
        func occurrence(year: Int) -> CalendarDate {
            let day: Int
            if let d = event.day { day = d } else {
                switch event.modifier {
                case "EARLY", "START": day = 5
                case "LATE", "END": day = 25
                // a plan "in January" is made before January begins
                default: day = event.tense == .future ? 1 : 15
                }
            }
            return CalendarDate(year: year, month: event.month, day: min(day, CalendarDate.daysIn(month: event.month, year: year)))
        }
        let years = event.year.map { [$0] } ?? [candidate.year - 1, candidate.year, candidate.year + 1]
        let dates = years.map(occurrence)
        let scale = event.day == nil ? 30.0 : 10.0
        switch event.tense {
        case .future:
            guard let next = dates.filter({ $0 > candidate }).min() else { return -3 }
            let gap = Double(next.dayNumber - candidate.dayNumber)
            return max(-1, 2 - gap / (2 * scale))
        case .past:
            guard let previous = dates.filter({ $0 <= candidate }).max() else { return -3 }
            let gap = Double(candidate.dayNumber - previous.dayNumber)
            return max(-1, 2 - gap / scale)
        case .unknown:
            // either side: the nearest occurrence, at half weight
            let gap = Double(dates.map { abs($0.dayNumber - candidate.dayNumber) }.min() ?? 400)
            return 0.5 * max(-1, 2 - gap / (2 * scale))
        }
    }
}
