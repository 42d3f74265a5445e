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
    @Option(help: "The store.") var db: String = "storyline.db"
    @Option(help: ArgumentHelp("Weight of one publication against one date mention.", visibility: .hidden))
    var publicationWeight: Double?
    @Option(help: ArgumentHelp("Weight of a future mention.", visibility: .hidden)) var futureWeight: Double?
    @Option(help: ArgumentHelp("Keyword bonus.", visibility: .hidden)) var keywordBonus: Float?
    @Option(help: ArgumentHelp("Mention bonus.", visibility: .hidden)) var mentionBonus: Float?
    @Option(help: ArgumentHelp("Redundancy cosine.", visibility: .hidden)) var redundancy: Float?
    @Option(help: ArgumentHelp("Weight of a later article's mention.", visibility: .hidden)) var laterWeight: Double?
    @Option(help: ArgumentHelp("Days after which a mention is a later one.", visibility: .hidden)) var laterDays: Int?
    @Option(help: ArgumentHelp("Count a date once per article (true/false).", visibility: .hidden)) var perArticle: Bool?
    @Option(help: ArgumentHelp("Coverage volume exponent.", visibility: .hidden)) var volumeExponent: Double?
    @Option(help: ArgumentHelp("Coverage volume window (days).", visibility: .hidden)) var volumeWindow: Int?
    @Option(help: ArgumentHelp("Minimum words.", visibility: .hidden)) var minWords: Int?
    @Option(help: ArgumentHelp("Maximum words.", visibility: .hidden)) var maxWords: Int?

    /// No option given: the story's kept default timeline answers.
    var isDefault: Bool {
        dates == nil && sentences == nil && start == nil && end == nil && (keywords ?? "").isEmpty
            && publicationWeight == nil && futureWeight == nil && keywordBonus == nil && mentionBonus == nil
            && redundancy == nil && laterWeight == nil && laterDays == nil && perArticle == nil && volumeExponent == nil
            && volumeWindow == nil && minWords == nil && maxWords == nil
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
        if let publicationWeight { options.publicationWeight = publicationWeight }
        if let futureWeight { options.futureMentionWeight = futureWeight }
        if let keywordBonus { options.keywordBonus = keywordBonus }
        if let mentionBonus { options.mentionBonus = mentionBonus }
        if let redundancy { options.redundancy = redundancy }
        if let laterWeight { options.laterMentionWeight = laterWeight }
        if let laterDays { options.laterMentionDays = laterDays }
        if let perArticle { options.mentionsPerArticle = perArticle }
        if let volumeExponent { options.volumeExponent = volumeExponent }
        if let volumeWindow { options.volumeWindowDays = volumeWindow }
        if let minWords { options.minimumWords = minWords }
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
        let timeline = Self.fileTimeline(try JSONLinesReader.records(path: path), options: options)
        FileHandle.standardOutput.write(try JSONOutput.encode(ArticleAnalysis.evaluationFormat(timeline)))
    }

    /// Analyse, mark exact copies, build the timeline (shared with `storyline bench story`).
    static func fileTimeline(_ records: [InputRecord], options: TimelineOptions) -> Timeline {
        let documents = ArticleAnalysis.analyse(records)
        let copies = Set(DuplicateDetector().detect(documents).links.filter { $0.kind == .exact }.map(\.copy))
        return TimelineBuilder(options: options).build(documents, copies: copies)
    }
}
