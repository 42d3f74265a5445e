/// Every numeric claim of a story (each figure with what it measures) and the groups of claims that measure the same
/// quantity in two or more articles.
public struct ClaimAlignment: Sendable {
    /// Every claim, grouped or not, in article order.
    public var claims: [NumericClaim]
    public var groups: [ClaimGroup]

    public init(claims: [NumericClaim], groups: [ClaimGroup]) {
        self.claims = claims
        self.groups = groups
    }
}
