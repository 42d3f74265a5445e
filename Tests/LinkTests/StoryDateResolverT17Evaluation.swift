import Foundation
import Testing
import Analyze
import Model
@testable import Link

/// Measurement, not a unit test: on Timeline17 dev topics (dated news articles, read from decompressed
/// `<topic>.jsonl` files in `$STORYLINE_T17_DIR`; evaluation data, never copied into the repository), articles are
/// taken in date order in groups of `groupSize` (a few weeks of one story), every tenth article's date (`$STORYLINE_T17_HIDE_EVERY`) is hidden,
/// and the story resolver estimates it from the group; the per-article `DocumentDateEstimator` on the same texts is
/// the baseline. Prints day-error buckets and accuracy by confidence.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["STORYLINE_T17_DIR"] != nil))
struct StoryDateResolverT17Evaluation {
    struct Article: Decodable { var id: String; var date: String; var text: String }
    static let groupSize = 60

    /// The first `limit` groups of `groupSize` consecutive articles of each dev topic.
    static func groups(in folder: String, limit: Int) throws -> [[Article]] {
        var result: [[Article]] = []
        for topic in ["bpoil", "egypt", "haiti", "libya"] {
            let lines = try String(contentsOfFile: "\(folder)/\(topic).jsonl", encoding: .utf8).split(separator: "\n")
            let articles = try lines.map { try JSONDecoder().decode(Article.self, from: Data($0.utf8)) }
            for start in stride(from: 0, to: articles.count, by: groupSize).prefix(limit) {
                result.append(Array(articles[start..<min(articles.count, start + groupSize)]))
            }
        }
        return result
    }

    @Test func hiddenDatesAreRecovered() throws {
        let folder = ProcessInfo.processInfo.environment["STORYLINE_T17_DIR"]!
        let limit = Int(ProcessInfo.processInfo.environment["STORYLINE_T17_GROUPS"] ?? "") ?? 4
        let every = Int(ProcessInfo.processInfo.environment["STORYLINE_T17_HIDE_EVERY"] ?? "") ?? 10
        // STORYLINE_T17_KEEP_EVERY=N: the other way round, only every Nth article keeps its date (most undated, as in
        // a pile of scrapes); STORYLINE_T17_QUANTITIES=1: sentences and quantities are tagged first (count trends)
        let keep = Int(ProcessInfo.processInfo.environment["STORYLINE_T17_KEEP_EVERY"] ?? "")
        let tagQuantities = ProcessInfo.processInfo.environment["STORYLINE_T17_QUANTITIES"] == "1"
        let pipeline = AnalysisPipeline(analyzers: [SentenceSplitter(), QuantityTagger()])
        var errors: [(story: Int?, article: Int?, confidence: Double, plain: Int?, inRange: Bool)] = []
        let resolver = StoryDateResolver()
        var noTrendWeights = DateClueWeights()
        noTrendWeights.countTrendWeights = []
        let noTrend = StoryDateResolver(weights: noTrendWeights)
        let estimator = DocumentDateEstimator()
        for group in try Self.groups(in: folder, limit: limit) {
            var documents: [Document] = []
            var hidden: [String: CalendarDate] = [:]
            for (index, article) in group.enumerated() {
                guard let date = CalendarDate(iso: article.date) else { continue }
                var document = Document(id: article.id, text: article.text)
                if tagQuantities { pipeline.run(&document) }
                let hide = keep.map { index % $0 != $0 / 2 } ?? (index % every == every / 2)
                if hide {
                    hidden[article.id] = date
                } else {
                    document.metadata.published = DateAttribution(date: date, source: .input, confidence: 1)
                }
                documents.append(document)
            }
            let plain = noTrend.estimate(documents)
            for document in resolver.resolve(documents) {
                guard let truth = hidden[document.id] else { continue }
                let published = document.metadata.published
                let story = published.map { $0.date.dayNumber - truth.dayNumber }
                let own = estimator.estimate(text: document.text, prior: nil, minimumConfidence: 0).map { $0.date.dayNumber - truth.dayNumber }
                let inRange = published.flatMap { p in p.earliest.flatMap { e in p.latest.map { e <= truth && truth <= $0 } } } ?? false
                errors.append((story, own, published?.confidence ?? 0,
                               plain[document.id].map { $0.date.dayNumber - truth.dayNumber }, inRange))
            }
        }
        func line(_ name: String, _ values: [Int?]) -> String {
            let n = Double(values.count)
            func share(_ days: Int) -> String {
                String(format: "%.3f", Double(values.filter { $0.map { abs($0) <= days } ?? false }.count) / n)
            }
            let dated = values.compactMap { $0 }.map(abs).sorted()
            let median = dated.isEmpty ? -1 : dated[dated.count / 2]
            return "\(name): n=\(values.count) dated=\(dated.count) exact=\(share(0)) ±1=\(share(1)) ±3=\(share(3)) "
                + "±7=\(share(7)) ±30=\(share(30)) median|err|=\(median)"
        }
        print(line("story resolver  ", errors.map(\.story)))
        var signed: [Int: Int] = [:]
        for error in errors.compactMap(\.story) { signed[max(-8, min(8, error)), default: 0] += 1 }
        print("signed error (estimate − truth, clipped to ±8): "
              + signed.keys.sorted().map { "\($0):\(signed[$0]!)" }.joined(separator: " "))
        print(line("no count trend  ", errors.map(\.plain)))
        print(line("per-article est.", errors.map(\.article)))
        print(String(format: "truth inside the plausible range: %.3f", Double(errors.filter(\.inRange).count) / Double(errors.count)))
        for (low, high) in [(0.0, 0.2), (0.2, 0.5), (0.5, 1.01)] {
            let bin = errors.filter { $0.confidence >= low && $0.confidence < high }
            print(line("  confidence \(low)..<\(high)", bin.map(\.story)))
        }
        #expect(!errors.isEmpty)
    }

    /// How often a ``CountOrdering`` (the clearly larger count is later) agrees with the true dates, on the same
    /// groups of T17 articles: the weights `countTrendWeights` are the log-odds this gives.
    /// The standard finder, and one per least number of shared words (the tally per row is "at least that many").
    static func finders() -> [(String, CountTrendFinder)] {
        [0, 1, 2, 3].map { shared in
            var finder = CountTrendFinder()
            finder.minimumSharedWords = shared
            return ("shared words ≥ \(shared)", finder)
        }
    }

    @Test func countOrderingsAgainstTrueDates() throws {
        let folder = ProcessInfo.processInfo.environment["STORYLINE_T17_DIR"]!
        let limit = Int(ProcessInfo.processInfo.environment["STORYLINE_T17_GROUPS"] ?? "") ?? 4
        let pipeline = AnalysisPipeline(analyzers: [SentenceSplitter(), QuantityTagger()])
        var tally: [String: (right: Int, same: Int, wrong: Int)] = [:]
        for group in try Self.groups(in: folder, limit: limit) {
            var documents: [Document] = []
            var days: [Int] = []
            for article in group {
                guard let date = CalendarDate(iso: article.date) else { continue }
                var document = Document(id: article.id, text: article.text)
                pipeline.run(&document)
                documents.append(document)
                days.append(date.dayNumber)
            }
            for (name, finder) in Self.finders() {
              for ordering in finder.orderings(documents) {
                let gap = days[ordering.later] - days[ordering.earlier]
                for key in [name + (ordering.cumulative ? " cumulative" : " other"), name + " all"] {
                    var t = tally[key] ?? (0, 0, 0)
                    if gap > 0 { t.right += 1 } else if gap == 0 { t.same += 1 } else { t.wrong += 1 }
                    tally[key] = t
                }
              }
            }
        }
        for key in tally.keys.sorted() {
            let t = tally[key]!
            let n = Double(t.right + t.same + t.wrong)
            print(String(format: "count orderings (%@): n=%d later-right %.3f same day %.3f wrong %.3f", key,
                         t.right + t.same + t.wrong, Double(t.right) / n, Double(t.same) / n, Double(t.wrong) / n))
        }
        #expect(!tally.isEmpty)
    }
}
