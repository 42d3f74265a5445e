import ArgumentParser
import Analyze
import Foundation
import Link
import Model
import Story

/// `storyline timeline`: a dated timeline of a stored story, or of a JSON Lines file (evaluation mode).
struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "A dated timeline of a story (from the store), or of a JSON Lines file of articles.",
        discussion: """
        With FILE.jsonl ({id, date, source?, text} per line) the articles are analysed here and the output is
        {"timeline":[{"date","sentences"}]} (the Timeline17 evaluation format). Without a file, the story is read
        from the store (--db) and printed as Markdown or JSON with events, sources and quotes.
        """
    )

    @Argument(help: "A story id or number from `storyline stories`, or a JSON Lines file of articles.")
    var target: String?

    @Option(help: "Number of dates.") var dates: Int?
    @Option(help: "Sentences (events) per date.") var sentences: Int?
    @Option(help: "First date to consider (YYYY-MM-DD).") var start: String?
    @Option(help: "Last date to consider (YYYY-MM-DD).") var end: String?
    @Option(help: "Comma-separated query keywords (optional).") var keywords: String?
    @Option(help: "Output format for a stored story: md or json.") var format: OutputFormat = .md
    @Option(help: "The store.") var db: String = StoreBackend.defaultLocation
    @Option(help: ArgumentHelp("Keyword bonus.", visibility: .hidden)) var keywordBonus: Float?
    @Option(help: ArgumentHelp("Mention bonus.", visibility: .hidden)) var mentionBonus: Float?
    @Option(help: ArgumentHelp("Redundancy cosine.", visibility: .hidden)) var redundancy: Float?
    @Option(help: ArgumentHelp("Minimum words.", visibility: .hidden)) var minWords: Int?
    @Option(help: ArgumentHelp("Maximum words.", visibility: .hidden)) var maxWords: Int?
    @Option(help: ArgumentHelp("Keep only reporting sentences as events (true/false).", visibility: .hidden))
    var reportingOnly: Bool?
    @Option(help: ArgumentHelp("A date ranker file (features and weights) instead of the shipped one.", visibility: .hidden))
    var dateRanker: String?
    @Option(help: ArgumentHelp("Write every candidate date's ranker features to this JSON Lines file (file mode).",
                               visibility: .hidden))
    var dateFeatures: String?
    @Option(help: ArgumentHelp("""
        A JSON array of option sets ({"weights", "keywordBonus", "mentionBonus", "redundancy", "minWords", "maxWords", \
        "reportingOnly"}): one timeline per set, one JSON line each (file mode; scripts/cv-timeline.py).
        """, visibility: .hidden))
    var sweep: String?

    /// No option given: the story's kept default timeline answers.
    var isDefault: Bool {
        dates == nil && sentences == nil && start == nil && end == nil && (keywords ?? "").isEmpty
            && keywordBonus == nil && mentionBonus == nil && redundancy == nil && minWords == nil && maxWords == nil
            && reportingOnly == nil && dateRanker == nil
    }

    func options(defaultDates: Int, defaultSentences: Int) throws -> TimelineOptions {
        var options = TimelineOptions(dates: dates ?? defaultDates, sentencesPerDate: sentences ?? defaultSentences)
        if let start {
            guard let date = CalendarDate(iso: start) else { throw ValidationError("--start: not a YYYY-MM-DD date") }
            options.start = date
        }
        if let end {
            guard let date = CalendarDate(iso: end) else { throw ValidationError("--end: not a YYYY-MM-DD date") }
            options.end = date
        }
        options.keywords = (keywords ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        if let keywordBonus { options.keywordBonus = keywordBonus }
        if let mentionBonus { options.mentionBonus = mentionBonus }
        if let redundancy { options.redundancy = redundancy }
        if let minWords { options.minimumWords = minWords }
        if let reportingOnly { options.reportingOnly = reportingOnly }
        if let dateRanker { options.dateRanker = try DateRanker(contentsOf: URL(fileURLWithPath: dateRanker)) }
        if let maxWords { options.maximumWords = maxWords }
        return options
    }

    func run() throws {
        if let target, target.hasSuffix(".jsonl") || target == "-" || FileManager.default.fileExists(atPath: target) {
            try runFile(target)
            return
        }
        var options = try options(defaultDates: 10, defaultSentences: 2)
        options.collectSupport = true
        let service = try StoriesCommand.service(db: db)
        if isDefault && format == .json, let kept = try service.keptProduct(.timeline, story: target) {
            FileHandle.standardOutput.write(kept)
            return
        }
        let (timeline, story) = try service.timeline(target, options: isDefault ? nil : options)
        switch format {
        case .json: FileHandle.standardOutput.write(try JSONOutput.encode(timeline))
        case .md: print(TimelineMarkdown.render(timeline, title: story.title), terminator: "")
        }
    }

    /// Evaluation mode: JSON Lines in, `{"timeline":[{"date","sentences"}]}` out.
    func runFile(_ path: String) throws {
        var options = try options(defaultDates: 10, defaultSentences: 2)
        options.collectSupport = false
        let records = try JSONLinesReader.records(path: path)
        guard dateFeatures != nil || sweep != nil else {
            let timeline = Self.fileTimeline(records, options: options)
            FileHandle.standardOutput.write(try JSONOutput.encode(ArticleAnalysis.evaluationFormat(timeline)))
            return
        }
        let documents = ArticleAnalysis.analyse(records)
        let copies = Set(DuplicateDetector().detect(documents).links.filter { $0.kind == .exact }.map(\.copy))
        if let dateFeatures {
            var lines = ""
            for row in TimelineBuilder(options: options).dateFeatures(documents, copies: copies) {
                let values = row.features.map { String($0) }.joined(separator: ",")
                lines += "{\"date\":\"\(row.date)\",\"features\":[\(values)]}\n"
            }
            try lines.write(toFile: dateFeatures, atomically: true, encoding: .utf8)
        }
        guard let sweep else { return }
        let variants = try SweepVariant.read(sweep).map { $0.applied(to: options) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for timeline in TimelineBuilder.build(documents, copies: copies, variants: variants) {
            var line = try encoder.encode(ArticleAnalysis.evaluationFormat(timeline))
            line.append(10)
            FileHandle.standardOutput.write(line)
        }
    }

    /// Analyse, mark exact copies, build the timeline (shared with `storyline bench story`).
    static func fileTimeline(_ records: [InputRecord], options: TimelineOptions) -> Timeline {
        let documents = ArticleAnalysis.analyse(records)
        let copies = Set(DuplicateDetector().detect(documents).links.filter { $0.kind == .exact }.map(\.copy))
        return TimelineBuilder(options: options).build(documents, copies: copies)
    }
}
