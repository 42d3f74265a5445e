import Testing
@testable import Extract

@Suite struct ByteStringTableTests {
    /// Interning gives each distinct string one index, in first-seen order, through several table growths.
    @Test func internsDistinctStrings() {
        var table = ByteStringTable()
        var strings: [[UInt8]] = [[]]
        var expected: [String: Int32] = [:]
        for round in 0..<3 {
            for number in 0..<2000 {
                let string = "class-\(number % 700) id\(number % 3)"
                let index = table.intern(Array(string.utf8), into: &strings)
                if let known = expected[string] { #expect(index == known, "round \(round) \(string)") } else { expected[string] = index }
                #expect(strings[Int(index)] == Array(string.utf8))
            }
        }
        #expect(strings.count == expected.count + 1)
    }

    @Test func treeSharesClassStrings() {
        let html = "<body><div class='Card Big' id='x'>a</div><div CLASS='card big' id='X'>b</div><p class='other'>c</p><p>d</p></body>"
        let tree = PageTreeBuilder.build(utf8: Array(html.utf8))
        let divs = tree.elements(.div)
        #expect(divs.count == 2)
        #expect(tree.classKey(divs[0]) == tree.classKey(divs[1]))
        #expect(tree.classAndID(divs[0]) == Array("card big x".utf8))
        let paragraphs = tree.elements(.p)
        #expect(tree.classAndID(paragraphs[0]) == Array("other".utf8))
        #expect(tree.classAndID(paragraphs[1]).isEmpty && tree.classKey(paragraphs[1]) == 0)
    }
}
