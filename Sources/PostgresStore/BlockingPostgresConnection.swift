import Foundation
import Logging
import PostgresNIO

/// One PostgreSQL connection used from synchronous code: the store protocol the engine calls is synchronous, and
/// postgres-nio is asynchronous. The bridge:
///
/// - The connection runs on an event loop of its own (a one-thread `MultiThreadedEventLoopGroup` owned by this
///   object), never on Swift concurrency's cooperative pool, so a caller blocked here never starves the thread that
///   must complete its request (blocking a cooperative thread on work that needs a cooperative thread can deadlock).
/// - Each call sends its request and blocks on the `EventLoopFuture` with `wait()`. Waiting on the connection's own
///   event loop would deadlock; ``run(_:_:)`` refuses it with a precondition (no code of ours runs there).
/// - Calls are serialised by a recursive lock held for a whole ``transaction(_:)``, so two threads sharing the store
///   cannot interleave statements of one transaction.
final class BlockingPostgresConnection: @unchecked Sendable {
    private let group: MultiThreadedEventLoopGroup
    private let eventLoop: any EventLoop
    private let connection: PostgresConnection
    private let logger: Logger
    private let location: PostgresLocation
    private let lock = NSRecursiveLock()
    private var transactionDepth = 0

    init(_ location: PostgresLocation) throws {
        var logger = Logger(label: "storyline.postgres")
        logger.logLevel = .error
        self.logger = logger
        self.location = location
        group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        eventLoop = group.next()
        var configuration: PostgresConnection.Configuration
        if let socket = location.unixSocketPath {
            configuration = .init(unixSocketPath: socket, username: location.user, password: location.password,
                                  database: location.database)
        } else {
            configuration = .init(host: location.host, port: location.port, username: location.user,
                                  password: location.password, database: location.database, tls: .disable)
        }
        configuration.options.connectTimeout = .seconds(10)
        do {
            connection = try PostgresConnection.connect(on: eventLoop, configuration: configuration, id: 1, logger: logger).wait()
        } catch {
            try? group.syncShutdownGracefully()
            throw PostgresStoreError.translating(error, location: location)
        }
    }

    deinit {
        try? connection.close().wait()
        try? group.syncShutdownGracefully()
    }

    /// Runs one statement and returns all its rows.
    @discardableResult
    func run(_ sql: String, _ binds: PostgresBindings = PostgresBindings()) throws -> [PostgresRow] {
        precondition(!eventLoop.inEventLoop, "a blocking PostgreSQL call on the connection's own event loop would deadlock")
        lock.lock()
        defer { lock.unlock() }
        do {
            return try connection.query(PostgresQuery(unsafeSQL: sql, binds: binds), logger: logger).wait().rows
        } catch {
            throw PostgresStoreError.translating(error, location: location)
        }
    }

    /// Runs `body` in one transaction: committed when it returns, rolled back when it throws. Nested calls join the
    /// outer transaction.
    func transaction<T>(_ body: () throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        guard transactionDepth == 0 else {
            transactionDepth += 1
            defer { transactionDepth -= 1 }
            return try body()
        }
        try run("BEGIN")
        transactionDepth = 1
        defer { transactionDepth = 0 }
        do {
            let result = try body()
            try run("COMMIT")
            return result
        } catch {
            _ = try? run("ROLLBACK")
            throw error
        }
    }
}
