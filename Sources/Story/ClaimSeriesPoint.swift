/// One step of a claim group's dated series: a figure as written and the reports that give it, from the first day to
/// the last day it was given (consecutive reports of the same figure make one step).
public struct ClaimSeriesPoint: Codable, Sendable, Equatable {
    /// The figure as the first report writes it ("at least 233").
    public var text: String
    public var value: Double
    /// The first and last day reports give it (`YYYY-MM-DD`), nil when undated.
    public var first: String?
    public var last: String?
    /// Outlets and named sources that give it, in order of first mention.
    public var outlets: [String]
    public var sources: [String]
    /// How many reports give it.
    public var reports: Int

    /// The dated series of a group's claims (earlier reports first, as ``ClaimGroup/claims`` are): consecutive claims
    /// with the same figure and hedge are one step. At most `limit` steps: the first, the last, and the most reported
    /// of the others, in date order.
    public static func series(of claims: [NumericClaim], limit: Int = .max) -> [ClaimSeriesPoint] {
        var points: [ClaimSeriesPoint] = []
        var lastKey: String?
        for claim in claims {
            let key = "\(claim.value)|\(claim.hedge?.lowercased() ?? "")|\(claim.high.map { "\($0)" } ?? "")"
            let date = claim.asOf ?? claim.sentence.published
            let source = claim.frame?.source
            if key == lastKey, var point = points.popLast() {
                point.last = date ?? point.last
                if point.first == nil { point.first = date }
                if !point.outlets.contains(claim.sentence.outlet) { point.outlets.append(claim.sentence.outlet) }
                if let source, !point.sources.contains(source) { point.sources.append(source) }
                point.reports += 1
                points.append(point)
            } else {
                points.append(ClaimSeriesPoint(text: claim.text, value: claim.value, first: date, last: date,
                                               outlets: [claim.sentence.outlet], sources: source.map { [$0] } ?? [],
                                               reports: 1))
            }
            lastKey = key
        }
        guard points.count > limit, limit >= 2 else { return points }
        let middle = points.indices.dropFirst().dropLast()
            .sorted { (points[$0].reports, $1) > (points[$1].reports, $0) }.prefix(limit - 2)
        let kept = Set(middle).union([points.startIndex, points.endIndex - 1])
        return points.indices.filter { kept.contains($0) }.map { points[$0] }
    }

    /// "“at least 233” (21 Feb–23 Feb; Reuters, CNN; Human Rights Watch)": the figure, its days, who gives it.
    public var label: String {
        var when = first.map(ClaimSeriesPoint.shortDay) ?? "undated"
        if let first, let last, last != first { when += "–" + ClaimSeriesPoint.shortDay(last) }
        var who = outlets.prefix(3).joined(separator: ", ")
        if outlets.count > 3 { who += " +\(outlets.count - 3)" }
        if !sources.isEmpty { who += "; " + sources.prefix(2).joined(separator: ", ") }
        return "“\(text)” (\(when); \(who))"
    }

    /// "2011-02-21" → "21 Feb"; other text as it is.
    static func shortDay(_ day: String) -> String {
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let parts = day.split(separator: "-")
        guard parts.count == 3, let month = Int(parts[1]), (1...12).contains(month), let dayOfMonth = Int(parts[2]) else {
            return day
        }
        return "\(dayOfMonth) \(months[month - 1])"
    }
}
