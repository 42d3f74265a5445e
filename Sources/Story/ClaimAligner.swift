import Foundation
import Link
import Model

/// Aligns numeric claims that count the same thing across the articles of a story and says whether the
/// outlets agree, taking hedges ("at least", "nearly") and report dates into account.
///
/// Claims count the same thing when their `describes`/`unit` words map to the same concept (``ClaimConcepts``),
/// their "since YEAR" scopes do not differ, and their values are within `comparableRatio` of each other (so
/// "3 killed in the blast" is not compared with "13,000 killed since 2014"). Two claims are consistent when
/// their hedged intervals (``HedgeTable``) overlap; otherwise a later report with a larger figure is an update
/// (counts of the dead, injured, displaced or arrested only grow), anything else a conflict.
public struct ClaimAligner: Sendable {
    public var comparableRatio = 2.0
    /// Concepts whose counts only grow over time.
    public var cumulative: Set<String> = ["killed", "injured", "displaced", "arrested", "missing"]

    public init() {}

    public func align(_ documents: [Document], copies: Set<String> = []) -> [ClaimGroup] {
        var claims: [(claim: NumericClaim, day: Int?)] = []
        for document in documents where !copies.contains(document.id) {
            var seen: Set<String> = []
            for quantity in document.quantities {
                guard let concept = ClaimAligner.concept(quantity), quantity.value >= 1,
                      let sentenceIndex = document.sentenceIndex(containing: quantity.span.start) else { continue }
                let key = "\(concept)|\(quantity.value)|\(quantity.hedge ?? "")"
                guard seen.insert(key).inserted else { continue }
                let citation = SentenceCitation(document: document, sentence: sentenceIndex)
                let interval = HedgeTable.interval(value: quantity.value, high: quantity.high, hedge: quantity.hedge)
                let claim = NumericClaim(sentence: citation, text: SentenceText.clean(document.text(of: quantity.span)),
                                         value: quantity.value, high: quantity.high, hedge: quantity.hedge,
                                         unit: quantity.unit, describes: quantity.describes, concept: concept,
                                         since: ClaimAligner.sinceYear(citation.text), lower: interval.low,
                                         upper: interval.high)
                claims.append((claim, document.publishedDate?.dayNumber))
            }
        }
        // Group by concept, then chain values of the same magnitude.
        var groups: [ClaimGroup] = []
        let byConcept = Dictionary(grouping: claims.indices, by: { claims[$0].claim.concept })
        for concept in byConcept.keys.sorted() {
            let members = byConcept[concept]!.sorted { claims[$0].claim.value < claims[$1].claim.value }
            var chain: [Int] = []
            func flush() {
                defer { chain = [] }
                let documentsInChain = Set(chain.map { claims[$0].claim.sentence.document })
                guard documentsInChain.count >= 2 else { return }
                groups.append(group(chain.map { claims[$0] }, concept: concept))
            }
            for member in members {
                if let last = chain.last, claims[member].claim.value > claims[last].claim.value * comparableRatio { flush() }
                chain.append(member)
            }
            flush()
        }
        return groups.sorted { ($0.verdict != .agree ? 0 : 1, -$0.claims.count) < ($1.verdict != .agree ? 0 : 1, -$1.claims.count) }
    }

    func group(_ members: [(claim: NumericClaim, day: Int?)], concept: String) -> ClaimGroup {
        // Earlier reports first.
        let ordered = members.sorted { ($0.day ?? Int.max, $0.claim.sentence.document) < ($1.day ?? Int.max, $1.claim.sentence.document) }
        var comparisons: [ClaimComparison] = []
        for i in ordered.indices {
            for j in ordered.indices where j > i {
                let a = ordered[i], b = ordered[j]
                guard a.claim.sentence.document != b.claim.sentence.document else { continue }
                if let sinceA = a.claim.since, let sinceB = b.claim.since, sinceA != sinceB { continue }
                comparisons.append(compare(a, i, b, j))
            }
        }
        let verdict: ClaimGroup.Verdict
        if comparisons.allSatisfy({ $0.relation == .consistent }) {
            verdict = .agree
        } else if comparisons.allSatisfy({ $0.relation != .conflict }) {
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
        return ClaimComparison(first: i, second: j, relation: .conflict,
                               explanation: "\(left) and \(right) contradict each other (reported the same day or undated).")
    }

    static func overlaps(_ a: NumericClaim, _ b: NumericClaim) -> Bool {
        let tolerance = 0.005
        let aHigh = a.upper ?? .infinity, bHigh = b.upper ?? .infinity
        return a.lower <= bHigh * (1 + tolerance) && b.lower <= aHigh * (1 + tolerance)
    }

    /// The concept a quantity counts, from its `describes` words, else its unit.
    static func concept(_ quantity: Quantity) -> String? {
        for source in [quantity.describes, quantity.unit] {
            guard let source else { continue }
            let words = source.lowercased().split { !$0.isLetter }.map(String.init)
            for word in words { if let concept = ClaimConcepts.conceptOfWord[word] { return concept } }
        }
        if let describes = quantity.describes?.lowercased().split(whereSeparator: { !$0.isLetter }).last {
            return String(describes)
        }
        if let unit = quantity.unit?.lowercased(), !["percent", "%", "per cent"].contains(unit) { return unit }
        return nil
    }

    /// "since 2014" → "2014".
    static func sinceYear(_ sentence: String) -> String? {
        guard let range = sentence.range(of: "since ", options: .caseInsensitive) else { return nil }
        let year = sentence[range.upperBound...].prefix(4)
        return year.count == 4 && year.allSatisfy(\.isNumber) ? String(year) : nil
    }
}
