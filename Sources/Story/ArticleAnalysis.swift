import Analyze
import Foundation
import Model
import Story

/// The JSON Lines → timeline path of `storyline timeline FILE` and `storyline bench story`: runs the analyzers a
/// timeline needs over input records, in parallel, and writes the evaluation format.
public enum ArticleAnalysis {
    /// The analyzers a timeline needs: sentences and time expressions.
    public static let pipeline = AnalysisPipeline(analyzers: [SentenceSplitter(), TemporalTagger()])

    /// Turns input records into analysed documents, in parallel over the cores, keeping input order.
    public static func analyse(_ records: [InputRecord]) -> [Document] {
        let results = ResultSlots<Document>(count: records.count)
        DispatchQueue.concurrentPerform(iterations: records.count) { index in
            let record = records[index]
            var metadata = ArticleMetadata(title: record.title, url: record.url, source: record.source)
            if let date = record.date.flatMap(CalendarDate.init(iso:)) {
                metadata.published = DateAttribution(date: date, source: .input, confidence: 1)
            }
            var document = Document(id: record.id, text: record.text ?? "", metadata: metadata)
            pipeline.run(&document)
            results.set(index, document)
        }
        return results.values()
    }

    /// The evaluation format: `{"timeline":[{"date","sentences":[…]}]}`.
    public struct EvaluationTimeline: Encodable, Sendable {
        public struct Entry: Encodable, Sendable {
            public var date: String
            public var sentences: [String]
        }
        public var timeline: [Entry]
    }

    public static func evaluationFormat(_ timeline: Timeline) -> EvaluationTimeline {
        EvaluationTimeline(timeline: timeline.entries.map { entry in
            EvaluationTimeline.Entry(date: entry.date, sentences: entry.events.map(\.sentence.text))
        })
    }
}

