import ArgumentParser

/// SKELETON — `storyline search`.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "search", abstract: "Full-text search over the stored articles.")
    func run() throws { throw ValidationError("not implemented yet") }
}
