import Foundation
import Link
import Model

/// Builds a dated timeline from analysed articles.
///
/// Candidate dates are those articles are published on or sentences mention (a time expression that resolves to
/// the day); ``DateRanker`` scores each from its ``DateEvidence`` (publications on and around the day, mentions on
/// the day, in later reports and in earlier ones, outlets, how long reports keep referring to it) and the best
/// `dates` are kept. Each chosen date's candidate sentences are those mentioning it, and those without a date of
/// their own in articles published that day; debris (questions, transcript labels, captions, comments) is left out.
/// Candidates are ranked by closeness to the date's TF-IDF centroid (keyword and explicit-date bonuses) and chosen
/// greedily without redundancy, across the whole timeline; each chosen sentence becomes an event, supported by
/// similar sentences of the same date in other articles (their outlets, and the quotes in them).
public struct TimelineBuilder: Sendable {
    public var options: TimelineOptions

    public init(options: TimelineOptions) {
        self.options = options
    }

    /// - Parameter copies: ids of documents marked as copies of others (left out: a copy is not a second report).
    public func build(_ documents: [Document], copies: Set<String> = []) -> Timeline {
        let table = SentenceTable(documents: documents, keywords: options.keywords, skip: copies)
        return build(table)
    }

    /// One timeline per option set, the articles tokenised once (the options must share their keywords): for
    /// sweeps over tuned constants.
    public static func build(_ documents: [Document], copies: Set<String> = [], variants: [TimelineOptions]) -> [Timeline] {
        guard let first = variants.first else { return [] }
        let table = SentenceTable(documents: documents, keywords: first.keywords, skip: copies)
        return variants.map { TimelineBuilder(options: $0).build(table) }
    }

    /// Every candidate date (within the options' range) with its ranker features, in date order: what the ranker
    /// is fitted on.
    public func dateFeatures(_ documents: [Document], copies: Set<String> = []) -> [(date: CalendarDate, features: [Double])] {
        let table = SentenceTable(documents: documents, keywords: options.keywords, skip: copies)
        return DateEvidence.collect(table, options: options).map { ($0.date, $0.features) }
    }

    struct Candidate {
        var record: Int
        var mentioned: Bool
        var evidence: Span?
    }

    func build(_ table: SentenceTable) -> Timeline {
        // 1. Rank dates.
        let evidence = DateEvidence.collect(table, options: options)
        let scores = options.dateRanker.scores(evidence.map(\.features))
        var dateScore: [CalendarDate: Double] = [:]
        var found: [CalendarDate: DateEvidence] = [:]
        for (index, entry) in evidence.enumerated() {
            dateScore[entry.date] = scores[index]
            found[entry.date] = entry.evidence
        }
        let chosenDates = dateScore.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .prefix(options.dates).map(\.key)
        let chosen = Set(chosenDates)
        var candidates: [CalendarDate: [Candidate]] = [:]
        let publishedDates = table.documents.map(\.publishedDate)
        for documentIndex in table.documents.indices {
            let published = publishedDates[documentIndex]
            for recordIndex in table.records(ofDocument: documentIndex).indices {
                let record = table.records[recordIndex]
                var seen: Set<CalendarDate> = []
                for mention in record.mentions where chosen.contains(mention.date) && seen.insert(mention.date).inserted {
                    candidates[mention.date, default: []].append(Candidate(record: recordIndex, mentioned: true,
                                                                           evidence: mention.span))
                }
                if record.mentions.isEmpty, let published, chosen.contains(published) {
                    candidates[published, default: []].append(Candidate(record: recordIndex, mentioned: false, evidence: nil))
                }
            }
        }

        // 2. Choose sentences per date, most important dates first (they get first pick against redundancy).
        var chosenVectors: [TermVector] = []
        var entries: [TimelineEntry] = []
        for date in chosenDates {
            var pool = (candidates[date] ?? []).filter {
                let words = table.records[$0.record].words
                return words >= options.minimumWords && words <= options.maximumWords
            }
            // A date whose sentences are all too short or too long still gets its best sentences of 4+ words.
            if pool.isEmpty { pool = (candidates[date] ?? []).filter { table.records[$0.record].words >= 4 } }
            let centroid = TermVector.centroid(pool.map { table.records[$0.record].vector })
            var scored: [(candidate: Candidate, score: Float)] = pool.map { candidate in
                let record = table.records[candidate.record]
                var score = record.vector.cosine(centroid)
                if record.hasKeyword { score *= options.keywordBonus }
                if candidate.mentioned { score *= options.mentionBonus }
                return (candidate, score)
            }
            scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.candidate.record < $1.candidate.record }
            var events: [TimelineEvent] = []
            var usedDocuments: Set<Int> = []
            for (candidate, _) in scored {
                if events.count >= options.sentencesPerDate { break }
                let record = table.records[candidate.record]
                if chosenVectors.contains(where: { $0.cosine(record.vector) >= options.redundancy }) { continue }
                if options.reportingOnly, !TimelineBuilder.isReporting(record, table: table) { continue }
                chosenVectors.append(record.vector)
                usedDocuments.insert(record.document)
                events.append(event(for: candidate, date: date, pool: pool, table: table))
            }
            entries.append(TimelineEntry(date: date.description, score: dateScore[date] ?? 0,
                                         mentions: found[date]?.mentionSentences ?? 0, published: found[date]?.published ?? 0,
                                         events: events))
        }
        entries.sort { $0.date < $1.date }
        return Timeline(entries: entries)
    }

    func event(for candidate: Candidate, date: CalendarDate, pool: [Candidate], table: SentenceTable) -> TimelineEvent {
        let record = table.records[candidate.record]
        let document = table.document(of: record)
        let evidence: String
        if let span = candidate.evidence {
            evidence = "“\(SentenceText.clean(document.text(of: span)))” → \(date)"
        } else {
            evidence = "published \(date), no other date in the sentence"
        }
        var support: [SentenceCitation] = []
        var outlets = [document.outlet]
        var quotes = TimelineBuilder.quotes(in: record, table: table)
        if options.collectSupport {
            var seenDocuments: Set<Int> = [record.document]
            for other in pool where other.record != candidate.record {
                let otherRecord = table.records[other.record]
                guard !seenDocuments.contains(otherRecord.document),
                      otherRecord.vector.cosine(record.vector) >= options.supportSimilarity else { continue }
                seenDocuments.insert(otherRecord.document)
                support.append(table.citation(otherRecord))
                let outlet = table.document(of: otherRecord).outlet
                if !outlets.contains(outlet) { outlets.append(outlet) }
                quotes += TimelineBuilder.quotes(in: otherRecord, table: table)
            }
        }
        return TimelineEvent(sentence: table.citation(record), dateEvidence: evidence, support: support,
                             outlets: outlets, quotes: quotes)
    }

    /// False for debris and talk (``BriefBuilder/isReporting(_:)``): such a sentence is never an event.
    static func isReporting(_ record: SentenceTable.Record, table: SentenceTable) -> Bool {
        let document = table.document(of: record)
        return BriefBuilder.isReporting(SentenceText.cleanSentence(document.text(of: document.sentences[record.sentence].span)))
    }

    static func quotes(in record: SentenceTable.Record, table: SentenceTable) -> [QuoteCitation] {
        let document = table.document(of: record)
        let span = document.sentences[record.sentence].span
        return document.quotes.filter { $0.span.overlaps(span) }.map { QuoteCitation(quote: $0, in: document) }
    }
}
