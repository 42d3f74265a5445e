import Foundation

/// Debris rules for plain-text scrapes, loaded from `Resources/textdebris.json`.
struct TextDebrisRules: @unchecked Sendable {
    let lines: [String: String]
    let prefixes: [(String, String)]
    let shortContains: [(String, String)]
    let patterns: [(NSRegularExpression, String)]
    /// All `patterns` as one alternation: most lines match none, and one ICU call says so (nil when a pattern
    /// uses back-references, whose numbers an alternation would shift).
    let anyPattern: NSRegularExpression?
    /// True when every pattern starts with `^` and has no top-level `|`: then matches can only start at the
    /// beginning, and the alternation is tried there only (ICU would otherwise try every position).
    let patternsAnchored: Bool
    let teaserHeadings: Set<String>
    /// First UTF-8 byte of each prefix (nil for an empty prefix), for skipping prefixes that cannot match.
    private let prefixFirstBytes: [UInt8?]
    /// Each prefix's bytes when it is ASCII without a carriage return (then, on an ASCII line, a byte prefix is a
    /// Character prefix); nil otherwise (it cannot start an ASCII line).
    private let asciiPrefixes: [[UInt8]?]
    /// Whether each prefix is specific enough to match without a separator after it.
    private let prefixIsSpecific: [Bool]

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
        prefixFirstBytes = prefixes.map { $0.0.utf8.first }
        asciiPrefixes = prefixes.map { prefix, _ in
            prefix.utf8.allSatisfy { $0 < 0x80 && $0 != 13 } ? Array(prefix.utf8) : nil
        }
        prefixIsSpecific = prefixes.map { prefix, _ in
            prefix.last.map { $0.isPunctuation || $0 == "©" } ?? false || prefix.split(separator: " ").count >= 3
        }
        let sources = file.patterns.keys.sorted()
        if patterns.count == sources.count, !sources.contains(where: { $0.contains("\\k") || $0.range(of: #"\\[1-9]"#, options: .regularExpression) != nil }) {
            anyPattern = try? NSRegularExpression(pattern: sources.map { "(?:" + $0 + ")" }.joined(separator: "|"),
                                                  options: [.caseInsensitive])
        } else {
            anyPattern = nil
        }
        patternsAnchored = sources.allSatisfy(TextDebrisRules.isAnchored)
    }

    /// A pattern that starts with `^` and has no `|` outside groups and classes.
    static func isAnchored(_ pattern: String) -> Bool {
        let bytes = Array(pattern.utf8)
        guard bytes.first == UInt8(ascii: "^") else { return false }
        var depth = 0
        var inClass = false
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\\") { index += 2; continue }
            if inClass {
                if byte == UInt8(ascii: "]") { inClass = false }
            } else if byte == UInt8(ascii: "[") {
                inClass = true
            } else if byte == UInt8(ascii: "(") {
                depth += 1
            } else if byte == UInt8(ascii: ")") {
                depth -= 1
            } else if byte == UInt8(ascii: "|") && depth == 0 {
                return false
            }
            index += 1
        }
        return true
    }

    private static let decoration: Set<Unicode.Scalar> = Set(" -–—•·|:*►▶»«>#_=~".unicodeScalars)
    private static let rawDecoration: Set<Unicode.Scalar> = Set(" /|-–—•(".unicodeScalars)

    /// Lower-cased, whitespace collapsed, decoration stripped from both ends.
    static func normalize(_ line: String) -> String {
        trim(collapse(line), decoration)
    }

    /// Lower-cased with runs of whitespace as one space.
    static func collapse(_ line: String) -> String {
        if let ascii = collapseASCII(line) { return ascii }
        var scalars = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in line.lowercased().unicodeScalars {
            // ASCII White_Space is 9–13 and 32; the property lookup only for the rest.
            if scalar.isASCII ? scalar.value == 32 || (scalar.value >= 9 && scalar.value <= 13) : scalar.properties.isWhitespace {
                pendingSpace = true
            } else {
                if pendingSpace && !scalars.isEmpty { scalars.append(" ") }
                pendingSpace = false
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// `collapse` for ASCII text, on bytes (the same result: ASCII lower-casing, ASCII whitespace); nil otherwise.
    private static func collapseASCII(_ line: String) -> String? {
        var line = line
        return line.withUTF8 { collapsedASCIIBytes($0) }.map { String(decoding: $0, as: UTF8.self) }
    }

    /// `collapse` on the bytes of an ASCII line: lower-cased, runs of ASCII whitespace as one space, none at either
    /// end; nil when the line is not ASCII.
    private static func collapsedASCIIBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var output = [UInt8]()
        output.reserveCapacity(bytes.count)
        var pendingSpace = false
        for byte in bytes {
            if byte >= 0x80 { return nil }
            if byte == 32 || (byte >= 9 && byte <= 13) {
                pendingSpace = true
            } else {
                if pendingSpace && !output.isEmpty { output.append(32) }
                pendingSpace = false
                output.append(byte >= 65 && byte <= 90 ? byte + 32 : byte)
            }
        }
        return output
    }

    static func trim(_ string: String, _ set: Set<Unicode.Scalar>) -> String {
        let scalars = string.unicodeScalars
        guard let first = scalars.firstIndex(where: { !set.contains($0) }),
              let last = scalars.lastIndex(where: { !set.contains($0) }) else { return "" }
        return String(scalars[first...last])
    }

    /// The reason a line is debris, or nil.
    func reason(for line: String) -> String? {
        var line = line
        if let ascii = line.withUTF8({ asciiReason(for: $0) }) { return ascii }
        return unicodeReason(for: line)
    }

    private static let decorationBytes: [Bool] = asciiTable(decoration)
    private static let rawDecorationBytes: [Bool] = asciiTable(rawDecoration)

    private static func asciiTable(_ set: Set<Unicode.Scalar>) -> [Bool] {
        (0..<128).map { set.contains(Unicode.Scalar(UInt8($0))) }
    }

    /// `unicodeReason` for an ASCII line, on bytes: the same steps, where lower-casing, whitespace, trimming and
    /// prefixes are byte operations. `.none` when the line is not ASCII.
    private func asciiReason(for line: UnsafeBufferPointer<UInt8>) -> String?? {
        guard let raw = TextDebrisRules.collapsedASCIIBytes(line) else { return .none }
        return .some(raw.withUnsafeBufferPointer { asciiReason(raw: $0) })
    }

    private func asciiReason(raw: UnsafeBufferPointer<UInt8>) -> String? {
        func trimmed(_ table: [Bool]) -> Range<Int> {
            var lower = 0, upper = raw.count
            while lower < upper && table[Int(raw[lower])] { lower += 1 }
            while upper > lower && table[Int(raw[upper - 1])] { upper -= 1 }
            return lower..<upper
        }
        let normalizedRange = trimmed(TextDebrisRules.decorationBytes)
        if normalizedRange.isEmpty { return raw.isEmpty ? nil : "punctuation-only line" }
        let normalizedBytes = UnsafeBufferPointer(rebasing: raw[normalizedRange])
        let normalized = String(decoding: normalizedBytes, as: UTF8.self)
        if let reason = lines[normalized] { return reason }
        var wordCount = 0
        var inWord = false
        for byte in normalizedBytes {
            if byte == 32 { inWord = false } else if !inWord { inWord = true; wordCount += 1 }
        }
        let candidates = [normalizedRange, trimmed(TextDebrisRules.rawDecorationBytes)]
        for (number, (_, reason)) in prefixes.enumerated() {
            guard let prefix = asciiPrefixes[number] else { continue }
            for candidate in candidates {
                guard candidate.count >= prefix.count else { continue }
                var matches = true
                for offset in 0..<prefix.count where raw[candidate.lowerBound + offset] != prefix[offset] {
                    matches = false
                    break
                }
                guard matches else { continue }
                var rest = candidate.lowerBound + prefix.count
                while rest < candidate.upperBound && raw[rest] == 32 { rest += 1 }
                // The separators of `unicodeReason` that are ASCII.
                if prefixIsSpecific[number] || rest == candidate.upperBound
                    || [UInt8(ascii: ":"), UInt8(ascii: "-"), UInt8(ascii: "|"), UInt8(ascii: ">")].contains(raw[rest]) {
                    if reason == "photo credit" && wordCount > 14 { continue }
                    return reason
                }
            }
        }
        if wordCount <= 25 {
            for (phrase, reason) in shortContains {
                let found = phrase.utf8.withContiguousStorageIfAvailable { needle in
                    BoilerplateRules.search(UnsafeRawBufferPointer(normalizedBytes), UnsafeRawBufferPointer(needle))
                } ?? normalized.contains(phrase)
                if found { return reason }
            }
        }
        return patternReason(normalized, wordCount: wordCount)
    }

    /// The pattern rules, for lines of at most 16 words and 160 bytes.
    private func patternReason(_ normalized: String, wordCount: Int) -> String? {
        guard wordCount <= 16, normalized.utf8.count <= 160 else { return nil }
        let range = NSRange(normalized.startIndex..., in: normalized)
        if let anyPattern, anyPattern.firstMatch(in: normalized, options: patternsAnchored ? [.anchored] : [],
                                                 range: range) == nil { return nil }
        for (pattern, reason) in patterns where pattern.firstMatch(in: normalized, range: range) != nil {
            return reason
        }
        return nil
    }

    /// The reason a line is debris, or nil, on Characters and scalars (any line).
    func unicodeReason(for line: String) -> String? {
        let raw = TextDebrisRules.collapse(line)
        let normalized = TextDebrisRules.trim(raw, TextDebrisRules.decoration)
        if normalized.isEmpty { return raw.isEmpty ? nil : "punctuation-only line" }
        if let reason = lines[normalized] { return reason }
        let wordCount = WordCounter.spaceSeparated(normalized)
        let candidates = [normalized, TextDebrisRules.trim(raw, TextDebrisRules.rawDecoration)]
        let candidateFirstBytes = candidates.map { $0.utf8.first }
        for (number, (prefix, reason)) in prefixes.enumerated() {
            for (which, candidate) in candidates.enumerated() {
                // Two different ASCII first bytes rule the prefix out (a character starting with an ASCII scalar
                // decomposes to one starting with that scalar); anything else takes the full comparison.
                if let first = candidateFirstBytes[which], first < 0x80, let prefixFirst = prefixFirstBytes[number],
                   prefixFirst < 0x80, first != prefixFirst { continue }
                guard candidate.hasPrefix(prefix) else { continue }
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
        return patternReason(normalized, wordCount: wordCount)
    }

    func isTeaserHeading(_ line: String) -> Bool {
        teaserHeadings.contains(TextDebrisRules.normalize(line))
    }
}
