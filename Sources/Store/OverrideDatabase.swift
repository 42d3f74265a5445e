import GRDB

/// Opens the store file for a table of user choices (actor merges and splits, publication dates) with that table's
/// own GRDB migration, so the choices survive re-ingesting and re-analysing.
enum OverrideDatabase {
    static func open(path: String, migration: String, create: @escaping @Sendable (Database) throws -> Void) throws -> DatabaseQueue {
        var configuration = Configuration()
        configuration.busyMode = .timeout(30)
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        var migrator = DatabaseMigrator()
        migrator.registerMigration(migration, migrate: create)
        try migrator.migrate(queue)
        return queue
    }
}
