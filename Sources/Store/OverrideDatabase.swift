import GRDB

/// Opens the store file for a table of user choices (actor merges and splits, publication dates) with that table's
/// own GRDB migration, so the choices survive re-ingesting and re-analysing.
enum OverrideDatabase {
    /// Read-only access runs no migration: a store whose table was never created reads as having no choices.
    static func open(path: String, migration: String, access: StoreAccess = .readWrite,
                     create: @escaping @Sendable (Database) throws -> Void) throws -> DatabaseQueue {
        var configuration = Configuration()
        configuration.busyMode = .timeout(30)
        configuration.readonly = access == .readOnly
        let queue: DatabaseQueue
        do { queue = try DatabaseQueue(path: path, configuration: configuration) } catch { throw StoreError.unreadable(path: path) }
        if access == .readOnly { return queue }
        var migrator = DatabaseMigrator()
        migrator.registerMigration(migration, migrate: create)
        try migrator.migrate(queue)
        return queue
    }
}
