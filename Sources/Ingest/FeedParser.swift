import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parses RSS 2.0, RSS 1.0 (RDF) and Atom feeds into items (link, title, date, description/content).
public final class FeedParser: NSObject, XMLParserDelegate {
    private var items: [FeedItem] = []
    private var current: FeedItem?
    private var text = ""
    private var contentPriority = 0

    /// The items of a feed document; throws ``IngestError/malformedFeed(_:)`` when the XML does not parse.
    public static func parse(_ bytes: [UInt8]) throws -> [FeedItem] {
        let delegate = FeedParser()
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = delegate
        parser.shouldProcessNamespaces = false
        let parsed = parser.parse()
        if !parsed || parser.parserError != nil {
            let code = (parser.parserError as NSError?)?.code ?? 0
            let reason: String
            switch code {
            case 4: reason = "empty document"
            case 5: reason = "unexpected end of document"
            case 26: reason = "undeclared entity"
            case 76: reason = "mismatched tag"
            default: reason = "XML error \(code)"
            }
            throw IngestError.malformedFeed("line \(parser.lineNumber): \(reason)")
        }
        return delegate.items
    }

    private static func localName(_ name: String) -> String {
        name.split(separator: ":").last.map(String.init)?.lowercased() ?? name.lowercased()
    }

    public func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                       qualifiedName qName: String?, attributes: [String: String] = [:]) {
        let name = Self.localName(elementName)
        if name == "item" || name == "entry" {
            current = FeedItem()
            contentPriority = 0
        } else if name == "link", current != nil, let href = attributes["href"] {
            let rel = attributes["rel"] ?? "alternate"
            if rel == "alternate" && current?.link == nil { current?.link = href }
        }
        text = ""
    }

    public func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    public func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) { text += String(decoding: CDATABlock, as: UTF8.self) }

    public func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                       qualifiedName qName: String?) {
        let name = Self.localName(elementName)
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

    private func setContent(_ value: String, priority: Int) {
        guard !value.isEmpty, priority > contentPriority else { return }
        current?.content = value
        contentPriority = priority
    }
}
