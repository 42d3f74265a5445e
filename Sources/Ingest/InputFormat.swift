/// The name of a kind of input file Storyline reads. The standard ones are below; a new ``InputSource`` names its own.
public struct InputFormat: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let html = InputFormat(rawValue: "html")
    public static let text = InputFormat(rawValue: "text")
    public static let warc = InputFormat(rawValue: "warc")
    public static let jsonLines = InputFormat(rawValue: "jsonl")
    public static let feed = InputFormat(rawValue: "feed")

    public var description: String { rawValue }
}
