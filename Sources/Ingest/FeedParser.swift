import Foundation

/// Parses RSS 2.0 / 0.91, RSS 1.0 (RDF) and Atom feeds into items (link, title, date, description/content).
///
/// Reads the bytes with ``FeedMarkupScanner``, which cannot crash on any input (no Foundation XML parser is involved).
/// It throws ``IngestError/malformedFeed(_:)`` for a document that is not a feed or whose tags do not match, with the
/// line where it went wrong, rather than returning part of the items as if the feed were whole.
public struct FeedParser {
    private var items: [FeedItem] = []
    private var current: FeedItem?
    private var text = ""
    private var contentPriority = 0
    private var open: [String] = []
    private var sawFeedRoot = false

    /// The items of a feed document.
    public static func parse(_ bytes: [UInt8]) throws -> [FeedItem] {
        var parser = FeedParser()
        try FeedMarkupScanner(FeedEncoding.utf8(bytes)).scan { event, line in try parser.handle(event, line: line) }
        guard parser.sawFeedRoot else { throw IngestError.malformedFeed("no rss, RDF or feed element") }
        if let unclosed = parser.open.last { throw IngestError.malformedFeed("unexpected end of document inside <\(unclosed)>") }
        return parser.items
    }

    static func localName(_ name: String) -> String {
        name.split(separator: ":").last.map(String.init)?.lowercased() ?? name.lowercased()
    }

    mutating func handle(_ event: FeedMarkupScanner.Event, line: Int) throws {
        switch event {
        case .start(let qualified, let attributes, let selfClosing):
            let name = Self.localName(qualified)
            if open.isEmpty, !sawFeedRoot { sawFeedRoot = ["rss", "rdf", "feed"].contains(name) }
            start(name, attributes: attributes)
            if selfClosing { end(name) } else { open.append(qualified) }
        case .end(let qualified):
            guard let last = open.last else { throw IngestError.malformedFeed("line \(line): </\(qualified)> closes nothing") }
            guard last == qualified else { throw IngestError.malformedFeed("line \(line): </\(qualified)> closes <\(last)> (mismatched tag)") }
            open.removeLast()
            end(Self.localName(qualified))
        case .text(let string): text += string
        case .cdata(let string): text += string
        }
    }

    mutating func start(_ name: String, attributes: [String: String]) {
        if name == "item" || name == "entry" {
            current = FeedItem()
            contentPriority = 0
        } else if name == "link", current != nil, let href = attributes["href"] {
            let rel = attributes["rel"] ?? "alternate"
            if rel == "alternate" && current?.link == nil { current?.link = href }
        }
        text = ""
    }

    mutating func end(_ name: String) {
        let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
        text = ""
        guard current != nil else { return }
        switch name {
        case "item", "entry":
            if let item = current { items.append(item) }
            current = nil
        case "title" where current?.title == nil: current?.title = value
        case "link" where current?.link == nil && !value.isEmpty: current?.link = value
        case "guid", "id": current?.id = value
        case "pubdate", "published", "date", "issued":
            if let day = InputDate.isoDay(from: value) { current?.date = day }
        case "updated", "modified":
            if current?.date == nil { current?.date = InputDate.isoDay(from: value) }
        case "encoded", "content":  // content:encoded, Atom content: the fullest text
            setContent(value, priority: 2)
        case "description", "summary":
            setContent(value, priority: 1)
        default: break
        }
    }

    private mutating func setContent(_ value: String, priority: Int) {
        guard !value.isEmpty, priority > contentPriority else { return }
        current?.content = value
        contentPriority = priority
    }
}
