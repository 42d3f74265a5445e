import ArgumentParser
import Engine
import Foundation
import Link
import Story

/// `storyline brief [STORY]`: the cited brief of a stored story.
struct BriefCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "brief",
        abstract: "A cited brief of a story: summary, articles, timeline, actors, quote book, claims, coverage."
    )

    @Argument(help: "A story id or number from `storyline stories` (default: the largest story).")
    var story: String?
    @Option(help: "Output format: md or json.") var format: OutputFormat = .md
    @Option(help: "The store.") var db: String = StoreBackend.defaultLocation
    @Option(help: "Summary sentences.") var sentences: Int = 6
    @Option(help: "Timeline dates.") var dates: Int = 12
    @Flag(help: "Markdown with every article, actor, quote, claim and copy (the default fits a few pages).") var full = false

    func run() throws {
        let service = try StoriesCommand.service(db: db)
        var builder = BriefBuilder()
        builder.summarySentences = sentences
        builder.timeline.dates = dates
        let isDefault = builder.summarySentences == BriefBuilder().summarySentences && builder.timeline.dates == BriefBuilder().timeline.dates
        if isDefault && format == .md && !full {
            print(try service.briefMarkdown(story), terminator: "")
            return
        }
        if isDefault && format == .json, let kept = try service.keptProduct(.brief, story: story) {
            FileHandle.standardOutput.write(kept)
            return
        }
        let brief = try service.brief(story, builder: isDefault ? nil : builder)
        switch format {
        case .md: print(BriefMarkdown.render(brief, limits: full ? .full : .brief), terminator: "")
        case .json: FileHandle.standardOutput.write(try JSONOutput.encode(brief))
        }
    }
}
