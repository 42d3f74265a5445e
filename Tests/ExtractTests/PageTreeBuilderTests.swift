import Testing
@testable import Extract

/// The builder moves libxml2 past script/style text it drops; the tree must be exactly the one libxml2 builds when
/// it reads that text itself. Fixtures are written here: the awkward places where raw text ends.
@Suite struct PageTreeBuilderTests {
    /// Everything a later pass can read: every node field, every kept attribute, every text byte.
    static func dump(_ tree: PageTree) -> String {
        var lines: [String] = []
        for (index, node) in tree.nodes.enumerated() {
            var line = "\(index) \(node.tag.map { "\($0)" } ?? "#text") p\(node.parent) c\(node.firstChild)-\(node.lastChild) "
                + "n\(node.nextSibling) d\(node.depth) e\(node.subtreeEnd)"
            if node.tag == nil {
                line += " “" + String(decoding: tree.textBytes(index), as: UTF8.self) + "”"
            } else {
                for position in Int(node.start)..<Int(node.end) {
                    let attribute = tree.attributes[position]
                    line += " \(attribute.key)=" + String(decoding: tree.bytes[Int(attribute.start)..<Int(attribute.end)], as: UTF8.self)
                }
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    static func expectSameTree(_ html: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let bytes = Array(html.utf8)
        let fast = dump(PageTreeBuilder.build(utf8: bytes))
        let slow = dump(PageTreeBuilder.build(utf8: bytes, skipsRawText: false))
        #expect(fast == slow, "\(html)", sourceLocation: sourceLocation)
    }

    static let fixtures: [String] = [
        "<html><head><script>var a = '</div>'; if (a < b) {}</script><style>p > a { color: red }</style></head><body><p>Text</p></body></html>",
        "<body><script type='text/javascript'>x = 1;</SCRIPT ><p>after upper-case end</p></body>",
        "<body><script>one</scripts><p>a longer closing name still ends it</p></body>",
        "<body><script>before\u{01}after</script><p>a control character ends the raw text early</p></body>",
        "<body><script>before\u{0B}<p>inside</p></script><p>tail</p></body>",
        "<html><head><script>before\u{01}<body><p>a control character then a tag that closes the script</p></script><p>tail</p>",
        "<html><head><style>a{}\u{02}<frameset><p>framed</p></style><p>tail</p>",
        "<body><p>lead</p><script>never closed <p>looks like markup</p>",
        "<body><script><body><p>starts with a tag</p></script><p>tail</p></body>",
        "<body><script></script><script> </script><p>empty scripts</p></body>",
        "<body><script/><p>self-closing script</p><style/><p>and style</p></body>",
        "<body><script src=x/><p>unquoted value ending in a slash</p></script><p>tail</p></body>",
        "<body><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": \"</p> kept\"}</script><p>x</p></body>",
        "<body><a title=\"<script>not a tag</script>\">link</a><p>attribute text</p></body>",
        "<body><!-- <script> in a comment --><p>after the comment</p><!-- <style> --></body>",
        "<body><script data-x='>'>if (a > b && c < d) { document.write(\"<p>\") }</script><p>quoted > in the tag</p></body>",
        "<body><style>\n@media (max-width: 600px) { .a { display: none } }\n</style ><div class='a'>styled</div></body>",
        "<body><div><script>a</script>text between<script>b</script>more</div></body>",
        "<body><p>text<script>x</script>continues in the same paragraph</p></body>",
        "<body><svg><style>.c{fill:red}</style><path d='M0 0'/></svg><p>svg style</p></body>",
        "<body><script>x</script",
        "<body><script>",
        "<body><script>x",
        "<noscript><script>y</script><p>noscript text</p></noscript>",
        "<body><script>€ multibyte ünïcödé ✓ </script><p>é</p></body>",
    ]

    @Test func skippingScriptAndStyleTextChangesNothing() {
        for html in PageTreeBuilderTests.fixtures { PageTreeBuilderTests.expectSameTree(html) }
    }

    @Test func skippingHoldsBeyondTheDepthCap() {
        let depth = Int(PageTreeBuilder.maximumDepth) + 20
        let html = "<body>" + String(repeating: "<div>", count: depth) + "<script>deep code</script><p>deep</p>"
            + String(repeating: "</div>", count: depth) + "<script>shallow code</script><p>shallow</p></body>"
        PageTreeBuilderTests.expectSameTree(html)
    }

    /// Random pages stitched from awkward pieces (seeded, so a failure reproduces).
    @Test func skippingChangesNothingOnGeneratedPages() {
        let pieces = ["<script>", "</script>", "<style>", "</style>", "</SCRIPT>", "<p>", "</p>", "<div class='x'>",
                      "</div>", "<!--", "-->", "text ", "a < b ", "</", "<script type='application/ld+json'>",
                      "{\"a\": 1}", "\u{01}", "\u{0B}", "<", ">", "'", "\"", "<script src=\"a>b\">", "<br/>",
                      "<script/>", "&amp;", "<body>", "<head>", "</scr", "ipt>", "é", "<table><tr><td>"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        for _ in 0..<400 {
            var html = "<html><body>"
            for _ in 0..<(10 + next() % 40) { html += pieces[next() % pieces.count] }
            PageTreeBuilderTests.expectSameTree(html)
        }
    }

    @Test func scriptTextIsDroppedAndJSONLDKept() {
        let jsonLD = PageTreeBuilderTests.fixtures.first { $0.contains("ld+json") }!
        let tree = PageTreeBuilder.build(utf8: Array(jsonLD.utf8))
        let text = String(decoding: tree.bytes, as: UTF8.self)
        #expect(text.contains("NewsArticle"))
        let other = PageTreeBuilder.build(utf8: Array(PageTreeBuilderTests.fixtures[0].utf8))
        #expect(!String(decoding: other.bytes, as: UTF8.self).contains("var a"))
    }
}
