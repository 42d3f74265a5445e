import Foundation

/// Where a PostgreSQL store is: parsed from a `postgres://` (or `postgresql://`) URL in libpq's form,
/// `postgres://USER:PASSWORD@HOST:PORT/DATABASE`, with `?host=/socket/directory` for a Unix socket (the socket is
/// `DIRECTORY/.s.PGSQL.PORT`, as libpq names it). The user defaults to `PGUSER`, then the login name; the database to
/// the user; the host to 127.0.0.1 and the port to 5432. Connections are not encrypted: `sslmode=require` (or
/// `verify-*`) is refused rather than silently ignored.
public struct PostgresLocation: Sendable, Equatable, CustomStringConvertible {
    public var host: String
    public var port: Int
    /// The socket file when the URL names a socket directory; the host is then unused.
    public var unixSocketPath: String?
    public var user: String
    public var password: String?
    public var database: String

    /// Why a URL does not name a PostgreSQL store.
    public struct InvalidURL: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    /// Whether `text` is a PostgreSQL URL (rather than a SQLite file path).
    public static func isPostgresURL(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return lowered.hasPrefix("postgres://") || lowered.hasPrefix("postgresql://")
    }

    public init(host: String = "127.0.0.1", port: Int = 5432, unixSocketPath: String? = nil, user: String,
                password: String? = nil, database: String) {
        self.host = host
        self.port = port
        self.unixSocketPath = unixSocketPath
        self.user = user
        self.password = password
        self.database = database
    }

    public init(url text: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        guard Self.isPostgresURL(text), let components = URLComponents(string: text) else {
            throw InvalidURL(description: "not a PostgreSQL URL (postgres://USER@HOST:PORT/DATABASE): \(Self.redacting(text))")
        }
        let query = Dictionary((components.queryItems ?? []).map { ($0.name.lowercased(), $0.value ?? "") },
                               uniquingKeysWith: { _, last in last })
        let user = components.user.flatMap { $0.isEmpty ? nil : $0 } ?? query["user"] ?? environment["PGUSER"]
            ?? ProcessInfo.processInfo.userName
        let port = components.port ?? query["port"].flatMap { Int($0) } ?? 5432
        var path = components.path
        if path.hasPrefix("/") { path.removeFirst() }
        let database = path.isEmpty ? (query["dbname"] ?? user) : path
        if let mode = query["sslmode"], !["disable", "allow", "prefer"].contains(mode) {
            throw InvalidURL(description: "sslmode=\(mode): encrypted connections are not supported yet (use a Unix socket, loopback, or a tunnel)")
        }
        var socket: String?
        if let directory = query["host"], directory.hasPrefix("/") { socket = directory + "/.s.PGSQL.\(port)" }
        let host = components.host.flatMap { $0.isEmpty ? nil : $0 } ?? query["host"].flatMap { $0.hasPrefix("/") ? nil : $0 } ?? "127.0.0.1"
        self.init(host: host, port: port, unixSocketPath: socket, user: user,
                  password: components.password ?? query["password"], database: database)
    }

    /// The URL without its password, for messages.
    public var description: String {
        var text = "postgres://\(user)@"
        if let unixSocketPath {
            let directory = (unixSocketPath as NSString).deletingLastPathComponent
            text += "/\(database)?host=\(directory)&port=\(port)"
        } else {
            text += "\(host.contains(":") ? "[\(host)]" : host):\(port)/\(database)"
        }
        return text
    }

    /// `text` with any password in it replaced, for an error message.
    static func redacting(_ text: String) -> String {
        guard var components = URLComponents(string: text), components.password != nil else { return text }
        components.password = "***"
        return components.string ?? "postgres://…"
    }
}
