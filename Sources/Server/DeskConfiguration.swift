import Foundation

/// How the desk runs: where it listens, the store it reads, the token that allows corrections, and its bounds.
public struct DeskConfiguration: Sendable {
    /// The store file.
    public var db: String
    /// The address to bind: 127.0.0.1 unless the user says otherwise.
    public var host: String
    /// The port; 0 asks the system for a free one.
    public var port: Int
    /// The token every write must present; nil keeps the desk read-only.
    public var token: String?
    /// The largest request body read (corrections are small forms).
    public var maximumBodyBytes: Int
    /// A connection idle this long is closed (a slow client cannot hold it).
    public var idleTimeoutSeconds: Int
    /// Connections served at once; further ones wait to be accepted.
    public var maximumConnections: Int

    public init(db: String, host: String = "127.0.0.1", port: Int = 8080, token: String? = nil,
                maximumBodyBytes: Int = 64 * 1024, idleTimeoutSeconds: Int = 30, maximumConnections: Int = 256) {
        self.db = db
        self.host = host
        self.port = port
        self.token = token.flatMap { $0.isEmpty ? nil : $0 }
        self.maximumBodyBytes = maximumBodyBytes
        self.idleTimeoutSeconds = idleTimeoutSeconds
        self.maximumConnections = maximumConnections
    }

    /// Whether corrections are allowed.
    public var isWritable: Bool { token != nil }
}
