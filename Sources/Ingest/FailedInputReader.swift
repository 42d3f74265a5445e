/// A reader for an input that could not be opened or recognised: it reports one failure (or skip) and ends.
public final class FailedInputReader: ArticleReader {
    private var event: ReadEvent?
    public let bytesConsumed: Int64

    public init(event: ReadEvent, bytesConsumed: Int64 = 0) {
        self.event = event
        self.bytesConsumed = bytesConsumed
    }

    public func next() -> ReadEvent? {
        defer { event = nil }
        return event
    }
}
