import GRDB
import Model

/// What went wrong with a store, in one line of our words, for an error thrown while it was read or written:
/// SQLite's result code says what the user can do; the SQL statement (GRDB puts it in the error's text) is left out.
public enum StoreFailure {
    /// The reason for a SQLite (GRDB) error or a stored value that cannot be decoded; nil for any other error.
    public static func reason(_ error: any Error) -> String? {
        if let store = error as? StoreError { return store.description }
        if error is DecodingError {
            return "a stored article cannot be decoded (\(DecodingFailure.reason(error))): the store is damaged or was " +
                "written by another version of Storyline; re-ingest the inputs into a new store"
        }
        guard let database = error as? DatabaseError else { return nil }
        let sqlite = database.message.map { " (SQLite: \(oneLine($0)))" } ?? ""
        switch database.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return "the store is busy: another process is writing it; try again when it has finished"
        case .SQLITE_READONLY:
            return "the store cannot be written (read-only file, directory or disk)"
        case .SQLITE_CORRUPT, .SQLITE_NOTADB:
            return "the store is damaged or is not a Storyline store\(sqlite); `storyline check` lists the problems"
        case .SQLITE_FULL:
            return "the disk holding the store is full"
        case .SQLITE_CANTOPEN:
            return "the store file cannot be opened (check its path and permissions)"
        case .SQLITE_IOERR:
            return "reading or writing the store file failed (disk error)\(sqlite)"
        case .SQLITE_PERM, .SQLITE_AUTH:
            return "permission denied on the store file"
        case .SQLITE_NOMEM:
            return "out of memory while using the store"
        default:
            if let message = database.message, message.hasPrefix("no such table") || message.hasPrefix("no such column") {
                return "the store lacks a table or column it should have\(sqlite): it is damaged or was written by " +
                    "another version of Storyline; re-ingest the inputs into a new store"
            }
            return "the store could not be used\(sqlite)"
        }
    }

    private static func oneLine(_ text: String) -> String {
        String(text.prefix { $0 != "\n" && $0 != "\r" }.prefix(200))
    }
}
