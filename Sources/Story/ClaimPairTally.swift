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
    /// A later report gives a smaller figure of a count that only grows.
    public var laterSmaller = 0

    public init() {}

    public var total: Int { consistent + growth + sameTime + laterSmaller }

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
