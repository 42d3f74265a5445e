import Analyze
import ArgumentParser
import Extract
import Foundation
import Ingest
import Model

/// `storyline extract`: main text and metadata from HTML pages or plain-text scrapes, as JSON Lines (the fields
/// the scorers read), Markdown or plain text.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract main text and metadata from pages or text scrapes.",
        discussion: """
        Inputs are read as `ingest` reads them: the format is sniffed from the content (HTML, text scrape, WARC,
        JSON Lines, feed), .gz is decompressed, binary input is refused, and --max-size bounds each article. With
        --input, each JSON line {id, url?, html | text} is one document. When a page gives no publication date, the
        date is estimated from the content (dateSource "contentEstimate"). Each bad input is reported on one line and
        the exit status is 1 when any input failed.
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case jsonl, md, txt }

    @Argument(help: "Files (HTML, text scrapes, WARC, JSON Lines, feeds; .gz too) or directories.") var files: [String] = []
    @Option(help: "JSON Lines input ({id, url?, html | text}); '-' for standard input.") var input: String?
    @Option(help: "Output format: jsonl, md or txt.") var format: Format = .jsonl
    @Flag(help: "Add the Markdown rendering to JSON Lines output.") var markdown = false
    @Flag(help: "Add the removed blocks and their reasons to JSON Lines output.") var removed = false
    @Flag(help: "Do not estimate dates from the content when the page has none.") var noEstimate = false
    @Option(name: .customLong("max-size"), help: "Largest single article, e.g. 32MB.") var maxSize = "32MB"

    func validate() throws {
        guard ByteCount.parse(maxSize) != nil else { throw ValidationError("--max-size: not a size: \(maxSize)") }
    }

    /// One output line.
    struct Record: Encodable {
        var id: String
        var url: String?
        var title: String?
        var author: [String]?
        var date: String?
        var dateSource: String?
        var dateConfidence: Double?
        var modified: String?
        var siteName: String?
        var canonicalURL: String?
        var language: String?
        var text: String
        var markdown: String?
        var removed: [RemovedBlock]?
    }

    func run() throws {
        guard input != nil || !files.isEmpty else { throw ValidationError("give FILE... or --input docs.jsonl") }
        let extractor = ArticleExtractor()
        let estimator = DocumentDateEstimator()
        let writer = try JSONLinesWriter()
        var textOutput = FileHandleOutput()
        func emit(id: String, url: String?, article: ExtractedArticle) throws {
            var article = article
            if article.metadata.published == nil, !noEstimate, !article.text.isEmpty {
                article.metadata.published = estimator.estimate(text: article.text)
            }
            switch format {
            case .jsonl:
                let metadata = article.metadata
                try writer.write(Record(
                    id: id, url: url, title: metadata.title, author: metadata.authors.isEmpty ? nil : metadata.authors,
                    date: metadata.published?.date.description, dateSource: metadata.published?.source.rawValue,
                    dateConfidence: metadata.published?.confidence, modified: metadata.modified?.date.description,
                    siteName: metadata.siteName, canonicalURL: metadata.canonicalURL, language: metadata.language,
                    text: article.text, markdown: markdown ? article.markdown : nil,
                    removed: removed ? article.removed : nil))
            case .md:
                var header = ""
                if let title = article.metadata.title, !article.markdown.hasPrefix("# ") { header += "# \(title)\n\n" }
                textOutput.write(header + article.markdown + "\n\n")
            case .txt:
                textOutput.write(article.text + "\n\n")
            }
        }
        let opener = InputOpener(limits: ReadLimits(maxArticleBytes: ByteCount.parse(maxSize)!))
        var expansion = InputExpander.expand(files)
        if let input { expansion.files.append(InputFile(path: input, size: input == "-" ? nil : InputExpander.size(of: input))) }
        var failed = expansion.missing.count + expansion.skipped.count
        func report(_ line: String) { FileHandle.standardError.write(Data((line + "\n").utf8)) }
        for path in expansion.missing { report("error: \(path): no such file or directory") }
        for (path, reason) in expansion.skipped { report("error: \(path): skipped: \(reason)") }
        for file in expansion.files {
            let (reader, format) = opener.open(file)
            // Records without an id of their own are named after the file: "page" for page.html(.gz), and
            // "archive.warc@OFFSET" for each record of a many-record file.
            let name = URL(fileURLWithPath: file.path).deletingPathExtension().lastPathComponent
            let pageName = [".html", ".htm", ".txt"].contains { name.hasSuffix($0) }
                ? URL(fileURLWithPath: name).deletingPathExtension().lastPathComponent : name
            let single = format == .html || format == .text
            while let event = reader.next() {
                switch event {
                case .article(let raw):
                    let article = raw.kind == .html
                        ? extractor.extract(htmlBytes: raw.bytes, httpCharset: raw.httpCharset, url: raw.url)
                        : extractor.extract(plainText: String(decoding: raw.bytes, as: UTF8.self), url: raw.url)
                    let id = raw.externalID ?? (single ? pageName : "\(name)@\(raw.originOffset ?? 0)")
                    try emit(id: id, url: raw.url, article: article)
                case .skipped(let location, let reason):
                    report("skipped: \(location): \(reason)")
                case .failed(let location, let error):
                    failed += 1
                    report("error: \(location): \(error)")
                }
            }
        }
        writer.flush()
        textOutput.flush()
        if failed > 0 { throw ExitCode(1) }
    }
}

/// Buffered writes of text to standard output.
struct FileHandleOutput {
    private var buffer = Data()

    mutating func write(_ string: String) {
        buffer.append(Data(string.utf8))
        if buffer.count > 1 << 20 { flush() }
    }

    mutating func flush() {
        FileHandle.standardOutput.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
