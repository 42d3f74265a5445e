import Foundation

/// What a hedge written with a number says about the true value: the interval `[low × value, high × value]`
/// (`high` nil for no upper bound). A table, apart from the code that applies it; shared by the claim aligner
/// (`Story.ClaimAligner`, which calls it `HedgeTable`) and the date resolver's count trends (``CountTrendFinder``).
public enum CountHedges {
    public struct Bounds: Sendable {
        public var low: Double
        public var high: Double?
    }

    /// Hedge phrase (lower case) → bounds as multiples of the value.
    public static let bounds: [String: Bounds] = {
        var table: [String: Bounds] = [:]
        for phrase in ["at least", "no fewer than", "no less than", "not less than", "a minimum of", "minimum of",
                       "more than", "over", "above", "upwards of", "in excess of", "exceeding", "beyond", "greater than"] {
            table[phrase] = Bounds(low: 1, high: nil)
        }
        for phrase in ["nearly", "almost", "close to", "just under", "just shy of", "approaching", "not quite"] {
            table[phrase] = Bounds(low: 0.9, high: 1)
        }
        for phrase in ["about", "around", "approximately", "roughly", "some", "an estimated", "estimated", "circa",
                       "approx", "approx.", "c.", "~", "or so", "give or take", "on the order of", "in the region of"] {
            table[phrase] = Bounds(low: 0.9, high: 1.1)
        }
        for phrase in ["up to", "as many as", "at most", "no more than", "not more than", "less than", "fewer than",
                       "under", "below", "a maximum of", "maximum of"] {
            table[phrase] = Bounds(low: 0, high: 1)
        }
        for phrase in ["exactly", "precisely", "just", "only"] {
            table[phrase] = Bounds(low: 1, high: 1)
        }
        return table
    }()

    /// The interval a hedged value allows; an unknown hedge is read as "about".
    public static func interval(value: Double, high: Double?, hedge: String?) -> (low: Double, high: Double?) {
        if let high { return (min(value, high), max(value, high)) }
        guard let hedge = hedge?.lowercased().trimmingCharacters(in: .whitespaces), !hedge.isEmpty else {
            return (value, value)
        }
        let bounds = CountHedges.bounds[hedge] ?? Bounds(low: 0.9, high: 1.1)
        return (bounds.low * value, bounds.high.map { $0 * value })
    }
}
