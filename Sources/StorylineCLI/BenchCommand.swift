import ArgumentParser

/// SKELETON — `storyline bench`.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "bench", abstract: "Benchmarks, each run beside its peer.")
    func run() throws { throw ValidationError("not implemented yet") }
}
