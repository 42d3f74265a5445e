import Testing
@testable import Extract

/// The parse-alone timings of `storyline bench extract` must parse the page, not skip it.
@Suite struct ParserFloorTests {
    @Test func noOpParseSeesEveryElement() {
        let html = "<html><head><title>t</title></head><body><div><p>a</p><p>b <b>c</b></p></div></body></html>"
        #expect(ParserFloor.libxml2NoOp(html: html) == 8)
        // Implied html/body elements count too: libxml2 parsed the page.
        #expect(ParserFloor.libxml2NoOp(html: "<p>one</p><p>two</p>") == 4)
        #expect(ParserFloor.libxml2NoOp(html: "") == 0)
    }

    @Test func pageTreeMatchesTheBuilder() {
        let html = "<body><p>x <a href='/a'>link</a></p><script>var a = 1;</script></body>"
        #expect(ParserFloor.pageTree(html: html) == PageTreeBuilder.build(utf8: Array(html.utf8)).nodes.count)
        #expect(ParserFloor.pageTree(html: html) > 5)
    }
}
