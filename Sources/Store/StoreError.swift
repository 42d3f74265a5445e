/// Why a store cannot be used, in words a user can act on.
public enum StoreError: Error, CustomStringConvertible, Sendable {
    /// The file is not a Storyline store, or SQLite cannot read it.
    case unreadable(path: String)
    /// The store was written by an older version and must be opened for writing once (any `ingest`) to be upgraded.
    case needsUpgrade(path: String)
    /// The integrity check found damage.
    case damaged(path: String, problems: [String])

    public var description: String {
        switch self {
        case .unreadable(let path): return "\(path) is not a readable Storyline store"
        case .needsUpgrade(let path): return "\(path) was written by an older Storyline: run `storyline ingest --db \(path)` once to upgrade it"
        case .damaged(let path, let problems):
            return "\(path) is damaged (\(problems.prefix(3).joined(separator: "; "))\(problems.count > 3 ? "; …" : "")): " +
                "restore a copy, or re-ingest into a new store; `storyline check --db \(path)` lists every problem"
        }
    }
}
