/// A half-open range of UTF-8 byte offsets into a document's text.
///
/// Every stage works on UTF-8 bytes internally; exports convert spans to Unicode
/// code-point offsets with ``CodePointMap`` (what `../shared/eval` reads).
public struct Span: Hashable, Codable, Sendable, Comparable {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }
    public var isEmpty: Bool { end <= start }

    public func contains(_ other: Span) -> Bool { start <= other.start && other.end <= end }
    public func overlaps(_ other: Span) -> Bool { start < other.end && other.start < end }

    public static func < (lhs: Span, rhs: Span) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
    }
}
