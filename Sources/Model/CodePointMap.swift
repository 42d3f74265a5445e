/// Converts UTF-8 byte offsets of a text into Unicode code-point offsets (Python `str` indices).
public struct CodePointMap: Sendable {
    /// `codePoints[i]` = number of code points that start before byte `i`; one extra entry for the end.
    private let codePoints: [Int32]

    public init(_ text: String) {
        var table = [Int32]()
        table.reserveCapacity(text.utf8.count + 1)
        var count: Int32 = 0
        for byte in text.utf8 {
            table.append(count)
            if byte & 0xC0 != 0x80 { count += 1 }
        }
        table.append(count)
        codePoints = table
    }

    /// The code-point offset of a UTF-8 byte offset (offsets should fall on character boundaries).
    public func codePoint(ofByte byte: Int) -> Int {
        Int(codePoints[max(0, min(byte, codePoints.count - 1))])
    }

    /// The code-point offsets of a byte span.
    public func codePoints(of span: Span) -> (start: Int, end: Int) {
        (codePoint(ofByte: span.start), codePoint(ofByte: span.end))
    }
}
