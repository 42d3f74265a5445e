import Foundation
import GRDB
import Model

/// Publication dates the user set for articles (`storyline date`), kept in the store file in their own table with
/// their own migration (`date-overrides-v1`): one date per document, with the user's note and when it was set.
public final class DateOverrideStore: @unchecked Sendable {
    private let queue: DatabaseQueue

    public init(path: String, access: StoreAccess = .readWrite) throws {
        queue = try OverrideDatabase.open(path: path, migration: "date-overrides-v1", access: access) { db in
            try db.create(table: "date_override", ifNotExists: true) { table in
                table.primaryKey("document_id", .text)
                table.column("date", .text).notNull()
                table.column("note", .text)
                table.column("created", .text).notNull()
            }
        }
    }

    /// Every date set by the user, by document id.
    public func all() throws -> [StoredDateOverride] {
        try queue.read { db in
            guard try db.tableExists("date_override") else { return [] }
            return try Row.fetchAll(db, sql: "SELECT document_id, date, note, created FROM date_override ORDER BY document_id").compactMap { row in
                guard let date = CalendarDate(iso: row["date"]) else { return nil }
                return StoredDateOverride(documentID: row["document_id"], date: date, note: row["note"], created: row["created"])
            }
        }
    }

    /// Sets (or replaces) the publication date of one document.
    public func set(documentID: String, date: CalendarDate, note: String?) throws {
        let created = ISO8601DateFormatter().string(from: Date())
        try queue.write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO date_override (document_id, date, note, created) VALUES (?, ?, ?, ?)",
                           arguments: [documentID, date.description, note, created])
        }
    }

    /// Removes the user's date of one document; returns whether there was one.
    @discardableResult
    public func remove(documentID: String) throws -> Bool {
        try queue.write { db in
            try db.execute(sql: "DELETE FROM date_override WHERE document_id = ?", arguments: [documentID])
            return db.changesCount > 0
        }
    }
}
