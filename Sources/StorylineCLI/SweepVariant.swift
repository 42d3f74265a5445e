import ArgumentParser
import Foundation
import Story

/// One option set of `storyline timeline --sweep FILE`: the tuned constants a cross-validation run tries (any left
/// out keep the command's value).
struct SweepVariant: Decodable {
    var weights: [Double]?
    var keywordBonus: Float?
    var mentionBonus: Float?
    var redundancy: Float?
    var minWords: Int?
    var maxWords: Int?
    var reportingOnly: Bool?

    /// The variants of a sweep file (a JSON array).
    static func read(_ path: String) throws -> [SweepVariant] {
        let variants = try JSONDecoder().decode([SweepVariant].self, from: Data(contentsOf: URL(fileURLWithPath: path)))
        for variant in variants where variant.weights.map({ $0.count != DateRanker.standard.features.count }) ?? false {
            throw ValidationError("--sweep: every \"weights\" needs \(DateRanker.standard.features.count) values")
        }
        return variants
    }

    func applied(to base: TimelineOptions) -> TimelineOptions {
        var options = base
        if let weights { options.dateRanker = DateRanker(features: base.dateRanker.features, weights: weights) }
        if let keywordBonus { options.keywordBonus = keywordBonus }
        if let mentionBonus { options.mentionBonus = mentionBonus }
        if let redundancy { options.redundancy = redundancy }
        if let minWords { options.minimumWords = minWords }
        if let maxWords { options.maximumWords = maxWords }
        if let reportingOnly { options.reportingOnly = reportingOnly }
        return options
    }
}
