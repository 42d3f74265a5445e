import ArgumentParser

/// SKELETON — `storyline actor`.
struct ActorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "actor", abstract: "Merge or split story-level actors.")
    func run() throws { throw ValidationError("not implemented yet") }
}
