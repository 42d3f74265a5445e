import Testing
@testable import Extract

/// `StartTagCompactor` on byte buffers: what a window drops, where it stops, and the UTF-8 check.
@Suite struct StartTagCompactorTests {
    static let compactor = StartTagCompactor(keptNames: [Array("class".utf8), Array("id".utf8), Array("http-equiv".utf8)])

    /// The bytes libxml2 reads after compacting from the start, and the window's end offset.
    static func compacted(_ input: String) -> (text: String, windowEnd: Int, removed: Int) {
        var bytes = Array(input.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer in
            let base = buffer.baseAddress!
            let window = compactor.compact(from: base, to: base + buffer.count)
            let text = String(decoding: UnsafeBufferPointer(start: window.start, count: base + buffer.count - window.start),
                              as: UTF8.self)
            return (text, window.end - base, window.removed)
        }
    }

    @Test func unreadAttributesGoKeptOnesStay() {
        let result = StartTagCompactorTests.compacted(">text<div data-x=\"1\" CLASS=\"c\">more</p><img srcset=\"x\" alt=y ID=i>")
        #expect(result.text == ">text<div  CLASS=\"c\">more</p><img   ID=i>")
        #expect(result.removed == "data-x=\"1\"".utf8.count + "srcset=\"x\"".utf8.count + "alt=y".utf8.count)
    }

    @Test func valuelessAndSpacedAttributes() {
        #expect(StartTagCompactorTests.compacted("><input disabled data-y = 'a b' http-equiv=x>").text
                == "><input   http-equiv=x>")
        #expect(StartTagCompactorTests.compacted("><a class=\"c\"data-x=\"1\"id=\"i\">").text == "><a class=\"c\"id=\"i\">")
    }

    @Test func windowStopsBeforeWhatItCannotRead() {
        let comment = StartTagCompactorTests.compacted(">a<!-- <div data-x=1> --><div data-x=2>")
        #expect(comment.removed == 0)
        #expect(comment.windowEnd == 2)
        let bogus = StartTagCompactorTests.compacted("><p data-x=1>a<div \"q\" data-x=2>")
        #expect(bogus.text == "><p >a<div \"q\" data-x=2>")
        let lone = StartTagCompactorTests.compacted("><i data-x=1>a < b<i data-y=2>")
        #expect(lone.text == "><i >a < b<i data-y=2>")
    }

    @Test func windowEndsAfterARawTextStartTag() {
        let result = StartTagCompactorTests.compacted("><script data-x=1 type=x>var a = \"<div data-y=2>\"</script>")
        #expect(result.text == "><script  >var a = \"<div data-y=2>\"</script>")
        #expect(result.windowEnd == "><script data-x=1 type=x>".utf8.count)
    }

    @Test func endTagsArePassedOnlyInThePlainForm() {
        #expect(StartTagCompactorTests.compacted("></div ><p data-x=1>").text == "></div ><p >")
        #expect(StartTagCompactorTests.compacted("></div x><p data-x=1>").removed == 0)
    }

    @Test func utf8CheckAgreesWithTheStandardLibrary() {
        var random = SeededRandom(seed: 0x1234_5678)
        func next() -> UInt8 { UInt8(truncatingIfNeeded: random.next() >> 7) }
        let pieces: [[UInt8]] = [[0x61], [0xC3, 0xA9], [0xE2, 0x82, 0xAC], [0xF0, 0x9F, 0x98, 0x80], [0xED, 0xA0, 0x80],
                                 [0xC0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xFF], [0x80], [0xE0, 0x80, 0x80], [0xC3]]
        for round in 0..<3000 {
            var bytes: [UInt8] = []
            for _ in 0..<(Int(next()) % 40) {
                if next() % 3 == 0 { bytes += pieces[Int(next()) % pieces.count] } else { bytes.append(next() & 0x7F) }
            }
            if round % 5 == 0 { bytes.append(next()) }
            let expected = String(validating: bytes, as: UTF8.self) != nil
            #expect(bytes.withUnsafeBufferPointer(StartTagCompactor.isValidUTF8) == expected, "\(bytes)")
        }
    }
}
