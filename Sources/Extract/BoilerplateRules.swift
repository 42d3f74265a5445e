import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Class/id/role rules for boilerplate, loaded from `Resources/boilerplate.json`.
struct BoilerplateRules: Sendable {
    /// What the class/id of an element says about it.
    enum Verdict { case boilerplate(String), content, neutral }

    let removeTokens: Set<String>
    let removeSubstrings: [[UInt8]]
    let keepSubstrings: [[UInt8]]
    let positiveSubstrings: [[UInt8]]
    let negativeSubstrings: [[UInt8]]
    let removeRoles: Set<String>
    let alwaysRemove: [[UInt8]]
    let visibilityTokens: Set<String>
    /// Roles removed only when they are not text-rich (a "tablist" wrapped around its tab panels).
    let textRichRoles: Set<String>
    let breakpointTokens: Set<String>
    /// Furniture names matched as runs of parts inside longer class names (`removeTokenRun`).
    let partTokens: Set<String>
    /// A part before the run that makes the class a state ("has-sidebar").
    let partStateWords: Set<String>
    /// A part after the run that makes the element the widget's text ("read-more-content").
    let partContentWords: Set<String>
    /// Microdata `itemtype`s inside the content that mark an author box, and a review (`ContentFurniture`).
    let personItemTypes: [[UInt8]]
    let reviewItemTypes: [[UInt8]]
    /// Normalized headings (`TextDebrisRules.normalize`) that open a furniture section inside the content.
    let sectionHeadings: Set<String>
    /// Lower-cased labels (punctuation kept) that never open a furniture section.
    let sectionHeadingExceptions: Set<String>
    /// Normalized labels (`TextDebrisRules.normalize`) that are furniture when they are left as the last block of the
    /// content on their own ("Related", "Tags", "Impressum").
    let trailingLabels: Set<String>
    /// Words in a dialog's `aria-label` or class/id that make it a consent manager (cookie banner, privacy
    /// preference centre): never the content, however much of the page's text it holds.
    let consentDialogWords: [[UInt8]]

    static let shared = BoilerplateRules()

    private init() {
        struct File: Decodable {
            var removeTokens: [String]
            var removeSubstrings: [String]
            var keepSubstrings: [String]
            var positiveSubstrings: [String]
            var negativeSubstrings: [String]
            var removeRoles: [String]
            var alwaysRemove: [String]
            var visibilityTokens: [String]
            var breakpointTokens: [String]
            var textRichRoles: [String]
            var partTokens: [String]
            var partStateWords: [String]
            var partContentWords: [String]
            var personItemTypes: [String]
            var reviewItemTypes: [String]
            var sectionHeadings: [String]
            var sectionHeadingExceptions: [String]
            var trailingLabels: [String]
            var consentDialogWords: [String]
        }
        let file = ExtractResources.decode(File.self, from: "boilerplate.json")
        removeTokens = Set(file.removeTokens)
        removeSubstrings = file.removeSubstrings.map { Array($0.utf8) }
        keepSubstrings = file.keepSubstrings.map { Array($0.utf8) }
        positiveSubstrings = file.positiveSubstrings.map { Array($0.utf8) }
        negativeSubstrings = file.negativeSubstrings.map { Array($0.utf8) }
        removeRoles = Set(file.removeRoles)
        alwaysRemove = file.alwaysRemove.map { Array($0.utf8) }
        visibilityTokens = Set(file.visibilityTokens)
        breakpointTokens = Set(file.breakpointTokens)
        textRichRoles = Set(file.textRichRoles)
        partTokens = Set(file.partTokens)
        partStateWords = Set(file.partStateWords)
        partContentWords = Set(file.partContentWords)
        personItemTypes = file.personItemTypes.map { Array($0.utf8) }
        reviewItemTypes = file.reviewItemTypes.map { Array($0.utf8) }
        sectionHeadings = Set(file.sectionHeadings)
        sectionHeadingExceptions = Set(file.sectionHeadingExceptions)
        trailingLabels = Set(file.trailingLabels)
        guard !trailingLabels.isEmpty else { fatalError("boilerplate.json: trailingLabels is empty") }
        consentDialogWords = file.consentDialogWords.map { Array($0.utf8) }
    }

    /// Classifies a lower-cased "class id" string.
    func verdict(_ classAndID: [UInt8]) -> Verdict {
        guard !classAndID.isEmpty else { return .neutral }
        if BoilerplateRules.containsAny(classAndID, keepSubstrings) { return .content }
        var responsive = false
        for byte in classAndID where byte == UInt8(ascii: ":") { responsive = true; break }
        for name in classAndID.split(separator: 32) {
            let string = String(decoding: name, as: UTF8.self)
            if removeTokens.contains(string) {
                if responsive && (string == "hidden" || string == "hide") { continue }
                return .boilerplate("class/id \(string)")
            }
            // prefix "share-…" / suffix "…-share"
            if let dash = name.firstIndex(where: { $0 == 45 || $0 == 95 }),
               removeTokens.contains(String(decoding: name[name.startIndex..<dash], as: UTF8.self)),
               name[name.startIndex..<dash].count >= 3,
               !isVisibilityAffix(name[name.startIndex..<dash], other: name[(dash + 1)...]) {
                return .boilerplate("class/id \(string)")
            }
            if let dash = name.lastIndex(where: { $0 == 45 || $0 == 95 }),
               removeTokens.contains(String(decoding: name[(dash + 1)...], as: UTF8.self)),
               name[(dash + 1)...].count >= 3,
               !isVisibilityAffix(name[(dash + 1)...], other: name[name.startIndex..<dash]) {
                return .boilerplate("class/id \(string)")
            }
        }
        for name in classAndID.split(separator: 32) {
            if let run = removeTokenRun(in: name) { return .boilerplate("class/id \(run) in \(String(decoding: name, as: UTF8.self))") }
        }
        if let hit = BoilerplateRules.firstContained(classAndID, removeSubstrings) {
            return .boilerplate("class/id *\(String(decoding: hit, as: UTF8.self))*")
        }
        return .neutral
    }

    /// A run of up to `partRunLength` dash- or underscore-separated parts inside a class name that names page
    /// furniture ("elementor-author-box__name", "plp-catalog__side-bar"): page builders and themes prefix and
    /// suffix their widget names. Only the `partTokens` list counts (generic words such as "skip" or "rail" are
    /// utility or state classes in the middle of a name).
    func removeTokenRun(in name: ArraySlice<UInt8>) -> String? {
        let parts = name.split(whereSeparator: { $0 == 45 || $0 == 95 })
        guard parts.count >= 2 else { return nil }
        for start in 0..<parts.count {
            // "has-sidebar", "is-share-open": a state of the element, not the widget itself.
            if start > 0 && partStateWords.contains(String(decoding: parts[start - 1], as: UTF8.self)) { continue }
            var run: [UInt8] = []
            for length in 1...BoilerplateRules.partRunLength where start + length <= parts.count {
                if length > 1 { run.append(45) }
                run.append(contentsOf: parts[start + length - 1])
                if length == parts.count { continue }
                let string = String(decoding: run, as: UTF8.self)
                guard partTokens.contains(string) else { continue }
                // "read-more-content", "sidebar__text": the text that widget holds.
                if start + length < parts.count && partContentWords.contains(String(decoding: parts[start + length], as: UTF8.self)) { continue }
                return string
            }
        }
        return nil
    }

    /// Longest run of class-name parts matched against the remove tokens.
    static let partRunLength = 3

    /// +1 for content-like class/id words, −1 for boilerplate-like ones, 0 otherwise (readability's class weight).
    func weight(_ classAndID: [UInt8]) -> Int {
        guard !classAndID.isEmpty else { return 0 }
        var weight = 0
        if BoilerplateRules.containsAny(classAndID, negativeSubstrings) { weight -= 1 }
        if BoilerplateRules.containsAny(classAndID, positiveSubstrings) { weight += 1 }
        if BoilerplateRules.containsAny(classAndID, keepSubstrings) { weight += 1 }
        return weight
    }

    /// "hidden-md-down", "mobile-hidden", "field--label-hidden": a visibility word joined to a breakpoint or to
    /// a longer word means hidden at some widths only, or a hidden part (a label), not a hidden element;
    /// "is-hidden", "js-hide" still hide the element.
    func isVisibilityAffix(_ word: ArraySlice<UInt8>, other: ArraySlice<UInt8>) -> Bool {
        guard visibilityTokens.contains(String(decoding: word, as: UTF8.self)) else { return false }
        var rest = other
        while let first = rest.first, first == 45 || first == 95 { rest = rest.dropFirst() }
        while let last = rest.last, last == 45 || last == 95 { rest = rest.dropLast() }
        return rest.count > BoilerplateRules.visibilityPrefixLength || breakpointTokens.contains(String(decoding: rest, as: UTF8.self))
    }

    /// A visibility word joined to a longer word than this is a partial or responsive class.
    static let visibilityPrefixLength = 3

    static func containsAny(_ haystack: [UInt8], _ needles: [[UInt8]]) -> Bool {
        firstContained(haystack, needles) != nil
    }

    /// memchr for the first byte, then memcmp.
    static func search(_ hay: UnsafeRawBufferPointer, _ pattern: UnsafeRawBufferPointer) -> Bool {
        guard let base = hay.baseAddress, let patternBase = pattern.baseAddress, pattern.count > 0 else { return false }
        let first = Int32(pattern[0])
        var offset = 0
        let last = hay.count - pattern.count
        while offset <= last {
            guard let hit = memchr(base + offset, first, last - offset + 1) else { return false }
            let position = base.distance(to: UnsafeRawPointer(hit))
            if memcmp(base + position, patternBase, pattern.count) == 0 { return true }
            offset = position + 1
        }
        return false
    }

    static func firstContained(_ haystack: [UInt8], _ needles: [[UInt8]]) -> [UInt8]? {
        haystack.withUnsafeBytes { hay in
            // With many needles, a filter of the haystack's bytes and byte pairs rules most of them out before
            // any search (no false negatives, so the answer is the same).
            var filter = PairFilter()
            let filtered = needles.count >= 4
            if filtered { filter.add(hay) }
            for needle in needles where needle.count <= hay.count {
                if filtered && !filter.mayContain(needle) { continue }
                let found = needle.withUnsafeBytes { pattern in
                    BoilerplateRules.search(hay, pattern)
                }
                if found { return needle }
            }
            return nil
        }
    }

    /// Which bytes and (hashed) adjacent byte pairs occur in a haystack.
    struct PairFilter {
        private var bytes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        private var pairs: (UInt64, UInt64) = (0, 0)

        private static func pairBit(_ first: UInt8, _ second: UInt8) -> UInt32 {
            (UInt32(first) &* 31 &+ UInt32(second)) & 127
        }

        mutating func add(_ hay: UnsafeRawBufferPointer) {
            var previous: UInt8?
            for byte in hay {
                let bit = UInt64(1) << UInt64(byte & 63)
                switch byte >> 6 {
                case 0: bytes.0 |= bit
                case 1: bytes.1 |= bit
                case 2: bytes.2 |= bit
                default: bytes.3 |= bit
                }
                if let previous {
                    let pair = PairFilter.pairBit(previous, byte)
                    if pair < 64 { pairs.0 |= UInt64(1) << UInt64(pair) } else { pairs.1 |= UInt64(1) << UInt64(pair - 64) }
                }
                previous = byte
            }
        }

        private func hasByte(_ byte: UInt8) -> Bool {
            let bit = UInt64(1) << UInt64(byte & 63)
            switch byte >> 6 {
            case 0: return bytes.0 & bit != 0
            case 1: return bytes.1 & bit != 0
            case 2: return bytes.2 & bit != 0
            default: return bytes.3 & bit != 0
            }
        }

        private func hasPair(_ first: UInt8, _ second: UInt8) -> Bool {
            let pair = PairFilter.pairBit(first, second)
            return pair < 64 ? pairs.0 & (UInt64(1) << UInt64(pair)) != 0 : pairs.1 & (UInt64(1) << UInt64(pair - 64)) != 0
        }

        /// False only when the needle cannot occur.
        func mayContain(_ needle: [UInt8]) -> Bool {
            let count = needle.count
            guard count > 0 else { return true }
            if !hasByte(needle[0]) || !hasByte(needle[count - 1]) { return false }
            if count >= 2 && (!hasPair(needle[0], needle[1]) || !hasPair(needle[count - 2], needle[count - 1])) { return false }
            return true
        }
    }
}
