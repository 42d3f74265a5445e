import Foundation

/// The metadata signals of a page, read once: `<meta>` tags, `<title>`, canonical link, `<html lang>`, JSON-LD
/// objects, microdata (`itemprop`) values and the H1 headings.
struct PageSignals {
    /// `<meta>` values by name/property/itemprop as ``DateVocabulary/propertyName(_:)`` spells it (lower-cased, `DC:Issued`
    /// read as `dc.issued`; first occurrence wins).
    var meta: [String: String] = [:]
    var documentTitle: String?
    var canonicalURL: String?
    var htmlLanguage: String?
    /// Article-like JSON-LD objects first, then the others.
    var jsonLD: [[String: Any]] = []
    /// Microdata and RDFa values (`itemprop` or `property` on non-meta elements, by ``DateVocabulary/propertyName(_:)``):
    /// datetime/content attribute or text.
    var itemprops: [String: [String]] = [:]
    var headings1: [Int] = []
    var authorLinks: [String] = []

    init(tree: PageTree, vocabulary: DateVocabulary = .shared) {
        var scripts: [Int] = []
        for index in 0..<tree.nodes.count {
            guard let tag = tree.nodes[index].tag else { continue }
            switch tag {
            case .meta:
                guard let content = tree.attribute(index, .content) else { continue }
                for key in [PageTree.Attribute.property, .name, .itemprop, .httpEquiv] {
                    if let name = tree.attribute(index, key).map(vocabulary.propertyName), !name.isEmpty {
                        if meta[name] == nil { meta[name] = PageSignals.trimmed(content) }
                    }
                }
            case .title:
                if documentTitle == nil { documentTitle = tree.text(of: index) }
            case .link:
                if let rel = tree.attribute(index, .rel)?.lowercased() {
                    if rel == "canonical", canonicalURL == nil { canonicalURL = tree.attribute(index, .href) }
                }
            case .html:
                if htmlLanguage == nil { htmlLanguage = tree.attribute(index, .lang) }
            case .script:
                scripts.append(index)
            case .h1:
                headings1.append(index)
            default:
                break
            }
            // Microdata (`itemprop`) and RDFa (`property`) on page elements: `datetime`, `content` or the text.
            if tag != .meta, let prop = (tree.attribute(index, .itemprop) ?? tree.attribute(index, .property)).map(vocabulary.propertyName) {
                let value = tree.attribute(index, .datetime) ?? tree.attribute(index, .content) ?? tree.text(of: index)
                if !value.isEmpty, value.utf8.count < 300 || value.prefix(300).count < 300 { itemprops[prop, default: []].append(value) }
            }
            if tag == .a, let rel = tree.attribute(index, .rel)?.lowercased(), rel.contains("author") {
                let name = tree.text(of: index)
                if !name.isEmpty && (name.utf8.count < 80 || name.prefix(80).count < 80) { authorLinks.append(name) }
            }
        }
        var articles: [[String: Any]] = []
        var others: [[String: Any]] = []
        for script in scripts {
            var text: [UInt8] = []
            var child = Int(tree.nodes[script].firstChild)
            while child >= 0 {
                if tree.nodes[child].tag == nil { text.append(contentsOf: tree.textBytes(child)) }
                child = Int(tree.nodes[child].nextSibling)
            }
            guard !text.isEmpty, text.count < 5_000_000,
                  let object = try? JSONSerialization.jsonObject(with: Data(text), options: [.fragmentsAllowed])
            else { continue }
            PageSignals.collect(object, into: &articles, others: &others, depth: 0)
        }
        jsonLD = articles + others
    }

    /// `trimmingCharacters(in: .whitespacesAndNewlines)`, without Foundation's work when both ends are visible
    /// ASCII (the common case: then there is nothing to trim).
    static func trimmed(_ string: String) -> String {
        let utf8 = string.utf8
        if let first = utf8.first, let last = utf8.last, first > 32, first < 127, last > 32, last < 127 { return string }
        return string.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static let articleTypes: Set<String> = ["article", "newsarticle", "blogposting", "reportagenewsarticle",
        "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "report",
        "scholarlyarticle", "techarticle", "liveblogposting", "socialmediaposting", "posting", "review", "recipe",
        "howto", "medicalwebpage", "discussionforumposting", "qapage", "question", "videoobject"]

    private static func collect(_ object: Any, into articles: inout [[String: Any]], others: inout [[String: Any]], depth: Int) {
        guard depth < 6 else { return }
        if let array = object as? [Any] {
            for element in array { collect(element, into: &articles, others: &others, depth: depth + 1) }
        } else if let dictionary = object as? [String: Any] {
            if let graph = dictionary["@graph"] { collect(graph, into: &articles, others: &others, depth: depth + 1) }
            if isArticle(dictionary) { articles.append(dictionary) } else if dictionary["@type"] != nil { others.append(dictionary) }
            if let main = dictionary["mainEntity"] { collect(main, into: &articles, others: &others, depth: depth + 1) }
        }
    }

    static func types(_ object: [String: Any]) -> [String] {
        if let type = object["@type"] as? String { return [type.lowercased()] }
        if let types = object["@type"] as? [Any] { return types.compactMap { ($0 as? String)?.lowercased() } }
        return []
    }

    static func isArticle(_ object: [String: Any]) -> Bool {
        types(object).contains { articleTypes.contains($0) }
    }

    /// A string value of a JSON-LD field (first of an array; `name` of an object).
    static func string(_ value: Any?) -> String? {
        if let string = value as? String {
            let trimmed = PageSignals.trimmed(string)
            return trimmed.isEmpty ? nil : trimmed
        }
        if let array = value as? [Any] { return array.lazy.compactMap { string($0) }.first }
        if let object = value as? [String: Any] { return string(object["name"] ?? object["@value"]) }
        if let number = value as? NSNumber { return number.stringValue }
        return nil
    }

    /// Names in a JSON-LD author/creator field.
    static func names(_ value: Any?) -> [String] {
        if let string = value as? String {
            let trimmed = PageSignals.trimmed(string)
            return trimmed.isEmpty ? [] : [trimmed]
        }
        if let array = value as? [Any] { return array.flatMap { names($0) } }
        if let object = value as? [String: Any] {
            if let name = string(object["name"]) { return [name] }
            let given = string(object["givenName"]) ?? ""
            let family = string(object["familyName"]) ?? ""
            let joined = (given + " " + family).trimmingCharacters(in: .whitespaces)
            return joined.isEmpty ? [] : [joined]
        }
        return []
    }

    /// The first value of a key among the article-like JSON-LD objects (then all).
    func jsonLDValue(_ key: String, articlesOnly: Bool = false) -> Any? {
        for object in jsonLD {
            if articlesOnly && !PageSignals.isArticle(object) { continue }
            if let value = object[key] { return value }
        }
        return nil
    }

    /// The page declares itself a product page: a JSON-LD `Product` (or `ProductGroup`) object or Open Graph
    /// `og:type` product. Its buy box, variant pickers and delivery widgets sit inside the content.
    var declaresProduct: Bool {
        if let type = meta["og:type"]?.lowercased(), type == "product" || type == "og:product" || type == "product.item" { return true }
        return jsonLD.contains { PageSignals.types($0).contains { $0 == "product" || $0 == "productgroup" } }
    }

    func metaValue(_ keys: [String]) -> String? {
        for key in keys { if let value = meta[key], !value.isEmpty { return value } }
        return nil
    }
}
