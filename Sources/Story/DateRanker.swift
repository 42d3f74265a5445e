import Foundation

/// Ranks a collection's candidate timeline dates by a linear score over their ``DateEvidence`` features, each
/// standardised within the collection (so the weights do not depend on how many articles a story has). The weights
/// are a logistic regression fitted by `scripts/cv-timeline.py` (leave one topic out; the shipped file is the fit on
/// every dev topic) and live in `Resources/timeline/date-ranker.json`.
public struct DateRanker: Sendable, Codable {
    /// The feature names, in the order of `weights` (must equal the builder's features).
    public var features: [String]
    public var weights: [Double]

    public init(features: [String], weights: [Double]) {
        self.features = features
        self.weights = weights
    }

    /// Reads a ranker file; fails when its features are not the ones the timeline builder computes.
    public init(contentsOf url: URL) throws {
        let ranker = try JSONDecoder().decode(DateRanker.self, from: Data(contentsOf: url))
        guard ranker.features == DateEvidence.featureNames, ranker.weights.count == ranker.features.count else {
            throw RankerError.mismatch(url.path)
        }
        self = ranker
    }

    /// The ranker shipped with the package; a missing or malformed file stops the program (it is part of the build).
    public static let standard: DateRanker = {
        guard let url = Bundle.module.url(forResource: "date-ranker", withExtension: "json", subdirectory: "Resources/timeline")
                ?? Bundle.module.url(forResource: "date-ranker", withExtension: "json") else {
            fatalError("Story resource Resources/timeline/date-ranker.json is missing")
        }
        do { return try DateRanker(contentsOf: url) } catch { fatalError("Story resource date-ranker.json: \(error)") }
    }()

    /// A ranker file whose features differ from the builder's.
    public enum RankerError: Error, CustomStringConvertible {
        case mismatch(String)
        public var description: String {
            switch self {
            case .mismatch(let path): "\(path): features must be \(DateEvidence.featureNames) with one weight each"
            }
        }
    }

    /// The score of each row: features standardised over all rows (a constant feature counts zero), then weighted.
    func scores(_ rows: [[Double]]) -> [Double] {
        guard let width = rows.first?.count else { return [] }
        var means = [Double](repeating: 0, count: width), deviations = [Double](repeating: 0, count: width)
        for row in rows { for j in 0..<width { means[j] += row[j] } }
        for j in 0..<width { means[j] /= Double(rows.count) }
        for row in rows { for j in 0..<width { deviations[j] += (row[j] - means[j]) * (row[j] - means[j]) } }
        for j in 0..<width { deviations[j] = (deviations[j] / Double(rows.count)).squareRoot() }
        return rows.map { row in
            var score = 0.0
            for j in 0..<min(width, weights.count) where deviations[j] > 1e-12 {
                score += weights[j] * (row[j] - means[j]) / deviations[j]
            }
            return score
        }
    }
}
