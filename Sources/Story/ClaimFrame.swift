/// What a figure measures, read from its sentence: the thing counted and what happened to it, whether it is a rate,
/// how sure it is, the place it covers, the group of people it counts, its period (one day's count or a running
/// total), the year it is about, and who gives it. Claims are compared only when their ``key``s are equal.
public struct ClaimFrame: Codable, Sendable, Hashable {
    /// What is counted and what happened to it ("killed", "displaced", "barrels", "barrels collected").
    public var counted: String
    /// The period a rate is per ("day"), nil for a total.
    public var ratePer: String?
    /// How sure the figure is: suspected, hypothetical, estimated, confirmed; nil when the sentence does not say.
    public var qualifier: String?
    /// The place, event or group the sentence names for the figure ("Benghazi", "Tunisia"); nil for the story's own
    /// whole scope (its country, "nationwide", or none named).
    public var scope: String?
    /// The group within the story's people the figure counts ("staff" for "14 of its staff", "security forces" for
    /// "10 policemen"); nil for people in general.
    public var group: String?
    /// "day" for the count of one day or one incident ("in Wednesday's clashes", "killed on Friday"); nil for a
    /// running total or a figure that does not say.
    public var period: String?
    /// The day a one-day count is about (ISO date), when the sentence's day resolves; not part of the key (the
    /// aligner reads the story's own first day as no period).
    public var periodDay: String?
    /// A starting year ("since 2014").
    public var since: String?
    /// Another year the figure is about than its report's ("in 1982"): another event.
    public var year: String?
    /// Who gives the figure ("Human Rights Watch", "the UN"), when the sentence says.
    public var source: String?

    public init(counted: String, ratePer: String? = nil, qualifier: String? = nil, scope: String? = nil,
                group: String? = nil, period: String? = nil, since: String? = nil, year: String? = nil,
                source: String? = nil) {
        self.counted = counted
        self.ratePer = ratePer
        self.qualifier = qualifier
        self.scope = scope
        self.group = group
        self.period = period
        self.since = since
        self.year = year
        self.source = source
    }

    /// Qualifiers that make a figure measure another quantity than plain counts of the same thing.
    public static let separateQualifiers: Set<String> = ["suspected", "hypothetical"]

    /// The quantity measured: claims with equal keys may be compared. A starting year ("since 2014") is not part of
    /// it: a count since the start of the story's conflict is often given without its start.
    public var key: String {
        var parts = [counted]
        if let ratePer { parts.append("per \(ratePer)") }
        if let qualifier, ClaimFrame.separateQualifiers.contains(qualifier) { parts.append(qualifier) }
        if let group { parts.append("of \(group)") }
        if let scope { parts.append("in \(scope)") }
        if period == "day" { parts.append("on one day") }
        if let year { parts.append("in \(year)") }
        return parts.joined(separator: " ")
    }
}
