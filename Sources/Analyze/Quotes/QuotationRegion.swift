/// A stretch of text between quotation marks, as token indices into a ``TokenizedText``.
struct QuotationRegion: Sendable {
    /// Token index of the opening mark; nil when the quotation starts at the paragraph start without a mark.
    var open: Int?
    /// Token index of the closing mark; nil when the quotation runs to the end of its paragraph.
    var close: Int?
    /// First and last token inside the marks.
    var first: Int
    var last: Int
    var paragraph: Int
}
