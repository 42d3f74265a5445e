import Foundation

/// Runs a peer's Python script beside a benchmark and hands back what it printed (the peers live in throw-away
/// venvs; Storyline itself never needs Python).
enum PeerProcess {
    /// Runs `python script arguments…` (one BLAS/OpenMP thread) and returns its exit status and standard output.
    static func run(python: String, arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        for key in ["OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"] { environment[key] = "1" }
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }

    /// The JSON object on the last line a peer printed, if it exited cleanly.
    static func lastJSONLine(python: String, arguments: [String]) throws -> [String: Any]? {
        let (status, output) = try run(python: python, arguments: arguments)
        guard status == 0, let line = output.split(separator: "\n").last else { return nil }
        return try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
    }

    /// Writes texts as `{"text": …}` JSON Lines to a temporary file for a peer to read; returns its path.
    static func writeTextCorpus(_ texts: [String], name: String) throws -> String {
        let path = NSTemporaryDirectory() + name
        try texts.map { String(decoding: try JSONEncoder().encode(["text": $0]), as: UTF8.self) }
            .joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }
}
