import ArgumentParser
import Foundation
import Ingest
import Model
import Store

/// An error as the user reads it: one line in our words. The raw text (Swift's decoder dump, SQLite's message with
/// the SQL statement) goes to stderr only with `--verbose` or `STORYLINE_VERBOSE=1`.
struct UserFacingError: Error, CustomStringConvertible {
    let description: String

    /// The error a command's failure is reported as: ArgumentParser's own (usage, exit codes, help) pass through.
    static func translating(_ error: any Error) -> any Error {
        switch error {
        case is ValidationError, is ExitCode, is CleanExit: return error
        default: return UserFacingError(description: message(error))
        }
    }

    /// One line for any error.
    static func message(_ error: any Error) -> String {
        if let store = StoreFailure.reason(error) { return store }
        switch error {
        case let user as UserFacingError: return user.description
        case let ingest as IngestError: return ingest.description
        case let syntax as SearchQuery.SyntaxError: return "query: \(syntax.description)"
        case let cocoa as CocoaError: return firstLine(cocoa.localizedDescription)
        case let posix as POSIXError: return firstLine(posix.localizedDescription)
        default: return firstLine("\(error)")
        }
    }

    /// Whether the raw error text is wanted as well.
    static var wantsDetail: Bool {
        ProcessInfo.processInfo.environment["STORYLINE_VERBOSE"].map { !$0.isEmpty && $0 != "0" } ?? false
            || CommandLine.arguments.dropFirst().contains("--verbose")
    }

    /// Writes the raw text of an error on stderr when it is wanted.
    static func reportDetail(_ error: any Error) {
        guard wantsDetail else { return }
        FileHandle.standardError.write(Data("detail: \(error)\n".utf8))
    }

    private static func firstLine(_ text: String) -> String {
        let line = text.prefix { $0 != "\n" && $0 != "\r" }
        return line.count > 300 ? String(line.prefix(300)) + "…" : String(line)
    }
}
