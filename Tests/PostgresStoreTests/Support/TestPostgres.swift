import Foundation
@testable import PostgresStore

/// The cluster the PostgreSQL tests share, started on first use and stopped at process exit, and one fresh database per
/// test. Tests are enabled when the cluster starts, or when `STORYLINE_REQUIRE_POSTGRES=1` (CI): then a cluster that
/// cannot start fails the tests instead of skipping them.
enum TestPostgres {
    private static let shared: Result<TemporaryPostgresCluster, any Error> = {
        let result = Result { try TemporaryPostgresCluster.start() }
        if case .success = result { atexit { TestPostgres.stopShared() } }
        return result
    }()

    private static func stopShared() {
        if case .success(let cluster) = shared { cluster.stop() }
    }

    static var isRequired: Bool { ProcessInfo.processInfo.environment["STORYLINE_REQUIRE_POSTGRES"] == "1" }

    /// Whether the tests run: a cluster started, or PostgreSQL is required (and a failure to start fails them).
    static var isEnabled: Bool {
        if isRequired { return true }
        if case .success = shared { return true }
        return false
    }

    static func cluster() throws -> TemporaryPostgresCluster { try shared.get() }

    /// A new empty database in the shared cluster; returns its location.
    static func freshDatabase() throws -> PostgresLocation {
        let cluster = try cluster()
        let name = "test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(16).lowercased()
        let admin = try BlockingPostgresConnection(cluster.location())
        try admin.run("CREATE DATABASE \(name)")
        return cluster.location(database: name)
    }
}
