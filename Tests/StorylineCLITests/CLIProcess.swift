import Foundation

/// Runs the built `storyline` executable as a child process, as a user would.
enum CLIProcess {
    /// The package root (commands run there, so `Tests/Seeds` is a relative path).
    static let packageRoot = #filePath.components(separatedBy: "/Tests/")[0]

    /// The `storyline` binary built beside the test bundle.
    static func executable() throws -> String {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("storyline").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        for configuration in ["debug", "release"] {
            let candidate = packageRoot + "/.build/\(configuration)/storyline"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        throw CocoaError(.fileNoSuchFile, userInfo: [NSLocalizedDescriptionKey: "storyline executable not built (run swift build)"])
    }

    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `storyline ARGS` in `directory` (default: the package root) and waits for it.
    static func run(_ arguments: [String], in directory: String = packageRoot, stdin: Data? = nil) throws -> Output {
        let process = try start(arguments, in: directory, stdin: stdin)
        let out = process.standardOutputPipe.fileHandleForReading.readDataToEndOfFile()
        let err = process.standardErrorPipe.fileHandleForReading.readDataToEndOfFile()
        process.process.waitUntilExit()
        return Output(status: process.process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
                      stderr: String(decoding: err, as: UTF8.self))
    }

    struct Running {
        let process: Process
        let standardOutputPipe: Pipe
        let standardErrorPipe: Pipe
    }

    /// Starts `storyline ARGS` without waiting.
    static func start(_ arguments: [String], in directory: String = packageRoot, stdin: Data? = nil,
                      discardOutput: Bool = false) throws -> Running {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try executable())
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let out = Pipe(), err = Pipe()
        if discardOutput {
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
        } else {
            process.standardOutput = out
            process.standardError = err
        }
        let input = Pipe()
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        return Running(process: process, standardOutputPipe: out, standardErrorPipe: err)
    }

    /// A fresh temporary directory.
    static func temporaryDirectory() throws -> String {
        let path = NSTemporaryDirectory() + "storyline-cli-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func write(_ text: String, to path: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    /// An HTML page of our own, distinct per `index`.
    static func page(_ index: Int, words: Int = 60) -> String {
        let body = (0..<words).map { "harbour\($0 % 17) quay\(index)" }.joined(separator: " ")
        return "<!DOCTYPE html><html><head><title>Harbour report \(index)</title></head><body><article><h1>Harbour report \(index)</h1><p>\(body)</p></article></body></html>"
    }
}
