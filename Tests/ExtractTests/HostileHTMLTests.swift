import Foundation
import Model
import Testing
@testable import Extract

/// Hostile inputs: never a crash or a hang. Inputs are generated here.
@Suite struct HostileHTMLTests {
    let extractor = ArticleExtractor(latestDate: CalendarDate(year: 2030, month: 1, day: 1))
    static let paragraph = "The committee met again on Thursday to review the budget, and members said the plan would be revised before the vote."

    @Test func unclosedTags() {
        var html = "<html><head><title>Unclosed | Site</title></head><body><div><article><h1>Unclosed tags"
        for index in 0..<200 { html += "<p>\(HostileHTMLTests.paragraph) <b>bold <i>italic <a href='#'>link \(index)" }
        html += "<table><tr><td>cell<td>cell<tr><td>x<ul><li>one<li>two<select><option>a"
        let article = extractor.extract(html: html)
        #expect(article.text.contains("The committee met again"))
    }

    @Test func tenThousandDeepNesting() {
        let depth = 10_000
        var html = "<html><body>"
        html += String(repeating: "<div>", count: depth)
        html += "<p>\(HostileHTMLTests.paragraph)</p>"
        html += String(repeating: "</div>", count: depth)
        html += String(repeating: "<span>", count: depth) + "deep text" + String(repeating: "</span>", count: depth)
        html += "</body></html>"
        let start = Date()
        let article = extractor.extract(html: html)
        #expect(Date().timeIntervalSince(start) < 30)
        #expect(article.text.contains("The committee met again"))
    }

    @Test func fiftyMegabytePage() {
        var html = "<html><head><title>Big</title></head><body><article><h1>Big page</h1>"
        let target = 50 * 1024 * 1024
        html.reserveCapacity(target + 1000)
        // Numbered paragraphs: identical ones would be dropped as repeated blocks (responsive copies).
        var number = 0
        while html.utf8.count < target {
            for _ in 0..<1000 {
                number += 1
                html += "<p>\(HostileHTMLTests.paragraph) (\(number))</p>\n"
            }
        }
        html += "</article></body></html>"
        let start = Date()
        let article = extractor.extract(html: html)
        // A guard against a hang (quadratic work would take hours), not a speed test: debug build, shared cores.
        #expect(Date().timeIntervalSince(start) < 300)
        #expect(article.text.count > 10_000_000)
    }

    @Test func nulBytes() {
        var bytes = Array("<html><body><article><h1>NUL\0 title</h1><p>".utf8)
        bytes += Array(HostileHTMLTests.paragraph.utf8)
        bytes += [0, 0, 0]
        bytes += Array(" after the nul bytes</p>\0<p>\0\0</p></article></body></html>".utf8)
        let article = extractor.extract(htmlBytes: bytes)
        #expect(article.text.contains("after the nul bytes"))
        #expect(!article.text.contains("\0"))
    }

    @Test func lyingCharsetDeclarations() {
        // Declares windows-1251 but is UTF-8.
        let utf8Page = "<html><head><meta charset=\"windows-1251\"></head><body><p>Größere Änderungen für Müller — \(HostileHTMLTests.paragraph)</p></body></html>"
        let article = extractor.extract(htmlBytes: Array(utf8Page.utf8))
        #expect(article.text.contains("Größere Änderungen für Müller"))
        // Declares UTF-8 but is windows-1251.
        let cyrillic = "Президент заявил в четверг, что переговоры продолжатся на следующей неделе в столице."
        let body = "<html><head><meta charset=\"utf-8\"></head><body><p>\(cyrillic)</p></body></html>"
        let encoded = CharsetDecoder().convertFromUTF8(body, to: "WINDOWS-1251")!
        let decoded = extractor.extract(htmlBytes: encoded)
        #expect(decoded.text.contains("Президент заявил"))
        // Declares an encoding iconv does not know.
        let unknown = "<html><head><meta charset=\"x-no-such-charset\"></head><body><p>caf\u{E9} \(HostileHTMLTests.paragraph)</p></body></html>"
        let latin1 = CharsetDecoder().convertFromUTF8(unknown, to: "WINDOWS-1252")!
        #expect(extractor.extract(htmlBytes: latin1).text.contains("café"))
    }

    @Test func emptyAndGarbageInputs() {
        #expect(extractor.extract(html: "").text.isEmpty)
        #expect(extractor.extract(htmlBytes: []).text.isEmpty)
        let garbage = (0..<100_000).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 13) }
        _ = extractor.extract(htmlBytes: garbage)
        _ = extractor.extract(html: String(repeating: "<", count: 100_000) + String(repeating: "<!--", count: 1000))
        _ = extractor.extract(plainText: "")
    }
}
