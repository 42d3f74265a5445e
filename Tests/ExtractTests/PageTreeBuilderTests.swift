import Foundation
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

    /// Start tags whose attributes the builder drops before libxml2 reads them (see `StartTagCompactor`).
    static let attributeFixtures: [String] = [
        "<body><div data-a=\"1\" class=\"c\" onclick='x()' id=main>text</div><p data-b=2>after</p></body>",
        "<body><a href=\"/x\"data-y=\"2\"title=\"t\">no blanks between</a><a data-y=1class=c>unquoted</a></body>",
        "<body><img src=\"a.jpg\" srcset=\"a 1x, b 2x\" alt=\"x\"><p data-q = \"spaced\" lang = en>p</p></body>",
        "<body><input disabled value=3 name=q><input data-x hidden><p>valueless</p></body>",
        "<body><p data-x=\"a>b\" class=\"c\">quoted gt</p><p data-x='<div class=d>' id=e>quoted tag</p></body>",
        "<body><p data-x=\"unterminated class=\"c\">odd quotes</p><p class=\"k\">next</p></body>",
        "<body><div class=\"a\" class=\"b\" data-x=1>duplicate kept</div><div data-x=\"1\" data-x=\"2\" class=c>dup</div></body>",
        "<body><div data-x=\"1\"/>self-closing<br data-x=1/><a href=x/ data-x=1>unquoted slash</a></body>",
        "<body><div / data-x=1 class=c>lone slash</div><br/ data-x=1><p data-y=2>after</p></body>",
        "<body><div / title=\"<p data-x=1>\" class=c>tag-like value after a slash</div></body>",
        "<body><div data-é=\"1\" class=\"c\">non-ASCII name</div><div 1data=\"x\" class=\"c\">bogus</div></body>",
        "<body><div data-x=\"&quot;&#34;&#x22;\" class=\"&amp;c\" title='&#39;'>entities</div><p data-y=&amp;x>u</p></body>",
        "<body><svg viewBox=\"0 0 10 10\"><path d=\"M0 0L10 10\" fill=\"red\"/><title>icon</title></svg><p>after</p></body>",
        "<body><!-- c --><div data-x=1 class=y>after comment</div><!-- <p data-x=1> --><p data-y=2>z</p></body>",
        "<body><script src=\"a.js\" async defer data-x=\"</script>\"></script><div data-x=1>after script</div></body>",
        "<body><style media=screen data-x=1>p{}</style><script type=\"application/ld+json\" data-x=1>{\"a\": \"<p data-y=2>\"}</script><p data-z=3>z</p></body>",
        "<body><div\ndata-x=\"1\"\r\nclass=\"c\"\t>whitespace separators</div><div data-x=1\u{0C}class=c>form feed</div></body>",
        "<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=windows-1251\" data-x=1><meta charset=koi8-r data-y=2></head><body><p>é</p></body></html>",
        "<body><div " + String(repeating: "a", count: 120) + "=\"1\" class=\"c\">long name</div><p data-x=1>next</p></body>",
        "<body><div " + String(repeating: "b", count: 99) + "=\"1\" " + String(repeating: "c", count: 100) + "=2 class=k>names at the limit</div></body>",
        "<body><" + String(repeating: "x", count: 101) + " data-x=1 class=c>long tag name</p></body>",
        "<body><div data-x='it\"s' class=\"c\">single quotes</div><p>a < b <i data-x=1>i</i> <3 <_x data-y=1>u</p></body>",
        "<BODY><DIV DATA-X=\"1\" CLASS=\"Upper\" ID=Main>upper case</DIV><SCRIPT DATA-X=1>x</SCRIPT><P DATA-Y=1>p</P></BODY>",
        "<body><div data-x=\"1\">€ text ünï <span data-y=\"✓\" class=\"✓\">x</span></div></body>",
        "<body><textarea data-x=1><b data-y=2>not raw in libxml2</b></textarea><title data-x=1>T <b data-y=2>b</b></title></body>",
        "<body data-x=1><p data-y=2>body attrs</p></body><body data-z=3 class=second><p>second body</p>",
        "<body><div></div data-x=1><p data-y=2>end tag with attributes</p></div ><p data-z=3>spaced end tag</p></body>",
        "<body><div data-x=1 =\"v\" class=c>equals first</div><div data-x=\"v\"= class=c>equals after</div></body>",
        "<body><p data-x=\"1\u{0}2\" class=c>NUL in a value</p><p data-y=\"1\u{01}2\" class=d>control</p></body>",
        "<body><p data-x=\"1\">unclosed value <p data-y=\"2",
        "<body><p data-x=",
        "<body><p data-x=1",
        "<p data-implied=1>implied body</p><div data-x=2>and html</div>",
        "<body><table data-x=1><tr data-y=2><td data-z=3>cell</td></tr></table><ul data-u=1><li data-l=1>li</ul></body>",
    ]

    @Test func droppingUnreadAttributesChangesNothing() {
        for html in PageTreeBuilderTests.attributeFixtures {
            PageTreeBuilderTests.expectSameTree(html)
            // A window opens only after a `>` libxml2 has passed (an element without attributes, like `<body>`,
            // may be implied and does not open one): an element first, so the fixture's tags are inside a window.
            PageTreeBuilderTests.expectSameTree(html.replacingOccurrences(of: "<body>", with: "<body><i>.</i>")
                .replacingOccurrences(of: "<BODY>", with: "<BODY><I>.</I>"))
        }
    }

    @Test func unreadAttributesAreDroppedAndKeptOnesStay() {
        let html = "<body><div data-x=\"1\" class=\"Story Body\" srcset=\"a 1x\" id=main>text</div></body>"
        let tree = PageTreeBuilder.build(utf8: Array(html.utf8))
        let div = tree.elements(.div).first!
        #expect(tree.attribute(div, .classAttr) == "Story Body")
        #expect(tree.attribute(div, .id) == "main")
        #expect(String(decoding: tree.classAndID(div), as: UTF8.self) == "story body main")
    }

    /// Bytes that are not UTF-8 in an attribute libxml2 would have read: the builder must not drop it (libxml2
    /// switches encodings at the first bad byte), so the tree is the one libxml2 builds reading everything.
    @Test func invalidUTF8TurnsDroppingOff() {
        var bytes = Array("<body><p data-x=\"".utf8) + [0xFF, 0xC3] + Array("\" class=c>caf".utf8) + [0xE9]
        bytes += Array(" <b data-y=1>b</b></p></body>".utf8)
        let fast = PageTreeBuilderTests.dump(PageTreeBuilder.build(utf8: bytes))
        let slow = PageTreeBuilderTests.dump(PageTreeBuilder.build(utf8: bytes, skipsRawText: false))
        #expect(fast == slow)
    }

    /// Elements still open when the input ends are closed after libxml2 has freed its parser context (and the input
    /// the shortcuts read): found by the fuzzer under AddressSanitizer, where reading the freed context crashes.
    @Test func elementsOpenAtTheEndAreClosedWithoutTheParser() {
        for html in ["<door ", "<body><div class=a><p>unfinished <b>bold", "<main><section id=s><i>x</i><ul><li>one",
                     "<body><p>text</p><div data-x=1>"] {
            PageTreeBuilderTests.expectSameTree(html)
            let tree = PageTreeBuilder.build(utf8: Array(html.utf8))
            #expect(tree.nodes[0].subtreeEnd == Int32(tree.nodes.count), "\(html)")
            for index in tree.nodes.indices { #expect(Int(tree.nodes[index].subtreeEnd) <= tree.nodes.count, "\(html)") }
        }
    }
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
                      "<script/>", "&amp;", "<body>", "<head>", "</scr", "ipt>", "é", "<table><tr><td>",
                      "<div data-x=\"1\" class='k'>", "<a href=/x data-y=2>", "<img srcset=\"a 1x\">", " data-z=\"q\"",
                      "=", "<svg viewBox='0 0 1 1'>", "</svg>", "<p id=a data-b>", "<span style=\"c:r\" data-s='x'>",
                      "</span>", "<li data-n=3>", "<meta content=x data-m=1>", " ", "\n", "/>", "<!---->", "/ ", " title=\"<b data-q=1>\"", "<i "]
        var random = SeededRandom(seed: 0x9E37_79B9_7F4A_7C15)
        func next() -> Int { random.next() }
        for _ in 0..<1500 {
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
