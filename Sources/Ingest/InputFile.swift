/// One input to read: a file path (or `-` for standard input) and its size when known.
public struct InputFile: Sendable, Equatable {
    public var path: String
    /// Size on disk; nil for standard input.
    public var size: Int64?

    public init(path: String, size: Int64?) {
        self.path = path
        self.size = size
    }
}
