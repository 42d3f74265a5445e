/// Why a JSON value could not be decoded, in one short line of our words (the field's path, not Swift's dump).
public enum DecodingFailure {
    /// "missing \"id\"", "wrong type at html", "invalid JSON": the reason for a ``DecodingError``; other errors keep
    /// their first line.
    public static func reason(_ error: any Error) -> String {
        guard let decoding = error as? DecodingError else { return firstLine(of: "\(error)") }
        switch decoding {
        case .keyNotFound(let key, let context):
            return "missing \"\(path(context.codingPath + [key]))\""
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return context.codingPath.isEmpty ? "wrong type of value" : "wrong type at \(path(context.codingPath))"
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty ? "invalid JSON" : "invalid value at \(path(context.codingPath))"
        @unknown default:
            return "invalid JSON"
        }
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
    }

    private static func firstLine(of text: String) -> String {
        String(text.prefix { $0 != "\n" && $0 != "\r" })
    }
}
