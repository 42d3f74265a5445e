import Foundation
import GRDB

/// The user's actor merge/split choices, kept in the store file in their own table with their own GRDB migration
/// (`actor-overrides-v1`), so they survive re-ingesting and re-clustering.
public final class ActorOverrideStore: @unchecked Sendable {
    private let queue: DatabaseQueue

    public init(path: String, access: StoreAccess = .readWrite) throws {
        queue = try OverrideDatabase.open(path: path, migration: "actor-overrides-v1", access: access) { db in
            try db.create(table: "actor_override", ifNotExists: true) { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("kind", .text).notNull()
                table.column("actors", .text).notNull()   // JSON array
                table.column("aliases", .text).notNull()  // JSON array
                table.column("created", .text).notNull()
            }
        }
    }

    /// Every override, oldest first (the order they are applied in).
    public func all() throws -> [StoredActorOverride] {
        try queue.read { db in
            guard try db.tableExists("actor_override") else { return [] }
            return try Row.fetchAll(db, sql: "SELECT id, kind, actors, aliases, created FROM actor_override ORDER BY id").map { row in
                StoredActorOverride(id: row["id"], kind: row["kind"], actors: Self.decode(row["actors"]),
                                    aliases: Self.decode(row["aliases"]), created: row["created"])
            }
        }
    }

    /// Records a merge or split; returns its id.
    @discardableResult
    public func add(kind: String, actors: [String], aliases: [String] = []) throws -> Int64 {
        let created = ISO8601DateFormatter().string(from: Date())
        return try queue.write { db in
            try db.execute(sql: "INSERT INTO actor_override (kind, actors, aliases, created) VALUES (?, ?, ?, ?)",
                           arguments: [kind, Self.encode(actors), Self.encode(aliases), created])
            return db.lastInsertedRowID
        }
    }

    /// Removes one override (undo).
    public func remove(id: Int64) throws {
        try queue.write { db in try db.execute(sql: "DELETE FROM actor_override WHERE id = ?", arguments: [id]) }
    }

    static func encode(_ values: [String]) -> String {
        String(decoding: (try? JSONEncoder().encode(values)) ?? Data("[]".utf8), as: UTF8.self)
    }

    static func decode(_ text: String) -> [String] {
        (try? JSONDecoder().decode([String].self, from: Data(text.utf8))) ?? []
    }
}

extension StorylineStore {
    /// The actor merge/split choices kept in this store's file.
    public func actorOverrides() throws -> ActorOverrideStore { try ActorOverrideStore(path: path) }
}
