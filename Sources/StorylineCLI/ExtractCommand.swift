import Analyze
import ArgumentParser
import Extract
import Foundation
import Model

/// `storyline extract`: main text and metadata from HTML pages or plain-text scrapes, as JSON Lines (the fields
/// the scorers read), Markdown or plain text.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract main text and metadata from pages or text scrapes.",
        discussion: """
        Files ending in .txt are read as plain-text scrapes; other files as HTML (encoding detected from the bytes).
        With --input, each JSON line {id, url?, html | text} is one document. When a page gives no publication
        date, the date is estimated from the content (dateSource "contentEstimate").
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case jsonl, md, txt }

    @Argument(help: "HTML or .txt files.") var files: [String] = []
    @Option(help: "JSON Lines input ({id, url?, html | text}); '-' for standard input.") var input: String?
    @Option(help: "Output format: jsonl, md or txt.") var format: Format = .jsonl
    @Flag(help: "Add the Markdown rendering to JSON Lines output.") var markdown = false
    @Flag(help: "Add the removed blocks and their reasons to JSON Lines output.") var removed = false
    @Flag(help: "Do not estimate dates from the content when the page has none.") var noEstimate = false

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
        for file in files {
            let url = URL(fileURLWithPath: file)
            let data = try Data(contentsOf: url)
            let article: ExtractedArticle
            if url.pathExtension.lowercased() == "txt" {
                article = extractor.extract(plainText: String(decoding: data, as: UTF8.self))
            } else {
                article = extractor.extract(htmlBytes: [UInt8](data))
            }
            try emit(id: url.deletingPathExtension().lastPathComponent, url: nil, article: article)
        }
        if let input {
            try JSONLinesReader.forEachRecord(path: input) { record in
                let article: ExtractedArticle
                if let html = record.html {
                    article = extractor.extract(html: html, url: record.url)
                } else {
                    article = extractor.extract(plainText: record.text ?? "", url: record.url)
                }
                try emit(id: record.id, url: record.url, article: article)
            }
        }
        writer.flush()
        textOutput.flush()
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
