/// Why the story service cannot answer, in words a user can act on.
public enum StoryServiceError: Error, CustomStringConvertible, Sendable {
    case noStore(path: String)
    case ambiguousArticle(id: String, matches: Int)

    public var description: String {
        switch self {
        case .noStore(let path): return "no store at \(path): run `storyline ingest PATH` first, or pass --db"
        case .ambiguousArticle(let id, let matches): return "\(id) matches \(matches) articles; give more of the id"
        }
    }
}
