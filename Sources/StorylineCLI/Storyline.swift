import ArgumentParser

/// The `storyline` command: turns raw news pages about one story into one sourced, dated, cross-checked story.
@main
struct Storyline: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "storyline",
        abstract: "Turn raw news pages from many outlets into one sourced, dated, cross-checked story.",
        subcommands: [
            IngestCommand.self, ExtractCommand.self, AnalyzeCommand.self, SearchCommand.self,
            StoriesCommand.self, TimelineCommand.self, BriefCommand.self, ActorCommand.self, DateCommand.self,
            ShowCommand.self, ExportCommand.self, IndexCommand.self, CheckCommand.self, DemoCommand.self, ServeCommand.self, BenchCommand.self,
        ]
    )
}
