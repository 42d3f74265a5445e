import GRDB

/// Opens the store file for a table of user choices (actor merges and splits, publication dates) with that table's
/// own GRDB migration, so the choices survive re-ingesting and re-analysing.
enum OverrideDatabase {
    /// Read-only access runs no migration: a store whose table was never created reads as having no choices.
    static func open(path: String, migration: String, access: StoreAccess = .readWrite,
                     create: @escaping @Sendable (Database) throws -> Void) throws -> DatabaseQueue {
        try open(path: path, migrations: [(migration, create)], access: access)
    }

    /// The table's migrations, in order (a later one adds to what an earlier one made).
    static func open(path: String, migrations: [(name: String, create: @Sendable (Database) throws -> Void)],
                     access: StoreAccess = .readWrite) throws -> DatabaseQueue {
        var configuration = Configuration()
        configuration.busyMode = .timeout(30)
        configuration.readonly = access == .readOnly
        let queue: DatabaseQueue
        do { queue = try DatabaseQueue(path: path, configuration: configuration) } catch { throw StoreError.unreadable(path: path) }
        if access == .readOnly { return queue }
        var migrator = DatabaseMigrator()
        for migration in migrations { migrator.registerMigration(migration.name, migrate: migration.create) }
        try migrator.migrate(queue)
        return queue
    }
}
