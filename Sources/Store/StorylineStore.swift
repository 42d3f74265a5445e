import GRDB
import Model

/// SKELETON — the SQLite store (one file, WAL, GRDB migrations, FTS5).
public final class StorylineStore: @unchecked Sendable {
    public init(path: String) throws {}

    /// Every stored article as an analysed document.
    public func allDocuments() throws -> [Document] { [] }
}
