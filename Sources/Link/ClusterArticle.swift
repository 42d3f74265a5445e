/// What ``StoryClusterer`` compares of one article: its content terms with counts (title words count twice), the
/// surface of each term, its named entities (normalised) and the day it appeared (nil when unknown or only weakly
/// estimated).
public struct ClusterArticle: Sendable {
    public var id: String
    public var counts: [UInt64: Int]
    public var surfaces: [UInt64: String]
    public var entities: Set<String>
    public var day: Int?
}
