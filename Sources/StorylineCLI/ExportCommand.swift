import ArgumentParser
import Engine
import Foundation
import Link
import Store
import Story

/// `storyline export`: the store's stories as files for other tools: facts as JSON Lines, each section as CSV,
/// articles as IPTC ninjs, timelines for TimelineJS.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export stories for other tools: facts (JSON Lines), CSV per section, IPTC ninjs articles, TimelineJS timelines.",
        subcommands: [Facts.self, CSV.self, Ninjs.self, TimelineJS.self]
    )

    /// Where an export goes.
    struct Destination: ParsableArguments {
        @Option(name: .shortAndLong, help: "Write to this file instead of standard output.") var output: String?

        func write(_ data: Data) throws {
            if let output {
                try data.write(to: URL(fileURLWithPath: output))
            } else {
                FileHandle.standardOutput.write(data)
            }
        }
    }

    /// The stories an export covers: one story, or all of them (largest first).
    static func stories(_ selector: String?, in workspace: StoryWorkspace) throws -> [StoryCluster] {
        guard let selector, !selector.isEmpty else { return workspace.storiesBySize }
        return [try workspace.story(selector).story]
    }

    /// `storyline export facts`: every story's actors, quotes, claims and time expressions as JSON Lines.
    struct Facts: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "facts",
            abstract: "Every story's actors, quotes, numeric claims and time expressions as JSON Lines (one fact a line).",
            discussion: "Articles are named by the id their input gave them; offsets are Unicode code points into the article text."
        )
        @OptionGroup var store: StoreOptions
        @OptionGroup var destination: Destination
        @Option(help: "A sentence is an outlet's boilerplate when at least this share of the outlet's articles repeat it.")
        var boilerplateShare: Double = RepeatedSentenceFinder().minimumShare

        func run() throws {
            var finder = RepeatedSentenceFinder()
            finder.minimumShare = boilerplateShare
            let isDefault = finder.minimumShare == RepeatedSentenceFinder().minimumShare
            let workspace = try StoriesCommand.workspace(db: store.db, boilerplate: isDefault ? nil : finder)
            let exporter = FactsExporter(overrides: try ActorCommand.overrides(db: store.db))
            let writer = try JSONLinesWriter(path: destination.output)
            try exporter.export(workspace) { facts in
                for fact in facts { try writer.write(fact) }
            }
            try writer.close()
        }
    }

    /// `storyline export csv --section S`: one section of the stories as a CSV table.
    struct CSV: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "csv",
            abstract: "One section (articles, actors, quotes, claims, timeline) of one story or of all stories as CSV."
        )
        @Option(help: "The section: \(SectionCSV.allCases.map(\.rawValue).joined(separator: ", ")).") var section: SectionCSV
        @Argument(help: "A story id or number (default: every story).") var story: String?
        @OptionGroup var store: StoreOptions
        @OptionGroup var destination: Destination

        func run() throws {
            let workspace = try StoriesCommand.workspace(db: store.db)
            let table = try section.table(workspace, stories: try ExportCommand.stories(story, in: workspace),
                                          overrides: try ActorCommand.overrides(db: store.db))
            try destination.write(Data(table.text.utf8))
        }
    }

    /// `storyline export ninjs`: the articles as IPTC ninjs 2.0 items, one JSON object a line.
    struct Ninjs: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "ninjs",
            abstract: "The articles of one story (or of the store) as IPTC ninjs 2.0 news items, one a line."
        )
        @Argument(help: "A story id or number (default: every article).") var story: String?
        @OptionGroup var store: StoreOptions
        @OptionGroup var destination: Destination

        func run() throws {
            let workspace = try StoriesCommand.workspace(db: store.db)
            let documents = story == nil ? workspace.documents : try workspace.story(story).documents
            let writer = try JSONLinesWriter(path: destination.output)
            for document in documents { try writer.write(NinjsArticle(document)) }
            try writer.close()
        }
    }

    /// `storyline export timelinejs [STORY]`: a story's timeline as TimelineJS JSON.
    struct TimelineJS: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "timelinejs",
            abstract: "A story's timeline as the JSON TimelineJS reads (default: the largest story)."
        )
        @Argument(help: "A story id or number (default: the largest story).") var story: String?
        @Option(help: "Timeline dates.") var dates: Int = 12
        @Option(help: "Sentences per date.") var sentences: Int = 2
        @OptionGroup var store: StoreOptions
        @OptionGroup var destination: Destination

        func run() throws {
            let selection = try StoriesCommand.service(db: store.db).selection(story)
            let timeline = TimelineBuilder(options: TimelineOptions(dates: dates, sentencesPerDate: sentences))
                .build(selection.documents, copies: selection.copies)
            try destination.write(try JSONOutput.encode(TimelineJSDocument(timeline, title: selection.story.title, story: selection.story.id)))
        }
    }
}

extension SectionCSV: ExpressibleByArgument {}
