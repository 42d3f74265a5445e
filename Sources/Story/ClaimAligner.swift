import Foundation
import Link
import Model

/// Aligns numeric claims that count the same thing across the articles of a story and says whether the
/// outlets agree, taking hedges ("at least", "nearly") and report dates into account.
///
/// Claims count the same thing when their `describes`/`unit` words map to the same concept (``ClaimConcepts``),
/// their "since YEAR" scopes do not differ, and their values are within `comparableRatio` of each other, or within
/// `growthRatio` for a growing total reported on a later day (so a toll rising from 41 to 96 over a day is one
/// count, while "3 killed in the blast" is not compared with "13,000 killed since 2014"). Two claims are consistent when
/// their hedged intervals (``HedgeTable``) overlap; otherwise a later report with a larger figure is an update
/// (counts of the dead, injured, displaced or arrested only grow), anything else a conflict.
public struct ClaimAligner: Sendable {
    public var comparableRatio = 2.0
    /// How much a growing total (deaths, injured, …) may grow between two reports at least a day apart.
    public var growthRatio = 4.0
    /// Concepts whose counts only grow over time.
    public var cumulative: Set<String> = CountConcepts.cumulative
    /// Bytes between a number and a date that says when the figure held ("60 on March 8").
    public var asOfReach = 12

    public init() {}

    public func align(_ documents: [Document], copies: Set<String> = []) -> [ClaimGroup] {
        var claims: [(claim: NumericClaim, day: Int?)] = []
        for document in documents where !copies.contains(document.id) {
            var seen: Set<String> = []
            for quantity in document.quantities {
                guard quantity.value >= 1, let sentenceIndex = document.sentenceIndex(containing: quantity.span.start),
                      let concept = ClaimAligner.concept(quantity)
                        ?? ClaimAligner.nearbyConcept(quantity, sentence: document.sentences[sentenceIndex].span, in: document)
                else { continue }
                let key = "\(concept)|\(quantity.value)|\(quantity.hedge ?? "")"
                guard seen.insert(key).inserted else { continue }
                let citation = SentenceCitation(document: document, sentence: sentenceIndex)
                let written = document.text(of: quantity.span)
                // A round number spelled out ("two hundred people") is a figure of speech more than a count.
                let roundWords = quantity.hedge == nil && quantity.value >= 100 && quantity.value.truncatingRemainder(dividingBy: 100) == 0
                    && !written.contains(where: \.isNumber)
                let interval = HedgeTable.interval(value: quantity.value, high: quantity.high,
                                                   hedge: roundWords ? "about" : quantity.hedge)
                let asOf = asOf(quantity, in: document)
                let claim = NumericClaim(sentence: citation, text: SentenceText.clean(document.text(of: quantity.span)),
                                         span: quantity.span,
                                         value: quantity.value, high: quantity.high, hedge: quantity.hedge,
                                         unit: quantity.unit, describes: quantity.describes, concept: concept,
                                         since: ClaimAligner.sinceYear(citation.text), lower: interval.low,
                                         upper: interval.high, asOf: asOf?.description)
                claims.append((claim, asOf?.dayNumber ?? document.publishedDate?.dayNumber))
            }
        }
        // Group by concept, then join the claims that can count the same thing (connected by pairs).
        var groups: [ClaimGroup] = []
        let byConcept = Dictionary(grouping: claims.indices, by: { claims[$0].claim.concept })
        for concept in byConcept.keys.sorted() {
            let members = byConcept[concept]!.sorted { claims[$0].claim.value < claims[$1].claim.value }
            var sets = DisjointSets(count: members.count)
            for a in members.indices {
                for b in members.indices where b > a && comparable(claims[members[a]], claims[members[b]]) { sets.union(a, b) }
            }
            for set in sets.groups() {
                let chain = set.map { members[$0] }
                guard Set(chain.map { claims[$0].claim.sentence.document }).count >= 2 else { continue }
                groups.append(group(chain.map { claims[$0] }, concept: concept))
            }
        }
        return groups.sorted { ($0.verdict != .agree ? 0 : 1, -$0.claims.count) < ($1.verdict != .agree ? 0 : 1, -$1.claims.count) }
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

    /// Whether a larger value can count the same thing as a smaller one: within `comparableRatio`, or, for a total
    /// that only grows, within `growthRatio` when the larger value was reported at least a day later.
    /// Two figures in one sentence ("19 missing, down from 60") are compared by the sentence itself.
    func comparable(_ smaller: (claim: NumericClaim, day: Int?), _ larger: (claim: NumericClaim, day: Int?)) -> Bool {
        if larger.claim.value <= smaller.claim.value * comparableRatio { return true }
        if smaller.claim.sentence.document == larger.claim.sentence.document,
           smaller.claim.sentence.sentence == larger.claim.sentence.sentence { return true }
        guard cumulative.contains(larger.claim.concept), let early = smaller.day, let late = larger.day, late > early else {
            return false
        }
        return larger.claim.value <= smaller.claim.value * growthRatio
    }

    func group(_ members: [(claim: NumericClaim, day: Int?)], concept: String) -> ClaimGroup {
        // Earlier reports first.
        let ordered = members.sorted { ($0.day ?? Int.max, $0.claim.sentence.document) < ($1.day ?? Int.max, $1.claim.sentence.document) }
        // Every pair decides the verdict; the pairs kept for people are each claim against the latest earlier
        // report from another article, plus every conflict.
        var all: [ClaimComparison] = []
        var comparisons: [ClaimComparison] = []
        for j in ordered.indices {
            var latestEarlier: Int?
            for i in ordered.indices where i < j {
                let a = ordered[i], b = ordered[j]
                guard a.claim.sentence.document != b.claim.sentence.document else { continue }
                if let sinceA = a.claim.since, let sinceB = b.claim.since, sinceA != sinceB { continue }
                let comparison = compare(a, i, b, j)
                all.append(comparison)
                if comparison.relation == .conflict { comparisons.append(comparison) } else { latestEarlier = i }
            }
            if let i = latestEarlier, let kept = all.last(where: { $0.first == i && $0.second == j }) {
                comparisons.append(kept)
            }
        }
        comparisons.sort { ($0.second, $0.first) < ($1.second, $1.first) }
        let verdict: ClaimGroup.Verdict
        if all.allSatisfy({ $0.relation == .consistent }) {
            verdict = .agree
        } else if all.allSatisfy({ $0.relation != .conflict }) {
            verdict = .update
        } else {
            verdict = .disagree
        }
        let claims = ordered.map(\.claim)
        let since = claims.compactMap(\.since).first
        var summary = "\(concept)\(since.map { " since \($0)" } ?? ""): "
        summary += claims.map { "\($0.sentence.outlet) says \($0.text)\($0.sentence.published.map { " (\($0))" } ?? "")" }
            .joined(separator: "; ")
        switch verdict {
        case .agree: summary += ". The figures agree within their hedges."
        case .update: summary += ". The figures differ, but each larger figure comes later: read as updates."
        case .disagree: summary += ". The figures disagree."
        }
        for comparison in comparisons where comparison.relation != .consistent {
            summary += " " + comparison.explanation
        }
        return ClaimGroup(concept: concept, since: since, claims: claims, verdict: verdict, comparisons: comparisons,
                          summary: summary)
    }

    func compare(_ a: (claim: NumericClaim, day: Int?), _ i: Int, _ b: (claim: NumericClaim, day: Int?), _ j: Int)
        -> ClaimComparison {
        let overlap = ClaimAligner.overlaps(a.claim, b.claim)
        let left = "\(a.claim.sentence.outlet) “\(a.claim.text)”", right = "\(b.claim.sentence.outlet) “\(b.claim.text)”"
        if overlap {
            // Open-ended hedges ("at least 14" / "at least 212") overlap, but a clearly larger later figure is news.
            if let dayA = a.day, let dayB = b.day, dayB > dayA, b.claim.value > a.claim.value * 1.05 {
                let days = dayB - dayA
                return ClaimComparison(first: i, second: j, relation: .update,
                                       explanation: "\(right), reported \(days) day\(days == 1 ? "" : "s") after \(left), is larger and consistent with it under their hedges: an update.")
            }
            return ClaimComparison(first: i, second: j, relation: .consistent,
                                   explanation: "\(left) and \(right) are consistent (their hedged ranges overlap).")
        }
        let bLarger = b.claim.lower >= (a.claim.upper ?? .infinity)
        if let dayA = a.day, let dayB = b.day, dayB > dayA {
            let days = dayB - dayA
            let estimated = a.claim.sentence.publishedEstimated == true || b.claim.sentence.publishedEstimated == true
            let caveat = estimated ? " (a report date is estimated, so the order is uncertain)" : ""
            if bLarger || !cumulative.contains(a.claim.concept) {
                return ClaimComparison(first: i, second: j, relation: .update,
                                       explanation: "\(right) was reported \(days) day\(days == 1 ? "" : "s") after \(left) and is \(bLarger ? "larger" : "different"): an update rather than a contradiction\(caveat).")
            }
            return ClaimComparison(first: i, second: j, relation: .conflict,
                                   explanation: "\(right), reported \(days) day\(days == 1 ? "" : "s") after \(left), gives a smaller count of a total that only grows: a contradiction\(caveat).")
        }
        // No order between the two reports: name them in a fixed order so the same pair of figures reads the same.
        let (first, second) = left <= right ? (left, right) : (right, left)
        return ClaimComparison(first: i, second: j, relation: .conflict,
                               explanation: "\(first) and \(second) contradict each other (reported the same day or undated).")
    }

    static func overlaps(_ a: NumericClaim, _ b: NumericClaim) -> Bool {
        let tolerance = 0.005
        let aHigh = a.upper ?? .infinity, bHigh = b.upper ?? .infinity
        return a.lower <= bHigh * (1 + tolerance) && b.lower <= aHigh * (1 + tolerance)
    }

    /// The concept a quantity counts (``CountConcepts/concept(_:)``).
    static func concept(_ quantity: Quantity) -> String? { CountConcepts.concept(quantity) }

    /// A known concept word close to a quantity without one of its own (``CountConcepts/nearbyConcept(_:sentence:in:before:after:)``).
    static func nearbyConcept(_ quantity: Quantity, sentence: Span, in document: Document) -> String? {
        CountConcepts.nearbyConcept(quantity, sentence: sentence, in: document)
    }

    /// "since 2014" → "2014".
    static func sinceYear(_ sentence: String) -> String? { CountConcepts.sinceYear(sentence) }
}
