import ArgumentParser

/// SKELETON — `storyline timeline`.
struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "timeline", abstract: "A dated timeline of a story.")
    func run() throws { throw ValidationError("not implemented yet") }
}
