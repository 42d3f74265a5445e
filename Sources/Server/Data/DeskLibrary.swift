import Engine
import Foundation
import Store

/// The store as the desk reads it: a ``DeskSnapshot`` of the story index as it is now, replaced when the index
/// changes (a correction made here, or an ingest by the CLI), checked at most once per `recheckSeconds`.
public final class DeskLibrary: @unchecked Sendable {
    public let db: String
    let store: StorylineStore
    private let index: StoryIndexStore
    private let lock = NSLock()
    private let writeLock = NSLock()
    private var snapshot: DeskSnapshot?
    private var lastCheck = Date.distantPast
    private let recheckSeconds: TimeInterval

    public init(db: String, recheckSeconds: TimeInterval = 1) throws {
        guard FileManager.default.fileExists(atPath: db) else { throw DeskError(.notFound, "no store at \(db)") }
        self.db = db
        self.recheckSeconds = recheckSeconds
        store = try StorylineStore(path: db, access: .readOnly)
        index = try StoryIndexStore(path: db, access: .readOnly)
    }

    /// The snapshot of the store as it is now.
    func current() throws -> DeskSnapshot {
        lock.lock()
        defer { lock.unlock() }
        if let snapshot, Date().timeIntervalSince(lastCheck) < recheckSeconds { return snapshot }
        let version = try self.version()
        lastCheck = Date()
        if let snapshot, snapshot.version == version { return snapshot }
        let fresh = try DeskSnapshot(db: db, version: version, store: store)
        snapshot = fresh
        return fresh
    }

    /// What the answers depend on: the index build (or, without an index, the store), and the user's actor choices.
    private func version() throws -> String {
        let base: String
        if let state = try index.state() {
            base = "\(state.storeFingerprint) \(state.built)"
        } else {
            base = try index.storeFingerprint()
        }
        return StoryIndexStore.hash(base + " " + (try StoryProducts(db: db).overridesKey))
    }

    /// Runs a change to the store (the user's date or actor choice), then brings the story index up to date and
    /// makes the next request read it. Writes run one at a time.
    func write(_ change: () throws -> Void) throws {
        writeLock.lock()
        defer { writeLock.unlock() }
        try change()
        try StoryIndexBuilder().update(db: db)
        lock.lock()
        lastCheck = .distantPast
        lock.unlock()
    }
}
