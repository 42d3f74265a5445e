import Testing
@testable import Ingest

struct FeedMarkupScannerTests {
    func events(_ text: [UInt8]) -> [FeedMarkupScanner.Event] {
        var events: [FeedMarkupScanner.Event] = []
        FeedMarkupScanner(text).scan { event, _ in events.append(event) }
        return events
    }

    @Test func tagsAttributesTextAndCDATAInOrder() {
        let events = events(Array(#"<?xml version="1.0"?><!-- c --><rss v='2.0'><a href="x&amp;y" b=c/>t &lt;1&gt;<![CDATA[<p>x</p>]]></rss>"#.utf8))
        #expect(events == [
            .start(name: "rss", attributes: ["v": "2.0"], selfClosing: false),
            .start(name: "a", attributes: ["href": "x&y", "b": "c"], selfClosing: true),
            .text("t <1>"), .cdata("<p>x</p>"), .end(name: "rss"),
        ])
    }

    @Test func htmlEntitiesAndNumericReferencesAreDecodedAndUnknownOnesKept() {
        #expect(events(Array("<t>a&nbsp;b &eacute; &#233; &#xE9; &bogus; AT&T</t>".utf8))
            == [.start(name: "t", attributes: [:], selfClosing: false), .text("a\u{00A0}b é é é &bogus; AT&T"), .end(name: "t")])
    }

    @Test func aDoctypeWithAnInternalSubsetIsSkipped() {
        let text = #"<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" [<!ENTITY x "y">]><rss></rss>"#
        #expect(events(Array(text.utf8)) == [.start(name: "rss", attributes: [:], selfClosing: false), .end(name: "rss")])
    }

    @Test func bytesThatAreNotUTF8InNamesAndTextNeverStopTheScan() {
        var bytes = Array("<rss><it".utf8) + [0xFF, 0xC3] + Array("em a".utf8) + [0x80] + Array("=1>x".utf8) + [0xFE] + Array("</rss>".utf8)
        bytes += [0x00, 0x3C]  // a NUL and a dangling "<" at the end
        let events = events(bytes)
        #expect(events.first == .start(name: "rss", attributes: [:], selfClosing: false))
        #expect(events.contains(.end(name: "rss")))
    }

    @Test func anyInputScansWithoutCrashing() {
        var random = SplitMixRandom(seed: 7)
        let alphabet = Array("<>/!?[]-=\"'&;#x: abc\n".utf8) + [0x00, 0x80, 0xC3, 0xFF]
        for _ in 0..<2_000 {
            let bytes = (0..<Int(random.next() % 64)).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }
            FeedMarkupScanner(bytes).scan { _, _ in }
            _ = try? FeedParser.parse(bytes)
        }
    }
}

/// A small deterministic generator for the generated-input test.
struct SplitMixRandom {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
