import Foundation

/// A response the desk produced: status, content type, extra headers and the body.
public struct DeskResponse: Sendable {
    public var status: Int
    public var contentType: String
    public var headers: [(name: String, value: String)]
    public var body: Data

    public init(status: Int = 200, contentType: String, headers: [(String, String)] = [], body: Data) {
        self.status = status
        self.contentType = contentType
        self.headers = headers.map { (name: $0.0, value: $0.1) }
        self.body = body
    }

    static func json(_ data: Data, status: Int = 200) -> DeskResponse {
        DeskResponse(status: status, contentType: "application/json; charset=utf-8", body: data)
    }

    static func html(_ text: String, status: Int = 200) -> DeskResponse {
        DeskResponse(status: status, contentType: "text/html; charset=utf-8", body: Data(text.utf8))
    }

    /// 303 See Other: where a form POST sends the browser next.
    static func redirect(_ location: String) -> DeskResponse {
        DeskResponse(status: 303, contentType: "text/plain; charset=utf-8", headers: [("Location", location)],
                     body: Data("see \(location)\n".utf8))
    }

    /// The value of a header the response carries.
    public func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }
}
