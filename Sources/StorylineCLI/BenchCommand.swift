import ArgumentParser

/// `storyline bench`: benchmarks, each run beside its peer.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench", abstract: "Benchmarks, each run beside its peer.",
        subcommands: [BenchStoryCommand.self]
    )
}
