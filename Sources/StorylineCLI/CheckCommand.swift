import ArgumentParser
import Foundation
import Store

/// `storyline check`: the store's full integrity checks (SQLite's, the full-text index's, articles against the index).
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Run the store's full integrity checks; exit 1 and list the problems when it is damaged."
    )

    @OptionGroup var store: StoreOptions

    func run() throws {
        guard FileManager.default.fileExists(atPath: store.db) else { throw ValidationError("no store at \(store.db)") }
        let problems: [String]
        do { problems = try StorylineStore(path: store.db, access: .readOnly).integrityProblems() } catch {
            print("\(store.db): \(UserFacingError.message(error))")
            throw ExitCode(1)
        }
        if problems.isEmpty {
            print("\(store.db): ok")
        } else {
            for problem in problems { print("\(store.db): \(problem)") }
            throw ExitCode(1)
        }
    }
}
