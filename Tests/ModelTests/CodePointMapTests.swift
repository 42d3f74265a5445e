import Testing
@testable import Model

@Suite struct CodePointMapTests {
    @Test func convertsMultibyteOffsets() {
        let text = "Putin’s “NATO” é\r\nend"
        let map = CodePointMap(text)
        let bytes = Array(text.utf8)
        let scalars = Array(text.unicodeScalars)
        var scalarIndex = 0
        var byteIndex = 0
        while byteIndex < bytes.count {
            #expect(map.codePoint(ofByte: byteIndex) == scalarIndex)
            byteIndex += String(scalars[scalarIndex]).utf8.count
            scalarIndex += 1
        }
        #expect(map.codePoint(ofByte: bytes.count) == scalars.count)
    }
}
