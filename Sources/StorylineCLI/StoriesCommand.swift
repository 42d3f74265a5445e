import ArgumentParser

/// SKELETON — `storyline stories`.
struct StoriesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "stories", abstract: "List the stories and their events.")
    func run() throws { throw ValidationError("not implemented yet") }
}
