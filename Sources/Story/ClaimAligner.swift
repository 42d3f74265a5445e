import Foundation
import Link
import Model

/// Aligns numeric claims that measure the same quantity across the articles of a story and says whether the
/// outlets agree, taking hedges ("at least", "nearly") and report dates into account.
///
/// Each figure's sentence says what it measures (``ClaimFrameReader``): the thing counted and what happened to it, a
/// rate or a total, a qualifier that makes it another quantity (suspected, hypothetical), its scope (a place or group
/// named with it), and a year of another event. Only claims with the same ``ClaimFrame/key`` are compared; the story's
/// home scope (the place named most widely across its articles, its demonym, "nationwide") counts as no scope, so
/// "killed in Libya" and "killed nationwide" meet while "killed in Benghazi" stays apart. Figures about another year
/// than their report's are kept, keyed by that year, and never join the story's series.
///
/// Within a key, claims join when their values are within `comparableRatio` of each other, or within `growthRatio` for
/// a growing total reported on a later day. Each cross-article pair is consistent (hedged intervals overlap), growth
/// (a later report, a larger figure), a same-time difference, or a later smaller figure of a count that only grows;
/// pairs whose figures are further apart than `growthRatio` are left out of the tally (a chain of figures links them,
/// not a shared count). The verdict: *disagreement* when, on at least `conflictDayShare` of the days two or more
/// articles report the group (`minimumReportDays` such days at least), two reports give figures their hedges cannot
/// reconcile, or when a count running for years grows implausibly fast as often as it grows plausibly; else *agree*
/// when at least `agreeShare` of the pairs are consistent; else *disagreement* when at least `sameTimeConflictShare`
/// of the pairs reported at the same time differ, or at least `laterSmallerShare` of the pairs that differ over time
/// have the later figure smaller; else *update*. A disagreement is between *sources* when most of its differing pairs
/// have two different named sources (the UN against activists), else between *outlets*. Groups come ranked by
/// coverage (the articles that give a figure of them), each with a one-line ``ClaimGroup/headline``.
public struct ClaimAligner: Sendable {
    public var comparableRatio = 2.0
    /// How much a growing total (deaths, injured, …) may grow between two reports at least a day apart.
    public var growthRatio = 4.0
    /// Share of consistent pairs at which a group agrees (constants chosen by leave-one-topic-out on t17-dev,
    /// docs/results/tolls.md).
    public var agreeShare = 0.7
    /// Share of differing pairs among the pairs reported at the same time at which a group is a disagreement.
    public var sameTimeConflictShare = 0.4
    /// Share of later-smaller pairs among the pairs that differ over time at which a group is a disagreement.
    public var laterSmallerShare = 0.5
    /// A count running for more than a year (its series says "since YEAR") that grows between two reports more than
    /// this many times its average growth for that time is a contradiction, not an update (13,000 killed since 2014
    /// do not become 14,000 in two days). A fixed rule, not tuned.
    public var implausibleGrowthFactor = 20.0
    /// Share of the days with two or more reports on which reports differ beyond their hedges at which a group is a
    /// disagreement, and the number of such days it needs at least.
    /// (Chosen by leave-one-topic-out with the pair shares, docs/results/tolls.md: 0.4 since figures are grouped by
    /// counted group and one-day period, three folds of four.)
    public var conflictDayShare = 0.4
    public var minimumReportDays = 3
    /// Reports this many days apart or fewer are at the same time.
    public var sameTimeDays = 0
    /// Events whose counts only grow over time.
    public var cumulative: Set<String> = ["killed", "injured", "displaced", "arrested", "bodies"]
    /// Bytes between a number and a date that says when the figure held ("60 on March 8").
    public var asOfReach = 12
    public var reader = ClaimFrameReader()
    /// A one-day count of a day at most this many days after the story's first report is its own event's toll.
    public var storyStartDays = 1
    /// The scopes named with most claims that may be the story's home scope.
    public var homeCandidates = 12

    public init() {}

    /// The groups of claims that measure the same quantity in two or more articles.
    public func align(_ documents: [Document], copies: Set<String> = []) -> [ClaimGroup] {
        alignment(documents, copies: copies).groups
    }

    /// Every claim of the story and its groups.
    public func alignment(_ documents: [Document], copies: Set<String> = []) -> ClaimAlignment {
        var claims = read(documents, copies: copies)
        // A count of the day the story began is the toll of its own event ("Tuesday's earthquake has left 50,000
        // dead"), not one day's count within it: no period.
        if let start = documents.compactMap({ $0.publishedDate?.dayNumber }).min() {
            for index in claims.indices {
                guard var frame = claims[index].claim.frame, frame.period != nil, let iso = frame.periodDay,
                      let day = CalendarDate(iso: iso)?.dayNumber, day <= start + storyStartDays else { continue }
                frame.period = nil
                claims[index].claim.frame = frame
                claims[index].claim.concept = frame.key
            }
        }
        // The home scope: the named scope that most articles mention.
        let scopeCounts = Dictionary(claims.compactMap { $0.claim.frame?.scope }.map { ($0, 1) }, uniquingKeysWith: +)
        let candidates = scopeCounts.keys.sorted { (scopeCounts[$0]!, $1) > (scopeCounts[$1]!, $0) }.prefix(homeCandidates)
        var home: String?
        var homeArticles = 0
        for scope in candidates.sorted() {
            let articles = documents.reduce(0) { $0 + ($1.text.contains(scope) ? 1 : 0) }
            if articles > homeArticles {
                home = scope
                homeArticles = articles
            }
        }
        if let home {
            for index in claims.indices {
                guard var frame = claims[index].claim.frame, let scope = frame.scope,
                      scope == home || ClaimAligner.isDemonym(scope, of: home) else { continue }
                frame.scope = nil
                claims[index].claim.frame = frame
                claims[index].claim.concept = frame.key
            }
        }
        var groups: [ClaimGroup] = []
        let byKey = Dictionary(grouping: claims.indices, by: { claims[$0].claim.concept })
        for key in byKey.keys.sorted() {
            let members = byKey[key]!.map { claims[$0] }
            for chain in series(members) {
                guard Set(chain.map { members[$0].claim.sentence.document }).count >= 2 else { continue }
                groups.append(group(chain.map { members[$0] }, concept: key))
            }
        }
        // The most reported quantities first.
        groups.sort { (-$0.articles, -$0.claims.count, $0.concept) < (-$1.articles, -$1.claims.count, $1.concept) }
        return ClaimAlignment(claims: claims.map(\.claim), groups: groups)
    }

    /// "Libyan" names the people of "Libya": they share all but at most the home name's last letter (4 at least).
    static func isDemonym(_ word: String, of home: String) -> Bool {
        let a = Array(word.lowercased()), b = Array(home.lowercased())
        guard a.count > b.count else { return false }
        var shared = 0
        while shared < b.count, a[shared] == b[shared] { shared += 1 }
        return shared >= max(4, b.count - 1)
    }

    /// Every figure of the story's articles whose sentence says what it counts, with the day it refers to.
    func read(_ documents: [Document], copies: Set<String>) -> [(claim: NumericClaim, day: Int?)] {
        var claims: [(claim: NumericClaim, day: Int?)] = []
        for document in documents where !copies.contains(document.id) {
            claims += read(document)
        }
        return claims
    }

    /// The year of a report's date.
    static func year(of day: CalendarDate?) -> Int? {
        guard let day else { return nil }
        return Int(day.description.prefix(4))
    }

    /// One article's figures whose sentence says what they count.
    func read(_ document: Document) -> [(claim: NumericClaim, day: Int?)] {
        var claims: [(claim: NumericClaim, day: Int?)] = []
        var seen: Set<String> = []
        let published = document.publishedDate
        let reportYear = ClaimAligner.year(of: published)
        for quantity in document.quantities where quantity.value >= 1 {
            guard let sentenceIndex = document.sentenceIndex(containing: quantity.span.start) else { continue }
            let sentence = document.sentences[sentenceIndex].span
            guard let frame = reader.frame(of: quantity, sentence: sentence, in: document, reportYear: reportYear) else {
                continue
            }
            let key = "\(frame.key)|\(quantity.value)|\(quantity.hedge ?? "")|\(sentenceIndex)"
            guard seen.insert(key).inserted else { continue }
            let citation = SentenceCitation(document: document, sentence: sentenceIndex)
            let written = document.text(of: quantity.span)
            // A round number spelled out ("two hundred people") is a figure of speech more than a count.
            let roundWords = quantity.hedge == nil && quantity.value >= 100 && quantity.value.truncatingRemainder(dividingBy: 100) == 0
                && !written.contains(where: \.isNumber)
            let interval = HedgeTable.interval(value: quantity.value, high: quantity.high,
                                               hedge: roundWords ? "about" : quantity.hedge)
            let asOf = asOf(quantity, in: document)
            var claim = NumericClaim(sentence: citation, text: SentenceText.clean(written),
                                     span: quantity.span,
                                     value: quantity.value, high: quantity.high, hedge: quantity.hedge,
                                     unit: quantity.unit, describes: quantity.describes, concept: frame.key,
                                     since: frame.since, lower: interval.low,
                                     upper: interval.high, asOf: asOf?.description)
            claim.frame = frame
            let day = asOf?.dayNumber ?? published?.dayNumber
            claims.append((claim, day))
        }
        return claims
    }

    /// The day a date right after the number gives the figure ("… down from 60 on March 8"), when it is a
    /// whole day other than the report's.
    func asOf(_ quantity: Quantity, in document: Document) -> CalendarDate? {
        for timex in document.timexes where timex.kind == .date && timex.span.start >= quantity.span.end
            && timex.span.start - quantity.span.end <= asOfReach {
            let between = document.text(of: Span(quantity.span.end, timex.span.start)).lowercased()
            let words = between.split(whereSeparator: { !$0.isLetter })
            guard words.allSatisfy({ ["on", "as", "of", "by"].contains($0) }), !between.contains(".") else { continue }
            guard timex.value.count == 10, let day = CalendarDate(iso: timex.value), day != document.publishedDate else { return nil }
            return day
        }
        return nil
    }

    /// Whether a claim counts something that only grows.
    func isCumulative(_ claim: NumericClaim) -> Bool {
        guard let frame = claim.frame else { return cumulative.contains(claim.concept) }
        return frame.ratePer == nil && cumulative.contains(frame.counted)
    }

    /// Splits claims of one key into series: claims join when ``comparable(_:_:)`` links them, directly or through
    /// other claims.
    func series(_ members: [(claim: NumericClaim, day: Int?)]) -> [[Int]] {
        let order = members.indices.sorted { members[$0].claim.value < members[$1].claim.value }
        var sets = DisjointSets(count: order.count)
        for a in order.indices {
            for b in order.indices where b > a && comparable(members[order[a]], members[order[b]]) { sets.union(a, b) }
        }
        return sets.groups().map { $0.map { order[$0] } }
    }

    /// Whether a larger value can count the same thing as a smaller one: within `comparableRatio`, or, for a total
    /// that only grows, within `growthRatio` when the larger value was reported at least a day later.
    /// Two figures in one sentence ("19 missing, down from 60") are compared by the sentence itself.
    func comparable(_ smaller: (claim: NumericClaim, day: Int?), _ larger: (claim: NumericClaim, day: Int?)) -> Bool {
        if larger.claim.value <= smaller.claim.value * comparableRatio { return true }
        if smaller.claim.sentence.document == larger.claim.sentence.document,
           smaller.claim.sentence.sentence == larger.claim.sentence.sentence { return true }
        guard isCumulative(larger.claim), let early = smaller.day, let late = larger.day, late > early else {
            return false
        }
        return larger.claim.value <= smaller.claim.value * growthRatio
    }

    /// The verdict the pairs of a group give: first, a group whose reports differ on at least `conflictDayShare` of
    /// the days two or more articles report it (and on `minimumReportDays` days at least) is a disagreement, however it
    /// grows between those days; then the shares of its pairs decide.
    public func verdict(_ pairs: ClaimPairTally) -> ClaimGroup.Verdict {
        if pairs.reportDays >= minimumReportDays, pairs.conflictDayShare >= conflictDayShare { return .disagree }
        // A count of years whose changes are as often implausible as plausible contradicts itself (a fixed rule).
        if pairs.implausible > 0, pairs.implausible >= pairs.growth { return .disagree }
        let total = Double(pairs.total)
        if total == 0 || Double(pairs.consistent) >= agreeShare * total { return .agree }
        if pairs.sameTime > 0, pairs.sameTimeConflictShare >= sameTimeConflictShare { return .disagree }
        if pairs.laterSmaller > 0, pairs.laterSmallerShare >= laterSmallerShare { return .disagree }
        return .update
    }

    func group(_ members: [(claim: NumericClaim, day: Int?)], concept: String) -> ClaimGroup {
        // Earlier reports first.
        let ordered = members.sorted { ($0.day ?? Int.max, $0.claim.sentence.document) < ($1.day ?? Int.max, $1.claim.sentence.document) }
        // The series' starting year ("since 2014"); a year one sentence of many gives in passing is not its start.
        let since = ClaimAligner.commonSince(members.map(\.claim))
        let start = since.flatMap { CalendarDate(iso: "\($0)-01-01")?.dayNumber }
        // Every pair counts toward the verdict; the pairs kept for people are each claim against the latest earlier
        // report from another article, plus every conflict.
        var tally = ClaimPairTally()
        var comparisons: [ClaimComparison] = []
        for j in ordered.indices {
            var latestEarlier: Int?
            for i in ordered.indices where i < j {
                let a = ordered[i], b = ordered[j]
                guard a.claim.sentence.document != b.claim.sentence.document else { continue }
                let comparison = compare(a, i, b, j, seriesStart: start, explained: false)
                let ratio = max(a.claim.value, b.claim.value) / max(min(a.claim.value, b.claim.value), 1e-9)
                if ratio > growthRatio {
                    // Linked through other figures, not counts of one thing: no evidence either way.
                } else if comparison.relation == .consistent {
                    tally.consistent += 1
                    if let dayA = a.day, let dayB = b.day, abs(dayB - dayA) <= sameTimeDays { tally.consistentSameTime += 1 }
                } else if comparison.relation == .update {
                    tally.growth += 1
                } else if comparison.conflictKind == .laterSmaller {
                    tally.laterSmaller += 1
                } else if comparison.conflictKind == .implausibleGrowth {
                    tally.implausible += 1
                } else {
                    tally.sameTime += 1
                }
                if ratio <= growthRatio, comparison.relation == .conflict, ClaimAligner.differentSources(a.claim, b.claim) {
                    tally.betweenSources += 1
                }
                if comparison.relation == .conflict {
                    comparisons.append(compare(a, i, b, j, seriesStart: start))
                } else {
                    latestEarlier = i
                }
            }
            if let i = latestEarlier { comparisons.append(compare(ordered[i], i, ordered[j], j, seriesStart: start)) }
        }
        // Days on which two or more articles report, and those on which their figures differ.
        let byDay = Dictionary(grouping: ordered.filter { $0.day != nil }, by: { $0.day! })
        for day in byDay.keys.sorted() {
            let reports = byDay[day]!
            guard Set(reports.map(\.claim.sentence.document)).count >= 2 else { continue }
            tally.reportDays += 1
            var differ = false
            for i in reports.indices where !differ {
                for j in reports.indices where j > i && reports[i].claim.sentence.document != reports[j].claim.sentence.document {
                    let a = reports[i].claim, b = reports[j].claim
                    let ratio = max(a.value, b.value) / max(min(a.value, b.value), 1e-9)
                    if ratio <= growthRatio, !ClaimAligner.overlaps(a, b) {
                        differ = true
                        break
                    }
                }
            }
            if differ { tally.conflictDays += 1 }
        }
        // Large groups list only their conflicts and the latest change of each claim; the tally keeps the whole.
        comparisons.sort { ($0.second, $0.first) < ($1.second, $1.first) }
        let verdict = self.verdict(tally)
        let claims = ordered.map(\.claim)
        var summary = "\(concept)\(since.map { " since \($0)" } ?? ""): "
        summary += claims.map { "\($0.sentence.outlet) says \($0.text)\($0.sentence.published.map { " (\($0))" } ?? "")" }
            .joined(separator: "; ")
        switch verdict {
        case .agree: summary += ". The figures agree within their hedges."
        case .update: summary += ". The figures differ, but mostly as later reports give larger figures: read as updates."
        case .disagree: summary += ". The figures disagree."
        }
        for comparison in comparisons.prefix(12) where comparison.relation != .consistent {
            summary += " " + comparison.explanation
        }
        let conflicts = tally.sameTime + tally.laterSmaller + tally.implausible
        let disagreement: ClaimGroup.Disagreement? = verdict != .disagree ? nil
            : (conflicts > 0 && 2 * tally.betweenSources >= conflicts ? .sources : .outlets)
        var perOutlet: [String: Int] = [:]
        for claim in claims { perOutlet[claim.sentence.outlet, default: 0] += 1 }
        let outlets = perOutlet.keys.sorted { (perOutlet[$0]!, $1) > (perOutlet[$1]!, $0) }
        let articles = Set(claims.map(\.sentence.document)).count
        let headline = ClaimAligner.headline(verdict: verdict, disagreement: disagreement, claims: claims,
                                             conflicts: comparisons.filter { $0.relation == .conflict })
        return ClaimGroup(concept: concept, since: since, claims: claims, verdict: verdict, pairs: tally,
                          comparisons: comparisons, summary: summary, disagreement: disagreement, articles: articles,
                          outlets: outlets, headline: headline)
    }

    /// The starting year most often given, when at least a third of the claims give it (one article of three saying
    /// "since 2014" dates the count; one sentence of hundreds naming "since 1990" in passing does not).
    static func commonSince(_ claims: [NumericClaim]) -> String? {
        var counts: [String: Int] = [:]
        for claim in claims { if let since = claim.since { counts[since, default: 0] += 1 } }
        guard let (year, count) = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }), 3 * count >= claims.count else {
            return nil
        }
        return year
    }

    /// Whether two figures are given by different named sources ("the UN" and "activists"), not one source quoted by
    /// two outlets or figures without a named source.
    static func differentSources(_ a: NumericClaim, _ b: NumericClaim) -> Bool {
        guard let x = a.frame?.source.map(sourceName), let y = b.frame?.source.map(sourceName), !x.isEmpty, !y.isEmpty else {
            return false
        }
        return x != y
    }

    /// A source's name for comparison: lower case, without a leading article.
    static func sourceName(_ source: String) -> String {
        var name = source.lowercased()
        for article in ["the ", "a ", "an "] where name.hasPrefix(article) { name.removeFirst(article.count) }
        return name
    }

    /// The verdict in one line with the figures behind it: the figure most reports give when they agree, the first and
    /// last figures of an update, and the two sides of the most repeated conflict of a disagreement.
    static func headline(verdict: ClaimGroup.Verdict, disagreement: ClaimGroup.Disagreement?, claims: [NumericClaim],
                         conflicts: [ClaimComparison]) -> String {
        let points = ClaimSeriesPoint.series(of: claims)
        let outlets = Set(claims.map(\.sentence.outlet)).count
        let reports = "\(claims.count) figure\(claims.count == 1 ? "" : "s") from \(outlets) outlet\(outlets == 1 ? "" : "s")"
        switch verdict {
        case .agree:
            var counts: [String: Int] = [:]
            for claim in claims { counts[claim.text.lowercased(), default: 0] += 1 }
            let common = claims.max { (counts[$0.text.lowercased()]!, $1.text) < (counts[$1.text.lowercased()]!, $0.text) }
            return "agree: \(common.map { "“\($0.text)”" } ?? "one figure") (\(reports), within their hedges)"
        case .update:
            guard let first = points.first, let last = points.last else { return "update" }
            return "update: from \(first.label) to \(last.label) (\(reports); later reports give the later figures)"
        case .disagree:
            let who = disagreement == .sources ? "sources" : "outlets"
            // The conflict between the two most repeated figures.
            var counts: [Double: Int] = [:]
            for claim in claims { counts[claim.value, default: 0] += 1 }
            let weight = { (c: ClaimComparison) in counts[claims[c.first].value, default: 0] + counts[claims[c.second].value, default: 0] }
            guard let conflict = conflicts.max(by: { (weight($0), $1.first, $1.second) < (weight($1), $0.first, $0.second) }) else {
                return "disagreement between \(who) (\(reports))"
            }
            let side = { (claim: NumericClaim) in
                "“\(claim.text)” (\(claim.sentence.outlet)\(claim.frame?.source.map { ", \($0)" } ?? ""), \(claim.asOf ?? claim.sentence.published ?? "undated"))"
            }
            return "disagreement between \(who): \(side(claims[conflict.first])) against \(side(claims[conflict.second])) (\(reports))"
        }
    }

    func compare(_ a: (claim: NumericClaim, day: Int?), _ i: Int, _ b: (claim: NumericClaim, day: Int?), _ j: Int,
                 seriesStart: Int? = nil, explained: Bool = true) -> ClaimComparison {
        // `explained: false` leaves the explanation empty: the verdict tally compares every pair of a group, and only
        // the pairs kept for people need their sentence.
        func say(_ text: @autoclosure () -> String) -> String { explained ? text() : "" }
        let overlap = ClaimAligner.overlaps(a.claim, b.claim)
        let left = say("\(a.claim.sentence.outlet) “\(a.claim.text)”"), right = say("\(b.claim.sentence.outlet) “\(b.claim.text)”")
        let gap = (a.day != nil && b.day != nil) ? b.day! - a.day! : nil
        // A count of years cannot grow by much in days.
        if let days = gap, days > sameTimeDays, let start = seriesStart, let dayA = a.day, dayA - start > 365,
           isCumulative(a.claim), b.claim.value > a.claim.value * 1.05 {
            let growth = (b.claim.value - a.claim.value) / a.claim.value
            let average = Double(days) / Double(dayA - start)
            if growth > implausibleGrowthFactor * average {
                return ClaimComparison(first: i, second: j, relation: .conflict, conflictKind: .implausibleGrowth,
                                       explanation: say("\(right), reported \(days) day\(days == 1 ? "" : "s") after \(left), is larger by far more than a count running since \(CalendarDate(dayNumber: start).description.prefix(4)) grows in that time: a contradiction, not an update."))
            }
        }
        if overlap {
            // Open-ended hedges ("at least 14" / "at least 212") overlap, but a clearly larger later figure is news.
            if let days = gap, days > sameTimeDays, b.claim.value > a.claim.value * 1.05 {
                return ClaimComparison(first: i, second: j, relation: .update,
                                       explanation: say("\(right), reported \(days) day\(days == 1 ? "" : "s") after \(left), is larger and consistent with it under their hedges: an update."))
            }
            return ClaimComparison(first: i, second: j, relation: .consistent,
                                   explanation: say("\(left) and \(right) are consistent (their hedged ranges overlap)."))
        }
        let bLarger = b.claim.lower >= (a.claim.upper ?? .infinity)
        if let days = gap, days > sameTimeDays {
            let estimated = a.claim.sentence.publishedEstimated == true || b.claim.sentence.publishedEstimated == true
            let caveat = estimated ? " (a report date is estimated, so the order is uncertain)" : ""
            if bLarger || !isCumulative(a.claim) {
                return ClaimComparison(first: i, second: j, relation: .update,
                                       explanation: say("\(right) was reported \(days) day\(days == 1 ? "" : "s") after \(left) and is \(bLarger ? "larger" : "different"): an update rather than a contradiction\(caveat)."))
            }
            return ClaimComparison(first: i, second: j, relation: .conflict, conflictKind: .laterSmaller,
                                   explanation: say("\(right), reported \(days) day\(days == 1 ? "" : "s") after \(left), gives a smaller count of a total that only grows: a contradiction\(caveat)."))
        }
        // No order between the two reports: name them in a fixed order so the same pair of figures reads the same.
        let (first, second) = left <= right ? (left, right) : (right, left)
        return ClaimComparison(first: i, second: j, relation: .conflict, conflictKind: .sameTime,
                               explanation: say("\(first) and \(second) contradict each other (reported the same day or undated)."))
    }

    static func overlaps(_ a: NumericClaim, _ b: NumericClaim) -> Bool {
        let tolerance = 0.005
        let aHigh = a.upper ?? .infinity, bHigh = b.upper ?? .infinity
        return a.lower <= bHigh * (1 + tolerance) && b.lower <= aHigh * (1 + tolerance)
    }
}
