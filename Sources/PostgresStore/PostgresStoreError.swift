import PostgresNIO

/// A PostgreSQL failure in words a user can act on: postgres-nio's own errors print a fixed text that hides the
/// server's message (it may hold data), so the store translates them: the server's message and SQLSTATE, or why the
/// connection failed. Never the query's parameters.
public struct PostgresStoreError: Error, CustomStringConvertible, Sendable {
    public var description: String
    /// The server's SQLSTATE, when the server reported the error.
    public var sqlState: String?

    /// The error `error` was, met while talking to the store at `location`.
    static func translating(_ error: any Error, location: PostgresLocation) -> any Error {
        guard let error = error as? PSQLError else { return error }
        if let info = error.serverInfo, let message = info[.message] {
            let state = info[.sqlState]
            return PostgresStoreError(description: "PostgreSQL (\(location)): \(message)\(state.map { " [\($0)]" } ?? "")",
                                      sqlState: state)
        }
        let reason = error.underlying.map { "\($0)" } ?? error.code.description
        return PostgresStoreError(description: "PostgreSQL (\(location)): \(reason)", sqlState: nil)
    }
}
