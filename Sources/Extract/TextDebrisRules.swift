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

    private static let decoration: Set<Unicode.Scalar> = Set(" -–—•·|:*►▶»«>#_=~".unicodeScalars)
    private static let rawDecoration: Set<Unicode.Scalar> = Set(" /|-–—•(".unicodeScalars)

    /// Lower-cased, whitespace collapsed, decoration stripped from both ends.
    static func normalize(_ line: String) -> String {
        trim(collapse(line), decoration)
    }

    /// Lower-cased with runs of whitespace as one space.
    static func collapse(_ line: String) -> String {
        var scalars = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in line.lowercased().unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = true
            } else {
                if pendingSpace && !scalars.isEmpty { scalars.append(" ") }
                pendingSpace = false
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    static func trim(_ string: String, _ set: Set<Unicode.Scalar>) -> String {
        let scalars = string.unicodeScalars
        guard let first = scalars.firstIndex(where: { !set.contains($0) }),
              let last = scalars.lastIndex(where: { !set.contains($0) }) else { return "" }
        return String(scalars[first...last])
    }

    /// The reason a line is debris, or nil.
    func reason(for line: String) -> String? {
        let raw = TextDebrisRules.collapse(line)
        let normalized = TextDebrisRules.trim(raw, TextDebrisRules.decoration)
        if normalized.isEmpty { return raw.isEmpty ? nil : "punctuation-only line" }
        if let reason = lines[normalized] { return reason }
        let wordCount = normalized.split(separator: " ").count
        let candidates = [normalized, TextDebrisRules.trim(raw, TextDebrisRules.rawDecoration)]
        for (prefix, reason) in prefixes {
            for candidate in candidates where candidate.hasPrefix(prefix) {
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
            let bytes = Array(normalized.utf8)
            for (phrase, reason) in shortContains {
                let found = bytes.withUnsafeBytes { hay in
                    phrase.utf8.withContiguousStorageIfAvailable { needle in
                        BoilerplateRules.search(hay, UnsafeRawBufferPointer(needle))
                    } ?? normalized.contains(phrase)
                }
                if found { return reason }
            }
        }
        guard wordCount <= 16, normalized.utf8.count <= 160 else { return nil }
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
