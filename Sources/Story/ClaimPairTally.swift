/// How the cross-article pairs of a claim group relate: the evidence its verdict weighs.
public struct ClaimPairTally: Codable, Sendable, Equatable {
    /// Hedged intervals overlap (and no clearly larger later figure).
    public var consistent = 0
    /// A later report gives a larger figure.
    public var growth = 0
    /// Different figures at the same time.
    public var sameTime = 0
    /// A later report gives a smaller figure of a count that only grows.
    public var laterSmaller = 0

    public init() {}

    public var total: Int { consistent + growth + sameTime + laterSmaller }
}
