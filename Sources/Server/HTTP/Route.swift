/// Matches a request's path segments against a route such as `stories/*/brief` (`*` is any one segment) and returns
/// the segments the stars stand for.
enum Route {
    static func match(_ segments: [String], _ pattern: String) -> [String]? {
        let parts = pattern.split(separator: "/", omittingEmptySubsequences: true)
        guard parts.count == segments.count else { return nil }
        var captures: [String] = []
        for (part, segment) in zip(parts, segments) {
            if part == "*" { captures.append(segment) } else if part != segment { return nil }
        }
        return captures
    }
}
