import ArgumentParser

/// SKELETON — `storyline brief`.
struct BriefCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "brief", abstract: "A cited brief of a story.")
    func run() throws { throw ValidationError("not implemented yet") }
}
