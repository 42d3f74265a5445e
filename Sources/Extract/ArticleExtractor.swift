import Foundation
import Model

/// Main-content extraction and metadata for HTML pages and plain-text scrapes.
///
/// HTML: bytes are decoded (BOM, HTTP charset, `<meta>` charset, legacy detection), parsed with libxml2's
/// tolerant HTML parser into a compact tree, boilerplate is removed by tag, role, visibility and class/id rules,
/// the main container is chosen by text scoring, and the content is rendered as text and Markdown keeping
/// headings, paragraphs, lists, quotes and tables. JSON-LD / Open Graph / meta give the metadata and a fallback
/// body (`articleBody`). Plain text: site debris lines are removed with their reasons.
public struct ArticleExtractor: Sendable {
    /// Dates after this day are not accepted (pages cannot be published in the future).
    public var latestDate: CalendarDate

    public init(latestDate: CalendarDate? = nil) {
        if let latestDate {
            self.latestDate = latestDate
        } else {
            let days = Int(Date().timeIntervalSince1970 / 86400)
            self.latestDate = CalendarDate(dayNumber: days + 1)
        }
    }

    /// Extracts from decoded HTML.
    public func extract(html: String, url: String? = nil) -> ExtractedArticle {
        extract(utf8: Array(html.utf8), url: url)
    }

    /// Extracts from raw HTML bytes, finding the encoding (BOM, HTTP charset, meta charset, detection).
    public func extract(htmlBytes: [UInt8], httpCharset: String? = nil, url: String? = nil) -> ExtractedArticle {
        let decoded = CharsetDecoder().decode(htmlBytes, httpCharset: httpCharset)
        return extract(utf8: decoded.utf8, url: url)
    }

    /// Cleans a plain-text scrape (site debris inside the text).
    public func extract(plainText: String, url: String? = nil) -> ExtractedArticle {
        let result = PlainTextCleaner(latest: latestDate).clean(plainText)
        var textParts: [String] = []
        var markdownParts: [String] = []
        if let title = result.title {
            textParts.append(title)
            markdownParts.append("# " + title)
        }
        var previousBullet = false
        for line in result.lines {
            let isBullet = line.role == .bullet
            let separator = isBullet && previousBullet ? "\n" : "\n\n"
            let plain = isBullet ? "• " + line.text : line.text
            let markdown: String
            switch line.role {
            case .bullet: markdown = "- " + line.text
            case .subheading: markdown = "## " + line.text
            case .paragraph: markdown = line.text
            }
            if textParts.isEmpty { textParts.append(plain) } else { textParts.append(separator + plain) }
            if markdownParts.isEmpty { markdownParts.append(markdown) } else { markdownParts.append(separator + markdown) }
            previousBullet = isBullet
        }
        let text = textParts.joined()
        var metadata = ArticleMetadata(title: result.title, published: result.published, url: url,
                                       language: LanguageIdentifier.shared.identify(text))
        metadata.source = result.source
        metadata.notAfter = result.notAfter
        return ExtractedArticle(text: text, markdown: markdownParts.joined(), metadata: metadata, removed: result.removed)
    }

    func extract(utf8: [UInt8], url: String?) -> ExtractedArticle {
        let tree = PageTreeBuilder.build(utf8: utf8)
        let finder = MainContentFinder(tree: tree)
        let roots = finder.contentRoots()
        if ProcessInfo.processInfo.environment["STORYLINE_DEBUG"] != nil {
            FileHandle.standardError.write(Data("nodes \(tree.nodes.count) bytes \(tree.bytes.count) body \(finder.bodyIndex) bodyText \(finder.textChars[finder.bodyIndex]) roots \(roots.map { "\($0):\(tree.tag($0)):\(String(decoding: tree.classAndID($0), as: UTF8.self)):\(finder.textChars[$0])" })\n".utf8))
            var up = roots.first ?? 0
            while up >= 0 {
                FileHandle.standardError.write(Data("   up \(up) \(tree.tag(up)) \(String(decoding: tree.classAndID(up).prefix(40), as: UTF8.self)) text \(finder.textChars[up]) links \(finder.linkChars[up]) children \(tree.children(up).count)\n".utf8))
                up = Int(tree.nodes[up].parent)
            }
            let needle = Array("Digital marketing is the use".utf8)
            if let at = tree.bytes.indices.first(where: { tree.bytes[$0...].starts(with: needle) }) {
                let node = tree.nodes.firstIndex { $0.tag == nil && Int($0.start) <= at && at < Int($0.end) } ?? -1
                var chain: [String] = []
                var a = node
                while a >= 0 { chain.append("\(tree.tag(a)):\(String(decoding: tree.classAndID(a).prefix(30), as: UTF8.self)):\(finder.removed[a])"); a = Int(tree.nodes[a].parent) }
                FileHandle.standardError.write(Data("found at node \(node) depth \(node >= 0 ? tree.nodes[node].depth : -1) chain \(chain.prefix(12))\n".utf8))
            }
            FileHandle.standardError.write(Data("last text: \(String(decoding: tree.bytes.suffix(300), as: UTF8.self))\n".utf8))
            for index in 0..<tree.nodes.count where finder.removedReason[index] != nil && tree.text(of: index).count > 300 {
                FileHandle.standardError.write(Data("  removed \(index) \(tree.tag(index)) \(finder.removedReason[index]!) \(tree.text(of: index).count)\n".utf8))
            }
        }
        var renderer = ContentRenderer(finder: finder)
        renderer.render(roots)
        let signals = PageSignals(tree: tree)
        let metadataExtractor = MetadataExtractor(tree: tree, signals: signals, finder: finder)
        let title = metadataExtractor.title(mainRoot: roots.first ?? 0)
        var blocks = renderer.blocks
        // The title is metadata, not body text.
        if let title {
            let normalizedTitle = MetadataExtractor.words(title)
            blocks.removeAll { block in
                if case .heading = block.kind { return MetadataExtractor.words(block.text) == normalizedTitle }
                return false
            }
        }
        let filtered = BlockFilter(latest: latestDate).filter(blocks)
        blocks = filtered.kept
        // JSON-LD articleBody when the DOM gives (almost) nothing.
        let domWords = blocks.reduce(0) { $0 + $1.text.split(separator: " ").count }
        if let body = PageSignals.string(signals.jsonLDValue("articleBody", articlesOnly: true)) {
            let bodyWords = body.split(whereSeparator: { $0.isWhitespace }).count
            if bodyWords > 50 && domWords < bodyWords / 2 {
                blocks = body.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
                    .filter { !$0.isEmpty }.map { ContentBlock(kind: .paragraph, text: $0, node: 0) }
            }
        }
        let text = ArticleExtractor.join(blocks, markdown: false)
        let markdown = ArticleExtractor.join(blocks, markdown: true)
        var metadata = ArticleMetadata(url: url)
        metadata.title = title
        metadata.authors = metadataExtractor.authors()
        metadata.siteName = metadataExtractor.siteName()
        metadata.canonicalURL = signals.canonicalURL ?? signals.meta["og:url"]
        let sample = text.isEmpty ? (title ?? "") : String(text.prefix(3000))
        let htmlLanguage = signals.htmlLanguage.map { String($0.lowercased().prefix(2)) }
        metadata.language = LanguageIdentifier.shared.identify(sample) ?? htmlLanguage
        var dates = PublicationDateFinder(tree: tree, signals: signals, finder: finder,
                                          url: url ?? metadata.canonicalURL, dayFirst: metadata.language != "en",
                                          latest: latestDate)
        dates.source = utf8
        metadata.published = dates.published()
        metadata.modified = dates.modified()
        metadata.source = metadata.siteName
        let removed = renderer.removed.map { RemovedBlock(text: $0.text, reason: $0.reason) } + filtered.removed
        return ExtractedArticle(text: text, markdown: markdown, metadata: metadata, removed: removed)
    }

    static func join(_ blocks: [ContentBlock], markdown: Bool) -> String {
        var output = ""
        var previousTight = false
        for block in blocks {
            let piece = markdown ? block.markdown : block.plain
            if !output.isEmpty { output += block.isTight && previousTight ? "\n" : "\n\n" }
            output += piece
            previousTight = block.isTight
        }
        return output
    }
}
