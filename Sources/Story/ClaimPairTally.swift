/// How the cross-article pairs of a claim group relate: the evidence its verdict weighs.
public struct ClaimPairTally: Codable, Sendable, Equatable {
    /// Hedged intervals overlap (and no clearly larger later figure).
    public var consistent = 0
    /// Of those, pairs reported at the same time.
    public var consistentSameTime = 0
    /// A later report gives a larger figure.
    public var growth = 0
    /// Different figures at the same time.
    public var sameTime = 0
    /// A count running for years grows between two reports far faster than it has on average (counted apart from
    /// `sameTime` and `growth`).
    public var implausible = 0
    /// A later report gives a smaller figure of a count that only grows.
    public var laterSmaller = 0
    /// Of the differing pairs (same time or later smaller), those whose two figures are given by different named
    /// sources (the UN against activists) rather than by outlets alone.
    public var betweenSources = 0

    /// Days on which two or more articles give a figure of the group, and of those, the days on which two articles
    /// give figures their hedges cannot reconcile (within ``ClaimAligner/growthRatio`` of each other).
    public var reportDays = 0
    public var conflictDays = 0

    public init() {}

    /// Share of the days with two or more reports on which the reports differ.
    public var conflictDayShare: Double { reportDays == 0 ? 0 : Double(conflictDays) / Double(reportDays) }

    public var total: Int { consistent + growth + sameTime + laterSmaller + implausible }

    /// Share of the pairs reported at the same time that give different figures.
    public var sameTimeConflictShare: Double {
        let near = sameTime + consistentSameTime
        return near == 0 ? 0 : Double(sameTime) / Double(near)
    }

    /// Share of the pairs reported at different times that differ where a later report gives a smaller figure.
    public var laterSmallerShare: Double {
        let differing = growth + laterSmaller
        return differing == 0 ? 0 : Double(laterSmaller) / Double(differing)
    }
}
