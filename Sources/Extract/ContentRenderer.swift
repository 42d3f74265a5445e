/// Turns the kept part of a subtree into content blocks (headings, paragraphs, list items, quotes, table rows,
/// preformatted text), dropping removed subtrees and link lists, and recording what it dropped.
struct ContentRenderer {
    let finder: MainContentFinder
    var tree: PageTree { finder.tree }
    var blocks: [ContentBlock] = []
    var removed: [(text: String, reason: String)] = []
    private var inline: [UInt8] = []
    private var inlineNode = -1
    private var pendingSpace = false
    private var listStack: [(ordered: Bool, counter: Int)] = []
    private var quoteDepth = 0
    private var preDepth = 0

    init(finder: MainContentFinder) { self.finder = finder }

    static let listingLinkDensity = 0.35
    /// Pages declared articles count as listings only above this link density (list articles, section fronts
    /// and link directories marked up as articles: their main container is mostly links).
    static let declaredListingLinkDensity = 0.5

    /// On a page not declared an article whose chosen root is more than `gridRootLinkDensity` links, a link list
    /// holding at least `gridShare` of the root's text is the content (a grid of link cards under an intro).
    static let gridRootLinkDensity = 0.25
    static let gridShare = 1.0 / 6.0
    /// On a page not declared an article, a link block of at most `cardTitleMaxLinks` links and
    /// `cardTitleMaxChars` characters with a heading inside is a card's title, not navigation.
    static let cardTitleMaxLinks = 2
    static let cardTitleMaxChars = 150

    /// On listing pages (a link-dense main container) the links are the content: no link-list removal.
    private var linksAreContent = false
    private var rootChars = 0
    private var rootLinks = 0

    /// Pages that declare themselves articles (JSON-LD / Open Graph) need `declaredListingLinkDensity`.
    var declaredArticle = false

    mutating func render(_ roots: [Int]) {
        let chars = roots.reduce(0) { $0 + Int(finder.textChars[$1]) }
        let links = roots.reduce(0) { $0 + Int(finder.linkChars[$1]) }
        rootChars = chars
        rootLinks = links
        let threshold = declaredArticle ? ContentRenderer.declaredListingLinkDensity : ContentRenderer.listingLinkDensity
        linksAreContent = chars > 0 && Double(links) / Double(chars) > threshold
        for root in roots { visit(root, depth: 0) }
        flush(kind: .paragraph)
    }

    /// True when a link block inside the content of a page not declared an article is content: a large share of
    /// a link-heavy root (a card grid) or a card title (a heading inside one or two links).
    private func linkBlockIsContent(_ index: Int) -> Bool {
        guard !declaredArticle else { return false }
        let chars = Int(finder.textChars[index])
        if Double(rootLinks) > ContentRenderer.gridRootLinkDensity * Double(rootChars)
            && Double(chars) >= ContentRenderer.gridShare * Double(rootChars) {
            return true
        }
        guard chars < ContentRenderer.cardTitleMaxChars else { return false }
        var anchors = 0
        var headings = 0
        for position in (index + 1)..<Int(tree.nodes[index].subtreeEnd) {
            switch tree.nodes[position].tag {
            case .a: anchors += 1
            case .h1, .h2, .h3, .h4, .h5, .h6: headings += 1
            default: break
            }
        }
        return headings > 0 && anchors <= ContentRenderer.cardTitleMaxLinks
    }

    private mutating func recordRemoved(_ index: Int, _ reason: String) {
        guard tree.nodes[index].tag != nil else { return }
        guard removed.count < 500 else { return }
        let text = tree.text(of: index)
        if !text.isEmpty { removed.append((WordCounter.prefix(text, 300), reason)) }
    }

    private mutating func visit(_ index: Int, depth: Int) {
        let node = tree.nodes[index]
        guard let tag = node.tag else {
            appendText(index)
            return
        }
        if finder.removed[index] {
            if let reason = finder.removedReason[index] { recordRemoved(index, reason) }
            return
        }
        if tag.isInvisible { return }
        if depth > 300 { appendText(of: index); return }
        // Link lists and link-only blocks inside content are navigation or teasers.
        if tag == .ul || tag == .ol || tag == .div || tag == .section || tag == .table || tag == .dl || tag == .p {
            let chars = finder.textChars[index]
            let plainChars = chars - finder.linkChars[index]
            if !linksAreContent && depth > 0 && chars > 0 && finder.linkDensity(index) > 0.65 && plainChars < 300 && (tag != .p || chars < 200)
                && !linkBlockIsContent(index) {
                recordRemoved(index, "link list")
                return
            }
        }
        switch tag {
        case .h1, .h2, .h3, .h4, .h5, .h6:
            flush(kind: .paragraph)
            visitChildren(index, depth: depth)
            flush(kind: .heading(tag.headingLevel))
        case .p, .div, .section, .article, .main, .header, .footer, .aside, .nav, .figure, .address, .center,
             .details, .summary, .hgroup, .form, .body, .html, .caption, .figcaption, .dt, .dd, .dl, .label, .menu:
            flush(kind: .paragraph)
            visitChildren(index, depth: depth)
            flush(kind: .paragraph)
        case .br:
            if preDepth > 0 { inline.append(10) } else { flush(kind: .paragraph) }
        case .hr:
            flush(kind: .paragraph)
        case .ul, .ol:
            flush(kind: .paragraph)
            listStack.append((tag == .ol, 0))
            visitChildren(index, depth: depth)
            listStack.removeLast()
            flush(kind: .paragraph)
        case .li:
            flush(kind: .paragraph)
            if !listStack.isEmpty { listStack[listStack.count - 1].counter += 1 }
            let entry = listStack.last ?? (false, 1)
            let kind = ContentBlock.Kind.listItem(ordered: entry.ordered, number: entry.counter,
                                                  depth: max(0, listStack.count - 1))
            visitChildren(index, depth: depth, itemKind: kind)
            flush(kind: kind)
        case .blockquote:
            flush(kind: .paragraph)
            quoteDepth += 1
            visitChildren(index, depth: depth)
            flush(kind: .quote)
            quoteDepth -= 1
        case .pre:
            flush(kind: .paragraph)
            preDepth += 1
            visitChildren(index, depth: depth)
            flush(kind: .preformatted)
            preDepth -= 1
        case .table:
            flush(kind: .paragraph)
            renderTable(index)
        default:
            visitChildren(index, depth: depth)
        }
    }

    private mutating func visitChildren(_ index: Int, depth: Int, itemKind: ContentBlock.Kind? = nil) {
        var child = Int(tree.nodes[index].firstChild)
        while child >= 0 {
            if let itemKind, let tag = tree.nodes[child].tag, tag.isBlock, tag != .br {
                // Block content inside a list item: the first block is the item itself.
                flush(kind: itemKind)
            }
            visit(child, depth: depth + 1)
            child = Int(tree.nodes[child].nextSibling)
        }
    }

    private mutating func renderTable(_ table: Int) {
        var rows: [Int] = []
        let end = Int(tree.nodes[table].subtreeEnd)
        var position = table + 1
        while position < end {
            let node = tree.nodes[position]
            if finder.removed[position] || node.tag == .table {
                position = Int(node.subtreeEnd)
                continue
            }
            if node.tag == .tr { rows.append(position) }
            position += 1
        }
        // Layout tables (one column, long cells) render as paragraphs.
        var maxCells = 0
        for row in rows { maxCells = max(maxCells, tree.children(row).filter { tree.tag($0) == .td || tree.tag($0) == .th }.count) }
        if maxCells <= 1 {
            visitChildren(table, depth: 1)
            flush(kind: .paragraph)
            return
        }
        for row in rows {
            var cells: [String] = []
            var header = true
            for cell in tree.children(row) where tree.tag(cell) == .td || tree.tag(cell) == .th {
                if tree.tag(cell) == .td { header = false }
                cells.append(tree.text(of: cell))
            }
            if cells.contains(where: { !$0.isEmpty }) {
                blocks.append(ContentBlock(kind: .tableRow(cells: cells, header: header),
                                           text: cells.joined(separator: " "), node: row))
            }
        }
    }

    private mutating func appendText(_ index: Int) {
        if inlineNode < 0 { inlineNode = Int(tree.nodes[index].parent) }
        let node = tree.nodes[index]
        PageTree.appendCollapsed(tree.bytes, from: Int(node.start), to: Int(node.end), collapsing: preDepth == 0,
                                 to: &inline, pendingSpace: &pendingSpace)
    }

    private mutating func appendText(of index: Int) {
        if inlineNode < 0 { inlineNode = index }
        if !inline.isEmpty { inline.append(32) }
        tree.appendText(of: index, to: &inline)
    }

    private mutating func flush(kind: ContentBlock.Kind) {
        pendingSpace = false
        defer {
            inline.removeAll(keepingCapacity: true)
            inlineNode = -1
        }
        var end = inline.count
        while end > 0 && (inline[end - 1] == 32 || inline[end - 1] == 10) { end -= 1 }
        var start = 0
        while start < end && (inline[start] == 32 || inline[start] == 10) { start += 1 }
        guard start < end else { return }
        let text = String(decoding: inline[start..<end], as: UTF8.self)
        var blockKind = kind
        if quoteDepth > 0, case .paragraph = kind { blockKind = .quote }
        blocks.append(ContentBlock(kind: blockKind, text: text, node: max(0, inlineNode)))
    }
}
