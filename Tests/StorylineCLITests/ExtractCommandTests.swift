import Foundation
import Testing

/// `storyline extract` reads inputs as `ingest` does (sniffed, decompressed, bounded) and fails loudly.
struct ExtractCommandTests {
    @Test func gzipPagesAreDecompressedAndBadInputsFailTheRunOneLineEach() throws {
        let directory = try CLIProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let page = CLIProcess.page(1)
        try CLIProcess.write(page, to: directory + "/page.html")
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/bin/gzip")
        gzip.arguments = ["-k", directory + "/page.html"]
        try gzip.run()
        gzip.waitUntilExit()
        let good = try CLIProcess.run(["extract", directory + "/page.html.gz"])
        #expect(good.status == 0, "\(good.stderr)")
        let plain = try CLIProcess.run(["extract", directory + "/page.html"])
        #expect(good.stdout == plain.stdout && !good.stdout.isEmpty)

        // Binary bytes, text in UTF-16 without a byte-order mark, a missing file, and a page over --max-size.
        try Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 37) }).write(to: URL(fileURLWithPath: directory + "/blob.html"))
        let utf16 = "Harbour workers walked out on Monday.".data(using: .utf16LittleEndian)!
        try utf16.write(to: URL(fileURLWithPath: directory + "/utf16.txt"))
        let bad = try CLIProcess.run(["extract", directory + "/blob.html", directory + "/utf16.txt", directory + "/nope.html",
                                      directory + "/page.html", "--max-size", "100"])
        #expect(bad.status == 1)
        let errors = bad.stderr.split(separator: "\n").filter { $0.hasPrefix("error: ") }
        #expect(errors.count == 4, "\(bad.stderr)")
        #expect(bad.stdout.isEmpty)
    }
}
