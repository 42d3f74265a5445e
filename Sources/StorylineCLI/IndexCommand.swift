import ArgumentParser
import Engine
import Foundation
import Store

/// `storyline index`: the state of the persisted story index, and an explicit update or rebuild.
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Show whether the story index is current; bring it up to date, or rebuild it with every story's brief.",
        discussion: """
            Ingest keeps the story index current (stories with stable ids, story-level dates, copies, and each story's \
            brief, timeline and actors), and the story commands read it. A store written by an older version, or \
            changed by another tool, is brought up to date here.
            """
    )

    @Option(help: "The store.") var db: String = StoreBackend.defaultLocation
    @Flag(help: "Bring the index up to date (only when it is not current).") var update = false
    @Flag(help: "Rebuild the index and every story's products even when it is current.") var rebuild = false

    func run() throws {
        guard FileManager.default.fileExists(atPath: db) else { throw ValidationError("no store at \(db)") }
        if update || rebuild {
            let index = try StoryIndexStore(path: db)
            let isCurrent = try index.isCurrent()
            guard rebuild || !isCurrent else {
                print("story index: current")
                return
            }
            print(try StoryIndexBuilder().update(store: StorylineStore(path: db), index: index, rebuild: rebuild).line)
            return
        }
        let index = try StoryIndexStore(path: db, access: .readOnly)
        guard let state = try index.state() else {
            print("story index: none (run `storyline index --update --db \(db)`)")
            return
        }
        let stories = try index.stories()
        let isCurrent = try index.isCurrent()
        print("story index: \(isCurrent ? "current" : "out of date (run `storyline index --update`)"), "
              + "\(stories.count) stories, built \(state.built)")
    }
}
