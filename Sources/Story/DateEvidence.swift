import Foundation
import Model

/// What a collection of articles says about one candidate timeline date: how many articles were published on it
/// and around it, and how many mention it — on the day, in later reports looking back, in earlier ones looking
/// ahead — from how many outlets, and how long after it reports still refer to it. ``DateRanker`` weighs these.
struct DateEvidence {
    var published = 0
    var mentionSentences = 0
    /// Articles published on the date or the day after that mention it.
    var sameDayArticles = 0
    /// Articles published two or more days after the date that mention it (a look back).
    var laterArticles = 0
    /// Articles published before the date that mention it (a plan, a deadline).
    var earlierArticles = 0
    var outlets: Set<String> = []
    /// Days from the date to the last article that mentions it.
    var referenceSpan = 0

    /// The names of ``features(publishedAround:volume:)``, in order (a ranker file must list the same).
    static let featureNames = ["published", "publishedAround", "volume", "mentionSentences", "sameDayArticles",
                               "laterArticles", "earlierArticles", "outlets", "referenceSpan"]

    /// The evidence as ranker features: every count as log(1 + count), so a collection ten times larger shifts every
    /// date alike (the ranker standardises features within the collection).
    /// - Parameters:
    ///   - publishedAround: articles published one or two days before or after the date.
    ///   - volume: articles published within three days of the date, the date included.
    func features(publishedAround: Int, volume: Int) -> [Double] {
        [published, publishedAround, volume, mentionSentences, sameDayArticles, laterArticles, earlierArticles,
         outlets.count, referenceSpan].map { log1p(Double($0)) }
    }

    /// The evidence for every date within the options' range that an article is published on or a sentence mentions,
    /// with its features. Copies (documents without records) count nowhere.
    static func collect(_ table: SentenceTable, options: TimelineOptions) -> [(date: CalendarDate, evidence: DateEvidence,
                                                                               features: [Double])] {
        var evidence: [CalendarDate: DateEvidence] = [:]
        for (documentIndex, document) in table.documents.enumerated() {
            let slice = table.records(ofDocument: documentIndex)
            guard !slice.isEmpty else { continue }
            let published = document.publishedDate
            if let published, options.contains(published) { evidence[published, default: DateEvidence()].published += 1 }
            var sentences: [CalendarDate: Int] = [:]
            for record in slice {
                for date in Set(record.mentions.map(\.date)) where options.contains(date) { sentences[date, default: 0] += 1 }
            }
            for (date, count) in sentences {
                var entry = evidence[date, default: DateEvidence()]
                entry.mentionSentences += count
                entry.outlets.insert(document.outlet)
                if let published {
                    let gap = published.dayNumber - date.dayNumber
                    if gap < 0 { entry.earlierArticles += 1 } else if gap <= 1 { entry.sameDayArticles += 1 } else { entry.laterArticles += 1 }
                    entry.referenceSpan = max(entry.referenceSpan, gap)
                } else {
                    entry.sameDayArticles += 1
                }
                evidence[date] = entry
            }
        }
        func published(_ date: CalendarDate, _ offsets: ClosedRange<Int>, skippingZero: Bool) -> Int {
            offsets.reduce(0) { sum, offset in
                offset == 0 && skippingZero ? sum : sum + (evidence[date.adding(days: offset)]?.published ?? 0)
            }
        }
        return evidence.keys.sorted().map { date in
            let entry = evidence[date]!
            return (date, entry, entry.features(publishedAround: published(date, -2...2, skippingZero: true),
                                                volume: published(date, -3...3, skippingZero: false)))
        }
    }
}
