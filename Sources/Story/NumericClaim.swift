import Model
/// A number an article states about something, with its hedge and the interval it allows.
public struct NumericClaim: Codable, Sendable {
    public var sentence: SentenceCitation
    /// The number as written ("nearly 13,000").
    public var text: String
    /// Where the number stands in the article's text (UTF-8 bytes).
    public var span: Span
    public var value: Double
    public var high: Double?
    public var hedge: String?
    public var unit: String?
    public var describes: String?
    /// The quantity measured, normalised: what is counted and what happened to it, with rate, separate qualifier,
    /// scope and period (``ClaimFrame/key``: "killed", "barrels per day", "killed in Benghazi").
    public var concept: String
    /// What the sentence says about the figure: counted thing, rate, qualifier, scope, period, source.
    public var frame: ClaimFrame?
    /// A starting year the sentence gives the count ("since 2014"), when it does.
    public var since: String?
    /// The interval the hedged value allows (`upper` nil: no upper bound).
    public var lower: Double
    public var upper: Double?
    /// The day the sentence gives the figure itself ("down from 60 on March 8"), when it is not the report's day.
    public var asOf: String?
}

/// How two claims about the same count relate.
public struct ClaimComparison: Codable, Sendable {
    public enum Relation: String, Codable, Sendable {
        /// The hedged intervals overlap.
        case consistent
        /// They differ, and the later report gives the larger figure of a count that only grows.
        case update
        /// They differ otherwise (same time, or a later report gives a smaller figure).
        case conflict
    }

    /// Why two claims conflict, when they do.
    public enum ConflictKind: String, Codable, Sendable {
        /// Different figures reported at the same time.
        case sameTime
        /// A later report gives a smaller figure of a count that only grows (often a stale figure repeated).
        case laterSmaller
        /// A count running for years grows far faster between two reports than it has on average.
        case implausibleGrowth
    }

    /// Indices into the group's claims (earlier report first).
    public var first: Int
    public var second: Int
    public var relation: Relation
    public var conflictKind: ConflictKind?
    public var explanation: String
}

/// Claims from a story that count the same thing, and whether the outlets agree.
public struct ClaimGroup: Codable, Sendable {
    public enum Verdict: String, Codable, Sendable {
        case agree
        /// Differences are all explained by later reports giving larger figures.
        case update
        case disagree

        /// The verdict as exports name it (`agree`, `update`, `disagreement`).
        public var label: String { self == .disagree ? "disagreement" : rawValue }
    }

    /// Who disagrees in a disagreement.
    public enum Disagreement: String, Codable, Sendable {
        /// Named sources give different figures (the UN against activists, one ministry against another).
        case sources
        /// Outlets report different figures without naming different sources for them (one source quoted two ways,
        /// a stale figure repeated, or no source named).
        case outlets
    }

    /// What the group counts, with its starting year when the sentences give one ("killed since 2014").
    public var what: String { since.map { "\(concept) since \($0)" } ?? concept }

    /// The id exports give the `number`th group (from 0) of a story's alignment: "s1/g1".
    public static func id(story: String, number: Int) -> String { "\(story)/g\(number + 1)" }

    public var concept: String
    public var since: String?
    public var claims: [NumericClaim]
    public var verdict: Verdict
    /// How the group's cross-article pairs relate (what the verdict weighs).
    public var pairs: ClaimPairTally
    public var comparisons: [ClaimComparison]
    /// One paragraph for people: who says what, when, and the verdict.
    public var summary: String
    /// Who disagrees, when the verdict is a disagreement.
    public var disagreement: Disagreement?
    /// How many articles give a figure of the group (its coverage) and their outlets, most figures first.
    public var articles: Int
    public var outlets: [String]
    /// The verdict in one line, with the figures that decide it.
    public var headline: String
}
