import ArgumentParser

/// `storyline bench …`: benchmarks, each a subcommand run beside its peer (run them from a release build).
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Benchmarks, each run beside its peer.",
        subcommands: [
            BenchExtractCommand.self,
            BenchIndexCommand.self,
            BenchIngestCommand.self,
            BenchMakeWARCCommand.self,
            BenchNLPCommand.self,
            BenchReadCommand.self,
            BenchSearchCommand.self,
            BenchServeCommand.self,
            BenchStoryCommand.self,
            BenchTimeCommand.self,
        ]
    )
}
