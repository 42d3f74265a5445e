import Foundation

/// One request as the desk handles it, apart from the HTTP server that received it: method, path, decoded query,
/// the few headers the desk reads, and the body (already bounded by the server).
public struct DeskRequest: Sendable {
    public var method: String
    /// The path without its query, percent-decoded per segment by ``segments``.
    public var path: String
    public var query: FormFields
    /// The quoted entity tag of `If-None-Match`, if sent.
    public var ifNoneMatch: String?
    /// The token of `Authorization: Bearer …`, if sent.
    public var bearerToken: String?
    public var contentType: String?
    public var body: Data

    public init(method: String, path: String, query: String?, ifNoneMatch: String? = nil, authorization: String? = nil,
                contentType: String? = nil, body: Data = Data()) {
        self.method = method
        self.path = path
        self.query = FormFields(query ?? "")
        self.ifNoneMatch = ifNoneMatch
        if let authorization, authorization.lowercased().hasPrefix("bearer ") {
            bearerToken = String(authorization.dropFirst("bearer ".count)).trimmingCharacters(in: .whitespaces)
        }
        self.contentType = contentType
        self.body = body
    }

    /// The path's segments, percent-decoded ("/api/stories/s2" → ["api", "stories", "s2"]).
    public var segments: [String] {
        path.split(separator: "/", omittingEmptySubsequences: true).map { segment in
            String(segment).removingPercentEncoding ?? String(segment)
        }
    }

    /// The form fields of a urlencoded body, or the string fields of a JSON object body.
    public func fields() throws -> FormFields {
        if contentType?.lowercased().hasPrefix("application/json") == true {
            guard !body.isEmpty else { return FormFields("") }
            guard let object = try? JSONSerialization.jsonObject(with: body) as? [String: Any] else {
                throw DeskError(.badRequest, "the body is not a JSON object")
            }
            var pairs: [(String, String)] = []
            for (key, value) in object.sorted(by: { $0.key < $1.key }) {
                if let text = value as? String {
                    pairs.append((key, text))
                } else if let list = value as? [Any] {
                    for item in list { if let text = item as? String { pairs.append((key, text)) } }
                }
            }
            return FormFields(pairs: pairs)
        }
        return FormFields(String(decoding: body, as: UTF8.self))
    }
}
