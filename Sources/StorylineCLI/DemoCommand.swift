import ArgumentParser

/// SKELETON — `storyline demo`.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "demo", abstract: "Ingest the bundled example corpus and print what the pipeline knows.")
    func run() throws { throw ValidationError("not implemented yet") }
}
