import ArgumentParser

/// SKELETON — `storyline extract`.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "extract", abstract: "Extract main text and metadata from pages or text scrapes.")
    func run() throws { throw ValidationError("not implemented yet") }
}
