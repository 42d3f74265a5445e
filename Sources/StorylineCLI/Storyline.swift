import ArgumentParser
import Foundation

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

    /// ArgumentParser's entry point, except that a command's failure is reported in one line of our words
    /// (``UserFacingError``) instead of the error's raw text.
    static func main() async {
        if let refusal = StoreBackend.refusal(arguments: Array(CommandLine.arguments.dropFirst())) {
            FileHandle.standardError.write(Data("Error: \(refusal)\n".utf8))
            Foundation.exit(2)
        }
        let command: any ParsableCommand
        do { command = try parseAsRoot() } catch { exit(withError: error) }
        do {
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                var syncCommand = command
                try syncCommand.run()
            }
        } catch {
            UserFacingError.reportDetail(error)
            exit(withError: UserFacingError.translating(error))
        }
    }
}
