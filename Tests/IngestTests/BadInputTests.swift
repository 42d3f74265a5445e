import Testing
@testable import Ingest

/// Each class of bad input gives one failure (or skip) naming the file, never an article.
struct BadInputTests {
    @Test func binaryFile() throws {
        let directory = try TestDirectory()
        let path = try directory.write("photo.html", [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D] + Array(repeating: 0xAB, count: 500))
        let (events, _) = Fixtures.open(path)
        #expect(Fixtures.failures(events).map(\.0) == [path])
        #expect(Fixtures.failures(events).first?.1 == .binary)
    }

    @Test func invalidUTF8Text() throws {
        let directory = try TestDirectory()
        let path = try directory.write("scrape.txt", Array("Harbour news\n\nThe caf".utf8) + [0xE9, 0x20] + Array("closed.".utf8))
        let (events, format) = Fixtures.open(path)
        #expect(format == .text)
        #expect(Fixtures.failures(events).first?.1 == .invalidUTF8(offset: 21))
    }

    @Test func unknownEncoding() throws {
        let directory = try TestDirectory()
        let path = try directory.write("page.html", Fixtures.page(title: "Quay", body: "Closed.", charset: "x-martian-7"))
        let (events, _) = Fixtures.open(path)
        #expect(Fixtures.failures(events).first?.1 == .unknownEncoding("x-martian-7"))
    }

    @Test func knownLegacyEncodingIsAccepted() throws {
        let directory = try TestDirectory()
        let html = Array(Fixtures.page(title: "Caf", body: "x", charset: "windows-1252").utf8) + [0xE9]
        let path = try directory.write("legacy.html", html)
        let (events, _) = Fixtures.open(path)
        #expect(Fixtures.articles(events).count == 1)
    }

    @Test func truncatedGzip() throws {
        let directory = try TestDirectory()
        let whole = Deflate.gzip(Array(Fixtures.page(title: "Quay", body: String(repeating: "Storm. ", count: 300)).utf8))
        let path = try directory.write("page.html.gz", Array(whole.prefix(whole.count - 12)))
        let (events, _) = Fixtures.open(path)
        #expect(Fixtures.articles(events).isEmpty)
        #expect(Fixtures.failures(events).first?.1 == .truncatedGzip)
    }

    @Test func gzipPageIsRead() throws {
        let directory = try TestDirectory()
        let path = try directory.write("page.html.gz", Deflate.gzip(Array(Fixtures.page(title: "Quay", body: "Storm.").utf8)))
        let (events, format) = Fixtures.open(path)
        #expect(format == .html)
        #expect(Fixtures.articles(events).count == 1)
    }

    @Test func emptyFileIsSkipped() throws {
        let directory = try TestDirectory()
        for (name, content) in [("empty.html", ""), ("blank.txt", "\n   \n")] {
            let path = try directory.write(name, content)
            let (events, _) = Fixtures.open(path)
            #expect(Fixtures.skips(events).map(\.0) == [path])
            #expect(Fixtures.articles(events).isEmpty)
        }
    }

    @Test func oversizedFile() throws {
        let directory = try TestDirectory()
        let path = try directory.write("huge.html", Fixtures.page(title: "Big", body: String(repeating: "word ", count: 5000)))
        let (events, _) = Fixtures.open(path, limits: ReadLimits(maxArticleBytes: 10_000))
        guard case .tooLarge(_, let limit) = Fixtures.failures(events).first?.1 else { Issue.record("expected too large"); return }
        #expect(limit == 10_000)
        #expect(IngestError.tooLarge(size: 20_000, limit: 10_000).description.contains("--max-size"))
        // Raising the limit accepts it.
        #expect(Fixtures.articles(Fixtures.open(path, limits: ReadLimits(maxArticleBytes: 1 << 20)).events).count == 1)
    }

    @Test func oversizedGzipIsStoppedWhileReading() throws {
        let directory = try TestDirectory()
        let path = try directory.write("bomb.html.gz", Deflate.gzip(Array(Fixtures.page(title: "Big", body: String(repeating: "a", count: 500_000)).utf8)))
        let (events, _) = Fixtures.open(path, limits: ReadLimits(maxArticleBytes: 100_000))
        guard case .tooLarge = Fixtures.failures(events).first?.1 else { Issue.record("expected too large"); return }
    }

    @Test func missingFileFails() {
        let (events, _) = Fixtures.open("/nonexistent/storyline/none.html")
        guard case .unreadable = Fixtures.failures(events).first?.1 else { Issue.record("expected unreadable"); return }
    }

    @Test func utf16TextIsConverted() throws {
        let directory = try TestDirectory()
        let text = "Quay reopens — ferries run"
        let bytes: [UInt8] = [0xFF, 0xFE] + Array(text.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let path = try directory.write("utf16.txt", bytes)
        let articles = Fixtures.articles(Fixtures.open(path).events)
        #expect(articles.map { String(decoding: $0.bytes, as: UTF8.self) } == [text])
    }

    @Test func otherCompressionsAreNamed() throws {
        let directory = try TestDirectory()
        let path = try directory.write("pages.warc.xz", [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00, 0x00, 0x04] + Array(repeating: 0x11, count: 64))
        let (events, _) = Fixtures.open(path)
        #expect(Fixtures.failures(events).first?.1 == .unsupportedCompression("xz"))
        #expect(IngestError.unsupportedCompression("xz").description.contains("decompress"))
    }

    @Test func aFewStrayNULsAreDroppedButNULHeavyInputIsBinary() throws {
        let directory = try TestDirectory()
        let page = Array(Fixtures.page(title: "Quay", body: String(repeating: "<p>The quay reopened on Monday after the storm.</p>", count: 8)).utf8)
        var withNULs = page
        for position in [40, 80, 120] { withNULs.insert(0, at: position) }
        let path = try directory.write("nuls.html", withNULs)
        let (events, _) = Fixtures.open(path)
        let article = try #require(Fixtures.articles(events).first)
        #expect(!article.bytes.contains(0) && article.bytes.count == page.count)
        // UTF-16 without a byte-order mark: every other byte is NUL.
        let utf16 = try directory.write("wide.txt", Array("The quay reopened on Monday.".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }))
        #expect(Fixtures.articles(Fixtures.open(utf16).0).isEmpty)
        #expect(TextChecks.isBinary(ArraySlice(Array("ab".utf8) + [0, 0, 0, 7, 8, 0, 1, 2])))
    }
}
