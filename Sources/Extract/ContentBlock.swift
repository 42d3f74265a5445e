/// One block of extracted content: a paragraph, heading, list item, quote, table row or preformatted text.
struct ContentBlock: Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        case paragraph
        case heading(Int)
        case listItem(ordered: Bool, number: Int, depth: Int)
        case quote
        case tableRow(cells: [String], header: Bool)
        case preformatted
    }

    var kind: Kind
    var text: String
    /// Index of the element the block came from.
    var node: Int

    /// The block as Markdown.
    var markdown: String {
        switch kind {
        case .paragraph: return text
        case .heading(let level): return String(repeating: "#", count: max(1, min(level, 6))) + " " + text
        case .listItem(let ordered, let number, let depth):
            let indent = String(repeating: "  ", count: depth)
            return indent + (ordered ? "\(number). " : "- ") + text
        case .quote: return "> " + text
        case .tableRow(let cells, _): return "| " + cells.map { $0.replacingPipes }.joined(separator: " | ") + " |"
        case .preformatted: return "```\n" + text + "\n```"
        }
    }

    /// The block as plain text.
    var plain: String {
        switch kind {
        case .listItem(let ordered, let number, _): return (ordered ? "\(number). " : "- ") + text
        case .tableRow(let cells, _): return cells.joined(separator: " | ")
        default: return text
        }
    }

    var isTight: Bool {
        switch kind {
        case .listItem, .tableRow: return true
        default: return false
        }
    }
}

private extension String {
    var replacingPipes: String { split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|") }
}
