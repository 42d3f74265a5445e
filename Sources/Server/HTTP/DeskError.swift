import Foundation

/// An error the desk reports to the client: an HTTP status and a message meant for people (never a stack trace).
public struct DeskError: Error, Sendable, CustomStringConvertible {
    /// The statuses the desk answers with.
    public enum Status: Int, Sendable {
        case badRequest = 400, unauthorized = 401, forbidden = 403, notFound = 404, methodNotAllowed = 405,
             contentTooLarge = 413, unsupportedMediaType = 415, internalError = 500
    }

    public var status: Status
    public var message: String

    public init(_ status: Status, _ message: String) {
        self.status = status
        self.message = message
    }

    public var description: String { "\(status.rawValue) \(message)" }

    /// The JSON body of an error: `{"message": …, "status": …}`.
    var json: Data {
        struct Body: Encodable { var status: Int; var message: String }
        return (try? DeskJSON.encode(Body(status: status.rawValue, message: message))) ?? Data()
    }
}
