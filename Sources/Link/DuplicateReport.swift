/// The result of duplicate detection over a collection: copies, originals and repeated boilerplate.
public struct DuplicateReport: Codable, Sendable {
    public var links: [DuplicateLink]
    public var boilerplate: [BoilerplateParagraph]

    public init(links: [DuplicateLink] = [], boilerplate: [BoilerplateParagraph] = []) {
        self.links = links
        self.boilerplate = boilerplate
    }

    /// For each document marked as a copy, the root original it copies (following chains of copies).
    public var originalOf: [String: String] {
        var parent: [String: String] = [:]
        for link in links where parent[link.copy] == nil { parent[link.copy] = link.original }
        var result: [String: String] = [:]
        for copy in parent.keys {
            var root = copy
            var seen: Set<String> = [copy]
            while let next = parent[root], !seen.contains(next) {
                root = next
                seen.insert(next)
            }
            result[copy] = root
        }
        return result
    }

    /// True when a document is marked as a copy of another.
    public func isCopy(_ id: String) -> Bool { links.contains { $0.copy == id } }

    /// The boilerplate paragraph indices of each document.
    public var boilerplateParagraphs: [String: Set<Int>] {
        var result: [String: Set<Int>] = [:]
        for paragraph in boilerplate {
            for occurrence in paragraph.occurrences { result[occurrence.document, default: []].insert(occurrence.paragraph) }
        }
        return result
    }
}
