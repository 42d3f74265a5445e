import CLibXML2

/// The parse alone, for `storyline bench extract` to show how much of extraction is the mandated parser: libxml2
/// with callbacks that do nothing, and libxml2 building our `PageTree` (with the shortcuts extraction uses). Both
/// take decoded HTML as `ArticleExtractor.extract(html:)` does, bytes copied out of the String included.
public enum ParserFloor {
    /// The libxml2 version linked ("2.9.14").
    public static let libxml2Version: String = LIBXML_DOTTED_VERSION

    /// libxml2's HTML parser over the page with no-op SAX callbacks (same options and input preparation as
    /// extraction, nothing skipped). Returns the element count.
    public static func libxml2NoOp(html: String) -> Int {
        PageTreeBuilder.parseWithNoOpCallbacks(utf8: Array(html.utf8))
    }

    /// The `PageTree` extraction starts from (libxml2 plus our callbacks and input shortcuts). Returns the node count.
    public static func pageTree(html: String) -> Int {
        PageTreeBuilder.build(utf8: Array(html.utf8)).nodes.count
    }
}
