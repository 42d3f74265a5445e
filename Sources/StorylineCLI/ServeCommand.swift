import ArgumentParser
import Foundation
import Server

/// `storyline serve`: the analyst's desk (web pages and a JSON API) over a store's stories.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the desk: stories, briefs, articles and search as web pages and a JSON API (read-only unless --token).",
        discussion: """
            Open http://127.0.0.1:8080/ in a browser; the API is described at /api/openapi.json.
            The desk binds 127.0.0.1 unless --host says otherwise. Corrections (an article's date, an actor merge or
            split) are allowed only with --token (or STORYLINE_TOKEN), and each one must present the token.
            """
    )

    @Option(help: "The store.") var db: String = StoreBackend.defaultLocation
    @Option(help: "The address to listen on (0.0.0.0 exposes the desk to the network).") var host: String = "127.0.0.1"
    @Option(help: "The port (0: any free port).") var port: Int = 8080
    @Option(help: "Allow corrections to whoever presents this token (default: $STORYLINE_TOKEN; none: read-only).")
    var token: String?
    @Option(help: "The largest request body accepted, in bytes.") var maxBody: Int = 64 * 1024
    @Option(help: "Seconds after which an idle connection is closed.") var idleTimeout: Int = 30

    func validate() throws {
        guard FileManager.default.fileExists(atPath: db) else {
            throw ValidationError("no store at \(db) (run `storyline ingest` or `storyline demo --db \(db)` first)")
        }
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be 0–65535") }
        guard maxBody > 0, idleTimeout > 0 else { throw ValidationError("--max-body and --idle-timeout must be positive") }
    }

    func run() async throws {
        let token = self.token ?? ProcessInfo.processInfo.environment["STORYLINE_TOKEN"]
        let configuration = DeskConfiguration(db: db, host: host, port: port, token: token, maximumBodyBytes: maxBody,
                                              idleTimeoutSeconds: idleTimeout)
        let server = try DeskServer(configuration: configuration)
        let shown = host.contains(":") ? "[\(host)]" : host
        let mode = configuration.isWritable ? "corrections need the token" : "read-only"
        try await server.run(signals: true) { port in
            let line = "Storyline desk: http://\(shown):\(port)/ (\(mode); API: /api/openapi.json; Ctrl-C stops)\n"
            FileHandle.standardOutput.write(Data(line.utf8))
        }
    }
}
