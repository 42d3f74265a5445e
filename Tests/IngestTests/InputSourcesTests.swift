import Foundation
import Testing
@testable import Ingest

@Suite struct InputSourcesTests {
    /// An invented format: a file starting `#storyline-note` holds one plain-text article after that line.
    struct NoteSource: InputSource {
        var format: InputFormat { InputFormat(rawValue: "note") }
        func recognises(_ sniff: InputSniff) -> Bool { sniff.trimmed.starts(with: Array("#storyline-note".utf8)) }
        func open(_ input: OpenedInput) -> ArticleReader { NoteReader(path: input.path, reader: input.reader) }
    }

    final class NoteReader: ArticleReader {
        let path: String
        let reader: BufferedByteReader
        var done = false
        var bytesConsumed: Int64 = 0
        init(path: String, reader: BufferedByteReader) {
            self.path = path
            self.reader = reader
        }
        func next() -> ReadEvent? {
            guard !done else { return nil }
            done = true
            let bytes = (try? reader.peek(1 << 20)) ?? []
            let body = Array(bytes.drop(while: { $0 != 10 }).dropFirst())
            return .article(RawArticle(origin: path, kind: .text, bytes: body))
        }
    }

    @Test func aRegisteredSourceReadsItsFormatAndTheOthersAreUnchanged() throws {
        let directory = NSTemporaryDirectory() + "storyline-sources-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try "#storyline-note\nThe harbour reopened on Monday.".write(toFile: directory + "/a.note", atomically: true, encoding: .utf8)
        try "The harbour reopened on Monday.".write(toFile: directory + "/b.txt", atomically: true, encoding: .utf8)
        let opener = InputOpener(sources: InputSources.standard.registering(NoteSource(), before: .text))
        let note = opener.open(InputFile(path: directory + "/a.note", size: nil))
        #expect(note.format?.rawValue == "note")
        guard case .article(let article)? = note.reader.next() else {
            Issue.record("no article")
            return
        }
        #expect(String(decoding: article.bytes, as: UTF8.self) == "The harbour reopened on Monday.")
        #expect(opener.open(InputFile(path: directory + "/b.txt", size: nil)).format == .text)
        // Without the registration the note is a text scrape.
        #expect(InputOpener().open(InputFile(path: directory + "/a.note", size: nil)).format == .text)
    }
}
