import ArgumentParser

/// SKELETON — `storyline ingest`.
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ingest", abstract: "Ingest HTML, text scrapes, WARC, JSON Lines and RSS/Atom into the store.")
    func run() throws { throw ValidationError("not implemented yet") }
}
