import Link

/// What counted things mean the same (the table and the concept finders live in `Link.CountConcepts`, which the
/// story date resolver shares).
public typealias ClaimConcepts = CountConcepts
