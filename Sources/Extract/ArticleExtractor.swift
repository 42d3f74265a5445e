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
        _ = PageTreeBuilder.libxml2Initialized
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
        let result = PlainTextCleaner(latest: latestDate).clean(TextNormalizer.normalize(plainText))
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
        metadata.siteName = result.siteName
        metadata.notAfter = result.notAfter
        return ExtractedArticle(text: text, markdown: markdownParts.joined(), metadata: metadata, removed: result.removed)
    }

    func extract(utf8: [UInt8], url: String?) -> ExtractedArticle {
        let tree = PageTreeBuilder.build(utf8: utf8)
        let signals = PageSignals(tree: tree)
        var finder = MainContentFinder(tree: tree, isDiscussion: ArticleExtractor.isDiscussion(signals: signals, url: url))
        let declaredArticle = signals.jsonLD.contains(where: PageSignals.isArticle)
            || signals.meta["og:type"]?.lowercased() == "article"
        finder.isDeclaredArticle = declaredArticle
        finder.isDeclaredProduct = !declaredArticle && signals.declaresProduct
        let roots = finder.contentRoots()
        var renderer = ContentRenderer(finder: finder)
        renderer.declaredArticle = declaredArticle
        renderer.render(roots)
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
        let furniture = ContentFurniture(finder: finder, roots: roots, declaredArticle: declaredArticle)
        let filtered = BlockFilter(latest: latestDate, furniture: furniture).filter(blocks)
        blocks = filtered.kept
        // JSON-LD articleBody when the DOM gives (almost) nothing.
        if let body = PageSignals.string(signals.jsonLDValue("articleBody", articlesOnly: true)),
           case let bodyWords = WordCounter.whitespaceSeparated(body), bodyWords > 50 {
            // DOM words, counted only as far as the test needs.
            var domWords = 0
            for block in blocks where domWords < bodyWords / 2 {
                domWords += WordCounter.spaceSeparated(block.text, limit: bodyWords / 2 - domWords)
            }
            if domWords < bodyWords / 2 {
                blocks = body.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
                    .filter { !$0.isEmpty }.map { ContentBlock(kind: .paragraph, text: $0, node: 0) }
            }
        }
        let text = TextNormalizer.normalize(ArticleExtractor.join(blocks, markdown: false))
        let markdown = TextNormalizer.normalize(ArticleExtractor.join(blocks, markdown: true))
        var metadata = ArticleMetadata(url: url)
        metadata.title = title.map(TextNormalizer.normalize)
        metadata.authors = metadataExtractor.authors()
        metadata.siteName = metadataExtractor.siteName() ?? metadataExtractor.siteName(fromDocumentTitleWith: title)
        metadata.canonicalURL = signals.canonicalURL ?? signals.meta["og:url"]
        let sample = text.isEmpty ? (title ?? "") : WordCounter.prefix(text, 1500)
        let htmlLanguage = signals.htmlLanguage.map { String($0.lowercased().prefix(2)) }
        metadata.language = LanguageIdentifier.shared.identify(sample) ?? htmlLanguage
        var dates = PublicationDateFinder(tree: tree, signals: signals, finder: finder,
                                          url: url ?? metadata.canonicalURL, dayFirst: metadata.language != "en",
                                          languageKnown: metadata.language != nil, latest: latestDate)
        dates.source = utf8
        metadata.published = dates.published()
        metadata.modified = dates.modified()
        metadata.source = metadata.siteName
        let removed = renderer.removed.map { RemovedBlock(text: $0.text, reason: $0.reason) } + filtered.removed
        return ExtractedArticle(text: text, markdown: markdown, metadata: metadata, removed: removed)
    }

    /// Forum threads and Q&A pages, from JSON-LD / Open Graph types or the URL path.
    static func isDiscussion(signals: PageSignals, url: String?) -> Bool {
        let types = Set(signals.jsonLD.flatMap(PageSignals.types))
        if !types.isDisjoint(with: ["discussionforumposting", "qapage", "question", "socialmediaposting"]) { return true }
        if let type = signals.meta["og:type"]?.lowercased(), type.contains("forum") || type.contains("discussion") { return true }
        guard let url = url?.lowercased() else { return false }
        return ["/t/", "/thread", "/topic", "/forum", "/comments/", "/questions/", "viewtopic", "/discussion", "/community/"]
            .contains { url.contains($0) }
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
