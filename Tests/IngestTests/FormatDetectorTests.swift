import Testing
@testable import Ingest

struct FormatDetectorTests {
    private func detect(_ text: String, _ name: String = "input") -> InputFormat? {
        FormatDetector.detect(prefix: Array(text.utf8), fileName: name)
    }

    @Test func recognisesEachFormatFromContent() {
        #expect(detect("<!DOCTYPE html><html><body><p>x</p></body></html>", "page.txt") == .html)
        #expect(detect("  <html lang=en><head><title>x</title>") == .html)
        #expect(detect("WARC/1.0\r\nWARC-Type: warcinfo\r\n", "crawl.dat") == .warc)
        #expect(detect("{\"id\": \"1\", \"text\": \"Harbour reopens\"}\n{\"id\": \"2\"}\n", "a.txt") == .jsonLines)
        #expect(detect("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>") == .feed)
        #expect(detect("<?xml version=\"1.0\" encoding=\"utf-8\"?><!-- hi --><feed xmlns=\"http://www.w3.org/2005/Atom\">") == .feed)
        #expect(detect("World\n\nHarbour reopens after storm\n\nThe port authority said on Monday...", "page.html") == .text)
    }

    @Test func extensionBreaksTiesForFragments() {
        #expect(detect("<span>Harbour</span> reopens", "fragment.html") == .html)
        #expect(detect("<span>Harbour</span> reopens", "fragment.txt") == .text)
    }

    @Test func binaryIsRejected() {
        #expect(FormatDetector.detect(prefix: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], fileName: "x.html") == nil)
        #expect(FormatDetector.detect(prefix: Array(repeating: 3, count: 100), fileName: "x.txt") == nil)
    }

    @Test func utf16WithBOMIsText() {
        let bytes: [UInt8] = [0xFF, 0xFE] + Array("Harbour".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(FormatDetector.detect(prefix: bytes, fileName: "x") == .text)
    }
}
