import Foundation
import Model

/// Title, authors, site name and canonical URL from the page signals and the tree: the visible H1 that matches the
/// headline signals (not the site-suffixed `<title>`), JSON-LD / meta / microdata / byline authors.
struct MetadataExtractor {
    let tree: PageTree
    let signals: PageSignals
    let finder: MainContentFinder

    /// Lower-cased word tokens of a string.
    static func words(_ string: String) -> [Substring] {
        string.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
    }

    static func similarity(_ a: String, _ b: String) -> Double {
        let left = Set(words(a)), right = Set(words(b))
        guard !left.isEmpty, !right.isEmpty else { return 0 }
        return Double(left.intersection(right).count) / Double(max(left.count, right.count))
    }

    func headlineSignals() -> [String] {
        var result: [String] = []
        if let headline = PageSignals.string(signals.jsonLDValue("headline", articlesOnly: true)) { result.append(headline) }
        if let og = signals.metaValue(["og:title", "twitter:title", "dc.title", "title", "headline"]) { result.append(og) }
        if let title = signals.documentTitle, !title.isEmpty { result.append(title) }
        return result.map(MetadataExtractor.decodeEntities)
    }

    func title(mainRoot: Int) -> String? {
        let references = headlineSignals()
        let siteName = self.siteName()
        var best: (String, Double)?
        for heading in signals.headings1 {
            let text = tree.text(of: heading)
            guard !text.isEmpty, text.count < 400 else { continue }
            var score = 0.0
            for reference in references { score = max(score, MetadataExtractor.similarity(text, reference)) }
            if let siteName, text.lowercased() == siteName.lowercased(), references.contains(where: { $0.lowercased() != siteName.lowercased() }) {
                score -= 1
            }
            if !finder.removed[heading] { score += 0.2 }
            if tree.isInside(heading, mainRoot) || heading < mainRoot { score += 0.1 }
            if best == nil || score > best!.1 { best = (text, score) }
        }
        if let best, best.1 > 0.25 || (signals.headings1.count == 1 && best.1 > 0) { return best.0 }
        // No convincing H1: the headline signal without the site suffix.
        for reference in references {
            let stripped = stripSiteSuffix(reference, siteName: siteName)
            if !stripped.isEmpty { return stripped }
        }
        return best?.0
    }

    /// What stands between a headline and the site name in a `<title>` ("Headline | Site").
    static let titleSeparators = [" | ", " - ", " – ", " — ", " :: ", " » ", " « ", " · ", " • "]

    func stripSiteSuffix(_ title: String, siteName: String?) -> String {
        for separator in MetadataExtractor.titleSeparators + [" / "] where title.contains(separator) {
            let parts = title.components(separatedBy: separator).map { $0.trimmingCharacters(in: .whitespaces) }
            if let siteName {
                let kept = parts.filter { MetadataExtractor.similarity($0, siteName) < 0.5 }
                if !kept.isEmpty && kept.count < parts.count { return kept.joined(separator: separator) }
            }
            if let longest = parts.max(by: { $0.count < $1.count }), longest.count >= 15 {
                // Drop the last part (the usual site suffix) and keep the rest.
                if parts.count >= 2 { return parts.dropLast().joined(separator: separator) }
                return longest
            }
        }
        return title.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func siteName() -> String? {
        if let name = signals.metaValue(["og:site_name", "application-name", "twitter:site:name", "publisher"]) {
            return MetadataExtractor.decodeEntities(name)
        }
        for object in signals.jsonLD {
            if let publisher = object["publisher"], let name = PageSignals.string(publisher) { return name }
        }
        return nil
    }

    /// The site name the `<title>` adds to the headline ("Headline - Site"), when no metadata names the site:
    /// the short part left once the part matching the headline is taken away.
    func siteName(fromDocumentTitleWith headline: String?) -> String? {
        guard let headline, let documentTitle = signals.documentTitle.map(MetadataExtractor.decodeEntities) else { return nil }
        for separator in MetadataExtractor.titleSeparators where documentTitle.contains(separator) {
            let parts = documentTitle.components(separatedBy: separator).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count >= 2 else { continue }
            let ends = [parts[parts.count - 1], parts[0]]
            for (end, rest) in [(ends[0], parts.dropLast()), (ends[1], parts.dropFirst())] {
                let restText = rest.joined(separator: separator)
                guard MetadataExtractor.similarity(restText, headline) >= 0.8 else { continue }
                let words = end.split(separator: " ").count
                if words >= 1 && words <= 5 && !end.contains(where: \.isNumber) && end.first?.isUppercase == true {
                    return end
                }
            }
        }
        return nil
    }

    func authors() -> [String] {
        var names: [String] = []
        for object in signals.jsonLD where PageSignals.isArticle(object) {
            names = PageSignals.names(object["author"] ?? object["creator"])
            if !names.isEmpty { break }
        }
        if names.isEmpty, let meta = signals.metaValue(["author", "article:author", "parsely-author", "sailthru.author",
                                                          "dc.creator", "dcterms.creator", "byl", "citation_author",
                                                          "twitter:creator"]),
           !meta.contains("://"), !meta.hasPrefix("@") {
            names = [meta]
        }
        if names.isEmpty, let props = signals.itemprops["author"] ?? signals.itemprops["creator"] {
            names = Array(props.prefix(3))
        }
        if names.isEmpty, !signals.authorLinks.isEmpty { names = Array(signals.authorLinks.prefix(3)) }
        if names.isEmpty { names = bylineAuthors() }
        var seen = Set<String>()
        var result: [String] = []
        for raw in names {
            let cleaned = MetadataExtractor.cleanAuthor(MetadataExtractor.decodeEntities(raw))
            for name in MetadataExtractor.splitAuthors(cleaned) {
                guard !name.isEmpty, name.count < 100, !name.contains("://"), !name.contains("@") else { continue }
                if let site = siteName(), name.lowercased() == site.lowercased(), names.count > 1 { continue }
                if seen.insert(name.lowercased()).inserted { result.append(name) }
            }
        }
        return result
    }

    private func bylineAuthors() -> [String] {
        let hinted = tree.classStringsContaining([Array("author".utf8), Array("byline".utf8)])
        for index in 0..<tree.nodes.count {
            guard let tag = tree.nodes[index].tag, !tag.isInvisible, tag != .body, tag != .html else { continue }
            guard hinted[tree.classKey(index)] else { continue }
            let text = tree.text(of: index)
            guard text.count >= 3, text.count <= 80 else { continue }
            let cleaned = MetadataExtractor.cleanAuthor(text)
            if cleaned.split(separator: " ").count >= 2 || cleaned.count >= 4 { return [cleaned] }
        }
        return []
    }

    static let bylinePrefixes = ["by ", "von ", "por ", "par ", "di ", "door ", "written by ", "posted by ", "author: ",
                                 "autor: ", "auteur : ", "auteur: ", "автор: ", "text: ", "texto: "]

    static func cleanAuthor(_ raw: String) -> String {
        var name = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        var lower = name.lowercased()
        for prefix in bylinePrefixes where lower.hasPrefix(prefix) {
            name = String(name.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
            lower = name.lowercased()
        }
        if let bar = name.firstIndex(where: { $0 == "|" || $0 == "\n" }) { name = String(name[..<bar]) }
        // Byline noise after a dash or dot: "Mara Lind - January 10, 2020 21 minutes - 4312 words", "Tom Okafor · 5 min read"
        for separator in bylineNoiseSeparators {
            if let range = name.range(of: separator), name[range.upperBound...].contains(where: \.isNumber) {
                name = String(name[..<range.lowerBound])
            }
        }
        return name.trimmingCharacters(in: CharacterSet(charactersIn: " ,;:-–—"))
    }

    /// Separators after which a byline carries its date, reading time or length rather than a name.
    static let bylineNoiseSeparators = [" - ", " – ", " — ", " · ", " • ", " ｜ "]
    /// Words joining two authors in one byline ("Mara Lind and Tom Okafor").
    static let authorJoiners = [" and ", " & ", " und ", " et ", " y ", " en "]

    /// "Mara Lind and Tom Okafor" (also "A, B and C") as separate authors, when every part looks like a full name
    /// (two to four words, the first capitalised: "José Ortega y Gasset" stays one); anything else is one name.
    static func splitAuthors(_ name: String) -> [String] {
        guard let joiner = authorJoiners.first(where: { name.contains($0) }) else { return [name] }
        var parts: [String] = []
        for piece in name.components(separatedBy: joiner) {
            parts += piece.components(separatedBy: ", ")
        }
        let trimmed = parts.map { $0.trimmingCharacters(in: .whitespaces) }
        let namelike = trimmed.allSatisfy { part in
            let words = part.split(separator: " ")
            return (2...4).contains(words.count) && (words.first?.first?.isUppercase ?? false)
        }
        return namelike && trimmed.count >= 2 ? trimmed : [name]
    }

    /// Decodes `&#NNN;` and `&#xHH;` references.
    static func decodeNumericEntities(_ string: String) -> String {
        guard string.contains("&#") else { return string }
        var output = ""
        var rest = Substring(string)
        while let range = rest.range(of: "&#") {
            output += rest[..<range.lowerBound]
            let after = rest[range.upperBound...]
            guard let semicolon = after.firstIndex(of: ";"), after.distance(from: after.startIndex, to: semicolon) <= 8 else {
                output += "&#"
                rest = after
                continue
            }
            let body = after[..<semicolon]
            let value = body.first == "x" || body.first == "X" ? UInt32(body.dropFirst(), radix: 16) : UInt32(body, radix: 10)
            if let value, let scalar = Unicode.Scalar(value) {
                output.unicodeScalars.append(scalar)
            } else {
                output += "&#" + body + ";"
            }
            rest = after[after.index(after: semicolon)...]
        }
        return output + rest
    }

    /// Decodes the few entities that survive in meta values (double-encoded pages).
    static func decodeEntities(_ string: String) -> String {
        guard string.contains("&") else { return string.trimmingCharacters(in: .whitespacesAndNewlines) }
        var result = MetadataExtractor.decodeNumericEntities(string)
        for (entity, value) in [("&amp;", "&"), ("&quot;", "\""), ("&#39;", "'"), ("&#039;", "'"), ("&apos;", "'"),
                                ("&lt;", "<"), ("&gt;", ">"), ("&nbsp;", " "), ("&#8217;", "’"), ("&#8216;", "‘"),
                                ("&#8220;", "“"), ("&#8221;", "”"), ("&#8211;", "–"), ("&#8212;", "—"), ("&#x27;", "'")] {
            result = result.replacingOccurrences(of: entity, with: value)
        }
        return result.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
