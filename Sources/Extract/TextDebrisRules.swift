import Foundation

/// Debris rules for plain-text scrapes, loaded from `Resources/textdebris.json`.
struct TextDebrisRules: @unchecked Sendable {
    let lines: [String: String]
    let prefixes: [(String, String)]
    let shortContains: [(String, String)]
    let patterns: [(NSRegularExpression, String)]
    let teaserHeadings: Set<String>

    static let shared = TextDebrisRules()

    private init() {
        struct File: Decodable {
            var lines: [String: String]
            var prefixes: [String: String]
            var shortContains: [String: String]
            var patterns: [String: String]
            var teaserHeadings: [String]
        }
        let file = ExtractResources.decode(File.self, from: "textdebris.json")
        lines = file.lines
        prefixes = file.prefixes.sorted { $0.key.count > $1.key.count }.map { ($0.key, $0.value) }
        shortContains = file.shortContains.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        patterns = file.patterns.sorted { $0.key < $1.key }.compactMap { pattern, reason in
            (try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive])).map { ($0, reason) }
        }
        teaserHeadings = Set(file.teaserHeadings)
    }

    /// Lower-cased, whitespace collapsed, decoration stripped from both ends.
    static func normalize(_ line: String) -> String {
        let collapsed = line.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        let decoration = CharacterSet(charactersIn: " -–—•·|:*►▶»«>#_=~")
        return collapsed.trimmingCharacters(in: decoration)
    }

    /// The reason a line is debris, or nil.
    func reason(for line: String) -> String? {
        let normalized = TextDebrisRules.normalize(line)
        let raw = line.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        if normalized.isEmpty { return raw.isEmpty ? nil : "punctuation-only line" }
        if let reason = lines[normalized] { return reason }
        let wordCount = normalized.split(separator: " ").count
        for (prefix, reason) in prefixes {
            for candidate in [normalized, raw.trimmingCharacters(in: CharacterSet(charactersIn: " /|-–—•("))] where candidate.hasPrefix(prefix) {
                let rest = candidate.dropFirst(prefix.count).drop(while: { $0 == " " })
                let prefixIsSpecific = prefix.last.map { $0.isPunctuation || $0 == "©" } ?? false
                    || prefix.split(separator: " ").count >= 3
                if prefixIsSpecific || rest.isEmpty || [":", "-", "–", "—", "|", "»", ">"].contains(rest.first!) {
                    if reason == "photo credit" && wordCount > 14 { continue }
                    return reason
                }
            }
        }
        if wordCount <= 25 {
            for (phrase, reason) in shortContains where normalized.contains(phrase) { return reason }
        }
        let range = NSRange(normalized.startIndex..., in: normalized)
        for (pattern, reason) in patterns where pattern.firstMatch(in: normalized, range: range) != nil {
            return reason
        }
        return nil
    }

    func isTeaserHeading(_ line: String) -> Bool {
        teaserHeadings.contains(TextDebrisRules.normalize(line))
    }
}
