import Analyze
import Foundation
import Model

/// Dates the undated articles of one story from the time expressions of all of them.
///
/// Each article's text gives ``PublicationDateClue``s (past and future events, month-days without a year, weekdays,
/// "N years ago" counted from a named year) and perhaps an upper bound (page header date, crawl date); the
/// ``PublicationDayScorer`` turns them into scores over candidate days. The story's articles were published within
/// weeks of each other, so a ``StoryDateWindow`` is chosen where the articles fit best together — an article that
/// settles the year lends it to one that only names a month, firmly dated articles pin the window, an upper bound
/// from one scrape bounds the story. Inside the window each undated article takes its best day, drawn towards the
/// month or day another article names for the same event (``DateAlignmentFinder``), weakly towards the dates of the
/// articles most similar to it, and by count trends (``CountTrendFinder``: a clearly larger count of the same thing is
/// probably later). Its confidence is the share of the score mass on that day (or, when the day is underdetermined, on
/// that month, said in the evidence) times how settled the window is; its plausible range (`earliest…latest`) the
/// shortest run of days holding 90% of the score mass.
/// Finally the article's time expressions are resolved again against the estimate (`anchoredToEstimate`). A
/// per-article estimate already on a document is kept when the story does not contradict it.
public struct StoryDateResolver: Sendable {
    /// The usual length of a story, in days (widened to cover the firmly dated articles).
    public var windowDays: Int
    public var scorer: PublicationDayScorer
    private let collector = PublicationDateClueCollector()
    private let tagger = TemporalTagger()
    private let alignmentFinder = DateAlignmentFinder()
    private let trendFinder = CountTrendFinder()

    public init(windowDays: Int = 90, weights: DateClueWeights = .standard) {
        self.windowDays = windowDays
        self.scorer = PublicationDayScorer(weights: weights)
    }

    /// The documents with `metadata.published` estimated (source `.contentEstimate`) for those without a date or with
    /// a per-article estimate, and their time expressions re-resolved. Firmly dated documents are returned unchanged.
    /// `notAfter` adds upper bounds by document id (to `metadata.notAfter`).
    public func resolve(_ documents: [Document], notAfter: [String: CalendarDate] = [:]) -> [Document] {
        let estimates = estimate(documents, notAfter: notAfter)
        return documents.map { document in
            guard let estimate = estimates[document.id] else { return document }
            var dated = document
            dated.metadata.published = estimate
            dated.timexes = tagger.timexes(in: dated.text, anchor: estimate.date, anchorIsEstimate: true)
            return dated
        }
    }

    /// ``resolve(_:notAfter:)`` for each group of document ids (the stories), keeping the documents' order; documents in
    /// no group are returned unchanged.
    public func resolve(_ documents: [Document], stories: [[String]]) -> [Document] {
        var result = documents
        let position = Dictionary(documents.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        for story in stories {
            let indices = story.compactMap { position[$0] }
            guard indices.contains(where: { documents[$0].metadata.published?.isEstimated ?? true }) else { continue }
            for (index, document) in zip(indices, resolve(indices.map { documents[$0] })) { result[index] = document }
        }
        return result
    }

    /// The estimated publication date of every document that needs one and can be given one, by id.
    public func estimate(_ documents: [Document], notAfter extra: [String: CalendarDate] = [:]) -> [String: DateAttribution] {
        let articles = documents.map { document -> Article in
            let bounds = [document.metadata.notAfter, extra[document.id]].compactMap { $0 }
            if let published = document.metadata.published, !published.isEstimated {
                return Article(document: document, firm: published.date, clues: [], bound: bounds.min())
            }
            return Article(document: document, firm: nil, clues: collector.clues(in: document.text), bound: bounds.min())
        }
        guard articles.contains(where: { $0.firm == nil }), let domain = domain(articles) else { return [:] }
        let count = domain.last.dayNumber - domain.first.dayNumber + 1
        let scores = articles.map { article -> DayScores in
            if let firm = article.firm {
                var pinned = DayScores(first: domain.first, count: count, value: -50)
                let index = pinned.index(of: firm)
                if index >= 0 && index < count { pinned.values[index] = 0 }
                return pinned
            }
            return scorer.scores(clues: article.clues, notAfter: article.bound, first: domain.first, count: count)
        }
        let firmDays = articles.compactMap(\.firm)
        let firmSpan = (firmDays.max()?.dayNumber ?? 0) - (firmDays.min()?.dayNumber ?? 0)
        let length = min(count, max(windowDays, firmSpan + 14))
        guard let window = StoryDateWindow.best(scores, length: length) else { return [:] }
        let windowRange = scores[0].index(of: window.first)...scores[0].index(of: window.last)

        // first pass: each undated article's best day in the window on its own clues
        var chosen: [Int] = []
        var confidence: [Double] = []
        for (index, article) in articles.enumerated() {
            if let firm = article.firm { chosen.append(scores[index].index(of: firm)); confidence.append(1); continue }
            let day = bestDay(scores[index].values, in: windowRange)
            chosen.append(day)
            confidence.append(scores[index].isInformative ? concentration(scores[index].values, windowRange, day, first: domain.first).day : 0)
        }
        // second passes: drawn towards the dates of similar articles and the events other articles date
        let similarity = similarities(documents)
        let weights = scorer.weights
        let undated = Set(articles.indices.filter { articles[$0].firm == nil })
        let alignments = alignmentFinder.alignments(documents, undated: undated)
        let orderings = trendFinder.orderings(documents).filter { undated.contains($0.later) || undated.contains($0.earlier) }
        /// The penalty of a day for an article that should be later (or earlier) than another article's chosen day.
        func trendPenalty(_ ordering: CountOrdering, for index: Int, day: Int) -> Double {
            let other = ordering.later == index ? ordering.earlier : ordering.later
            let softness = articles[other].firm != nil ? weights.countTrendFirmSoftness : weights.countTrendEstimatedSoftness
            let table = weights.countTrendWeights
            let weight = table.isEmpty ? 0 : table[min(ordering.sharedWords, table.count - 1)]
            // distance past the other article's day in the wrong direction
            let wrong = Double(ordering.later == index ? chosen[other] - day : day - chosen[other])
            return -weight / (1 + exp(-wrong / softness))
        }
        var totals = scores.map(\.values)
        var resolved: [Int: [Int: [Int: String]]] = [:]  // document → anchor day → span start → value
        func targetInterval(_ alignment: DateAlignment, anchor: CalendarDate) -> ClosedRange<CalendarDate>? {
            if resolved[alignment.target]?[anchor.dayNumber] == nil {
                let values = tagger.timexes(in: documents[alignment.target].text, anchor: anchor).map { ($0.span.start, $0.value) }
                resolved[alignment.target, default: [:]][anchor.dayNumber] = Dictionary(values, uniquingKeysWith: { a, _ in a })
            }
            return resolved[alignment.target]?[anchor.dayNumber]?[alignment.targetSpan.start].flatMap(Self.interval(of:))
        }
        for _ in 0..<2 {
            for index in articles.indices where articles[index].firm == nil {
                var pull = Array(repeating: 0.0, count: count)
                for alignment in alignments where alignment.article == index {
                    let targetDay = scores[0].day(chosen[alignment.target])
                    guard let interval = targetInterval(alignment, anchor: targetDay)
                    else { continue }
                    let strength = weights.alignmentWeight * min(1, Double(alignment.strength) / weights.alignmentFullStrength)
                    for day in windowRange where Self.falls(scores[0].day(day), alignment, in: interval) {
                        pull[day] += strength
                    }
                }
                for other in articles.indices where other != index {
                    let otherDay = chosen[other]
                    guard similarity[index][other] > 0, confidence[other] > 0 else { continue }
                    let strength = weights.neighbourWeight * similarity[index][other] * confidence[other]
                    for day in windowRange {
                        pull[day] += strength * exp(-Double(abs(day - otherDay)) / weights.neighbourDecay)
                    }
                }
                // the mean over the article's count orderings (many orderings with firm articles do not add up to
                // more than one: counts of different incidents share a concept)
                let own = orderings.filter { $0.later == index || $0.earlier == index }
                for ordering in own {
                    for day in windowRange { pull[day] += trendPenalty(ordering, for: index, day: day) / Double(own.count) }
                }
                for day in windowRange { totals[index][day] = scores[index].values[day] + pull[day] }
                let day = bestDay(totals[index], in: windowRange)
                chosen[index] = day
                let mass = concentration(totals[index], windowRange, day, first: domain.first)
                confidence[index] = scores[index].isInformative ? (mass.day >= 0.5 ? mass.day : mass.month * 0.4) : 0
            }
        }

        var result: [String: DateAttribution] = [:]
        let settlers = articles.filter { $0.firm != nil || $0.bound != nil || $0.clues.contains(where: \.settlesYear) }
        for (index, article) in articles.enumerated() where article.firm == nil {
            let dayIndex = chosen[index]
            if let existing = article.document.metadata.published, window.contains(existing.date),
               totals[index][scores[index].index(of: existing.date)] >= totals[index][dayIndex] - weights.keepEstimateTolerance {
                continue  // the story agrees with the per-article estimate: keep it
            }
            let date = scores[index].day(dayIndex)
            let mass = concentration(totals[index], windowRange, dayIndex, first: domain.first)
            let informative = scores[index].isInformative
            var notes: [String] = []
            let own = article.clues.filter { scorer.score($0, date) != 0 }.prefix(5)
            if own.isEmpty {
                notes.append("no date clues of its own")
            } else {
                notes.append(own.map { "'\($0.text)' (\($0.tense.rawValue))" }.joined(separator: ", "))
            }
            if let bound = article.bound { notes.append("not after \(bound) (page header or crawl date)") }
            for alignment in alignments where alignment.article == index {
                let targetDay = scores[0].day(chosen[alignment.target])
                guard let interval = targetInterval(alignment, anchor: targetDay),
                      Self.falls(date, alignment, in: interval) else { continue }
                notes.append("'\(alignment.text)' = '\(alignment.targetText)' in \(articles[alignment.target].document.id) "
                             + "(same event: \(alignment.shared.prefix(5).joined(separator: ", ")))")
            }
            for ordering in orderings where ordering.later == index || ordering.earlier == index {
                let isLater = ordering.later == index
                let other = isLater ? ordering.earlier : ordering.later
                let otherDay = scores[0].day(chosen[other])
                let kept = isLater ? date >= otherDay : date <= otherDay
                let own = isLater ? ordering.laterText : ordering.earlierText
                let theirs = isLater ? ordering.earlierText : ordering.laterText
                notes.append("\(kept ? "" : "against the count trend: ")\(isLater ? "after" : "before") "
                             + "\(articles[other].document.id) (\(otherDay)): '\(own)' \(isLater ? ">" : "<") '\(theirs)' "
                             + "(\(ordering.concept); larger counts usually come later"
                             + (ordering.sharedWords > 0 ? ", \(ordering.sharedWords) shared words" : "") + ")")
            }
            let plausible = plausibleRange(totals[index], windowRange, mass: weights.plausibleMass)
            let others = settlers.filter { $0.document.id != article.document.id }.map(\.document.id)
            notes.append("story window \(window.first)…\(window.last)"
                         + (others.isEmpty ? "" : " from \(others.prefix(4).joined(separator: ", "))"
                            + (others.count > 4 ? " and \(others.count - 4) more" : "")))
            var value: Double
            if !informative {
                value = 0.1 * window.confidence
                notes.append("placed near the most similar articles; day and month underdetermined")
            } else if mass.day >= 0.5 {
                value = mass.day * window.confidence
            } else {
                value = mass.month * 0.4 * window.confidence
                let month = String(date.description.prefix(7))
                notes.append("day underdetermined: month \(month) (\(Int((mass.month * 100).rounded()))% of the score mass)")
            }
            if let neighbour = strongestNeighbour(index, similarity, chosen, confidence, articles) {
                notes.append("nearest similar article \(articles[neighbour].document.id) (\(scores[neighbour].day(chosen[neighbour])))")
            }
            value = (min(0.95, max(0.02, value)) * 100).rounded() / 100
            let earliest = scores[0].day(plausible.lowerBound), latest = scores[0].day(plausible.upperBound)
            notes.append("plausible \(earliest)…\(latest) (\(Int((weights.plausibleMass * 100).rounded()))% of the score mass)")
            result[article.document.id] = DateAttribution(date: date, source: .contentEstimate, confidence: value,
                                                          evidence: "story estimate: " + notes.joined(separator: "; "),
                                                          earliest: earliest, latest: latest)
        }
        return result
    }

    // MARK: - Parts

    private struct Article {
        var document: Document
        var firm: CalendarDate?
        var clues: [PublicationDateClue]
        var bound: CalendarDate?
    }

    /// Candidate days: from six years before the latest dated hint to two years after it (wider to keep every firm
    /// date); nil when nothing in the story names a year. Hints are firm dates, upper bounds, past events and "years
    /// ago"; events not said in the past ("the 2050 target") only when there is nothing else.
    private func domain(_ articles: [Article]) -> (first: CalendarDate, last: CalendarDate)? {
        var hints: [CalendarDate] = []
        var otherEvents: [CalendarDate] = []
        for article in articles {
            if let firm = article.firm { hints.append(firm) }
            if let bound = article.bound { hints.append(bound) }
            for clue in article.clues {
                switch clue.kind {
                case .event(let first, _): if clue.tense == .past { hints.append(first) } else { otherEvents.append(first) }
                case .yearsSince(let year, let years, _): hints.append(CalendarDate(year: year + years, month: 1, day: 1))
                default: break
                }
            }
        }
        guard let latest = hints.max() ?? otherEvents.max() else { return nil }
        var first = CalendarDate(year: latest.year - 6, month: 1, day: 1)
        if let earliestFirm = articles.compactMap(\.firm).min(), earliestFirm < first { first = earliestFirm.adding(days: -60) }
        return (first, CalendarDate(year: latest.year + 2, month: 12, day: 31))
    }

    /// The best day index in the range (ties: the middle one).
    private func bestDay(_ values: [Double], in range: ClosedRange<Int>) -> Int {
        var best = -Double.infinity
        var tied: [Int] = []
        for day in range {
            let value = values[day]
            if value > best + 1e-9 { best = value; tied = [day] } else if abs(value - best) <= 1e-9 { tied.append(day) }
        }
        return tied.isEmpty ? range.lowerBound : tied[tied.count / 2]
    }

    /// Share of the score mass (softmax over the window) within a day of the chosen day, and in its month.
    private func concentration(_ values: [Double], _ range: ClosedRange<Int>, _ chosen: Int,
                               first: CalendarDate) -> (day: Double, month: Double) {
        let top = range.map { values[$0] }.max() ?? 0
        var total = 0.0, near = 0.0, month = 0.0
        for day in range {
            let weight = exp(values[day] - top)
            total += weight
            if abs(day - chosen) <= 1 { near += weight }
        }
        let chosenDate = first.adding(days: chosen)
        for day in range where first.adding(days: day).month == chosenDate.month && abs(day - chosen) < 31 {
            month += exp(values[day] - top)
        }
        return total > 0 ? (near / total, month / total) : (0, 0)
    }

    /// The shortest run of days in the range holding `mass` of the score mass (softmax): the days the evidence leaves
    /// plausible.
    private func plausibleRange(_ values: [Double], _ range: ClosedRange<Int>, mass: Double) -> ClosedRange<Int> {
        let top = range.map { values[$0] }.max() ?? 0
        let weights = range.map { exp(values[$0] - top) }
        let total = weights.reduce(0, +)
        guard total > 0 else { return range }
        var best = range
        var low = 0, sum = 0.0
        for high in weights.indices {
            sum += weights[high]
            while low < high, sum - weights[low] >= mass * total { sum -= weights[low]; low += 1 }
            if sum >= mass * total, high - low < best.count - 1 {
                best = (range.lowerBound + low)...(range.lowerBound + high)
            }
        }
        return best
    }

    /// The days a TIMEX3 date value means (a day or a month).
    static func interval(of value: String) -> ClosedRange<CalendarDate>? {
        if let day = CalendarDate(iso: value) { return day...day }
        guard value.utf8.count == 7, let year = Int(value.prefix(4)), let month = Int(value.suffix(2)),
              (1...12).contains(month) else { return nil }
        return CalendarDate(year: year, month: month, day: 1)...CalendarDate(year: year, month: month,
                                                                                day: CalendarDate.daysIn(month: month, year: year))
    }

    /// True when the relative expression, resolved against `day`, falls in the interval.
    static func falls(_ day: CalendarDate, _ alignment: DateAlignment, in interval: ClosedRange<CalendarDate>) -> Bool {
        func monthIndex(_ d: CalendarDate) -> Int { d.year * 12 + d.month - 1 }
        func weekIndex(_ d: CalendarDate) -> Int { Int((Double(d.dayNumber + 3) / 7).rounded(.down)) }
        switch alignment.unit {
        case .month:
            let value = monthIndex(day) + alignment.offset
            return monthIndex(interval.lowerBound) <= value && value <= monthIndex(interval.upperBound)
        case .week:
            let value = weekIndex(day) + alignment.offset
            return weekIndex(interval.lowerBound) <= value && value <= weekIndex(interval.upperBound)
        case .day:
            return interval.contains(day.adding(days: alignment.offset))
        }
    }

    /// Text similarity (TF-IDF cosine) between every pair of documents.
    private func similarities(_ documents: [Document]) -> [[Double]] {
        var statistics = TermStatistics()
        let counts = documents.map { statistics.termCounts($0.text) }
        for count in counts { statistics.add(terms: count.keys) }
        let vectors = counts.map { statistics.vector(counts: $0) }
        return vectors.map { a in vectors.map { b in Double(a.cosine(b)) } }
    }

    private func strongestNeighbour(_ index: Int, _ similarity: [[Double]], _ chosen: [Int], _ confidence: [Double],
                                    _ articles: [Article]) -> Int? {
        articles.indices.filter { $0 != index && confidence[$0] > 0 }
            .max { similarity[index][$0] * confidence[$0] < similarity[index][$1] * confidence[$1] }
    }
}

extension PublicationDateClue {
    /// True for clues that tie the publication day to a particular year.
    var settlesYear: Bool {
        switch kind {
        case .event(let first, let last): return last.dayNumber - first.dayNumber < 31
        case .yearsSince: return true
        default: return false
        }
    }
}
