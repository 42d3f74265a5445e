import Link

/// What a hedge written with a number says about the true value (the table lives in `Link.CountHedges`, which the
/// story date resolver shares).
public typealias HedgeTable = CountHedges
