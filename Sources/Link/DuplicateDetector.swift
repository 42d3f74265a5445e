import Foundation
import Model

/// Finds exact and near copies across a collection (MinHash + LSH candidates, verified on the real shingle
/// sets) and the boilerplate paragraphs an outlet repeats. Nothing is deleted: copies are marked with a reason.
public struct DuplicateDetector: Sendable {
    /// Shingle Jaccard at or above which two texts are near-duplicates.
    public var nearDuplicateJaccard = 0.7
    /// Share of the smaller text's shingles found in the larger at or above which it is a contained copy.
    public var containedShare = 0.8
    /// Texts with fewer shingles than this are not compared (too short to call a copy).
    public var minimumShingles = 8
    /// A paragraph repeated in at least this many different articles of one outlet is boilerplate.
    public var boilerplateDocuments = 3
    /// Paragraphs with fewer words are ignored when matching paragraphs.
    public var minimumParagraphWords = 3
    /// A text of at most this many words with the headline or link of a longer article is a teaser of it.
    public var teaserMaximumWords = 80
    /// Headlines with fewer words are too generic to tie a teaser to an article.
    public var teaserMinimumTitleWords = 4

    public let hasher: MinHasher
    private let tokenizer = TextTokenizer(foldPlurals: false)

    public init(hasher: MinHasher = MinHasher()) {
        self.hasher = hasher
    }

    /// What is known about one document for comparison.
    struct Profile {
        var id: String
        var outlet: String
        var date: CalendarDate?
        var length: Int
        var textHash: UInt64
        var paragraphHashes: [UInt64?]
        var paragraphTexts: [Range<Int>]
        var shingleSet: [UInt64]
        /// The headline, lower-cased with punctuation and spacing removed; nil when too short to identify.
        var titleKey: String?
        /// The article's own URL and canonical URL, without scheme, "www." and trailing slash.
        var urls: Set<String>
    }

    /// `boilerplateSentences`: an outlet's repeated sentences (``RepeatedSentenceFinder``), left out of the comparison
    /// like boilerplate paragraphs; a text that is nothing but boilerplate is nobody's copy and nobody's original.
    public func detect(_ documents: [Document], boilerplateSentences: [BoilerplateSentence] = []) -> DuplicateReport {
        detectWithBandKeys(documents, boilerplateSentences: boilerplateSentences).report
    }

    /// ``detect(_:boilerplateSentences:)``, with each document's LSH band keys (what a story index keeps so that a
    /// later article finds its copies by ``links(joining:report:boilerplateSentences:candidates:)``).
    public func detectWithBandKeys(_ documents: [Document], boilerplateSentences: [BoilerplateSentence] = [])
        -> (report: DuplicateReport, bandKeys: [String: [UInt64]]) {
        var profiles = documents.map(profile)
        let boilerplate = findBoilerplate(profiles, documents)
        let boilerplateIndex = DuplicateReport(boilerplate: boilerplate).boilerplateParagraphs
        let sentenceIndex = DuplicateDetector.sentenceIndex(boilerplateSentences)
        // Shingle the text without its boilerplate paragraphs and sentences.
        for index in profiles.indices {
            applySkips(&profiles[index], documents[index], paragraphs: boilerplateIndex[profiles[index].id] ?? [],
                       sentences: sentenceIndex[profiles[index].id] ?? [])
        }
        var bandKeys: [String: [UInt64]] = [:]
        var index = LSHIndex()
        var links: [DuplicateLink] = []
        for profile in profiles {
            let signature = hasher.signature(shingles: profile.shingleSet)
            bandKeys[profile.id] = index.bandKeys(signature)
            let candidates = index.insert(signature)
            guard profile.shingleSet.count >= minimumShingles else { continue }
            for candidate in candidates {
                let other = profiles[candidate]
                guard other.shingleSet.count >= minimumShingles else { continue }
                if let link = compare(other, profile) { links.append(link) }
            }
        }
        // Exact copies always share LSH buckets; texts too short to shingle are matched by hash.
        var byHash: [UInt64: Int] = [:]
        for (item, profile) in profiles.enumerated() where profile.shingleSet.count < minimumShingles && profile.length > 0 {
            if let first = byHash[profile.textHash] {
                if let link = compare(profiles[first], profile) { links.append(link) }
            } else {
                byHash[profile.textHash] = item
            }
        }
        links += teaserLinks(profiles, excluding: Set(links.map(\.copy)))
        return (DuplicateReport(links: links, boilerplate: boilerplate), bandKeys)
    }

    /// Copies of one article that arrives after the others were compared (a story index's join): its text without
    /// the outlet's known boilerplate (the paragraphs in `report`, the sentences in `boilerplateSentences`) is
    /// shingled and signed as ``detect(_:boilerplateSentences:)`` would, `candidates` gives the earlier articles
    /// sharing an LSH band with it (by band key), and each is verified on the real shingle sets. Returns the links
    /// and the article's band keys (to be kept for later arrivals).
    public func links(joining document: Document, report: DuplicateReport, boilerplateSentences: [BoilerplateSentence],
                      candidates: ([UInt64]) throws -> [Document]) rethrows -> (links: [DuplicateLink], bandKeys: [UInt64]) {
        var known = Set<UInt64>()
        for paragraph in report.boilerplate where paragraph.source == document.outlet {
            let hashes = tokenHashes(paragraph.text, 0..<paragraph.text.utf8.count)
            if hashes.count >= minimumParagraphWords { known.insert(MinHasher.combine(hashes[...])) }
        }
        var newProfile = profile(document)
        let newSkips = Set(newProfile.paragraphHashes.indices.filter { newProfile.paragraphHashes[$0].map(known.contains) ?? false })
        let sentenceIndex = DuplicateDetector.sentenceIndex(boilerplateSentences)
        applySkips(&newProfile, document, paragraphs: newSkips, sentences: sentenceIndex[document.id] ?? [])
        let keys = LSHIndex().bandKeys(hasher.signature(shingles: newProfile.shingleSet))
        guard newProfile.shingleSet.count >= minimumShingles else { return ([], keys) }
        let skips = report.boilerplateParagraphs
        var links: [DuplicateLink] = []
        for candidate in try candidates(keys) where candidate.id != document.id {
            var other = profile(candidate)
            applySkips(&other, candidate, paragraphs: skips[candidate.id] ?? [], sentences: sentenceIndex[candidate.id] ?? [])
            guard other.shingleSet.count >= minimumShingles else { continue }
            if let link = compare(other, newProfile) { links.append(link) }
        }
        return (links, keys)
    }

    /// Each document's repeated-sentence spans, by document id.
    static func sentenceIndex(_ sentences: [BoilerplateSentence]) -> [String: [Range<Int>]] {
        var index: [String: [Range<Int>]] = [:]
        for sentence in sentences {
            for occurrence in sentence.occurrences { index[occurrence.document, default: []].append(occurrence.start..<occurrence.end) }
        }
        return index
    }

    /// Shingles a profile's text again without the `paragraphs` (indices) and `sentences` (byte spans) left out.
    func applySkips(_ profile: inout Profile, _ document: Document, paragraphs skip: Set<Int>, sentences skipSentences: [Range<Int>]) {
        guard !skip.isEmpty || !skipSentences.isEmpty else { return }
        var hashes: [UInt64] = []
        for (paragraph, range) in profile.paragraphTexts.enumerated() where !skip.contains(paragraph) {
            var tokens: [TextTokenizer.Token] = []
            var text = document.text
            text.withUTF8 { tokenizer.scan($0, from: range.lowerBound, to: range.upperBound, into: &tokens) }
            hashes += tokens.filter { token in !skipSentences.contains { $0.contains(token.start) } }.map(\.hash)
        }
        let set = sortedSet(hasher.shingles(tokens: hashes))
        if set.count >= minimumShingles || !skipSentences.isEmpty { profile.shingleSet = set }
        if hashes.isEmpty { profile.length = 0 }
    }

    /// Short listings (feed items, teasers) of a longer article: the same headline or the same link.
    func teaserLinks(_ profiles: [Profile], excluding copies: Set<String>) -> [DuplicateLink] {
        var byTitle: [String: [Int]] = [:]
        var byURL: [String: [Int]] = [:]
        for (index, profile) in profiles.enumerated() {
            if let key = profile.titleKey { byTitle[key, default: []].append(index) }
            for url in profile.urls { byURL[url, default: []].append(index) }
        }
        var links: [DuplicateLink] = []
        for teaser in profiles where teaser.length > 0 && teaser.length <= teaserMaximumWords && !copies.contains(teaser.id) {
            var candidates: [(index: Int, evidence: String)] = []
            if let key = teaser.titleKey { candidates += byTitle[key, default: []].map { ($0, "same headline") } }
            for url in teaser.urls.sorted() { candidates += byURL[url, default: []].map { ($0, "same link (\(url))") } }
            // The longest article the teaser points to.
            let best = candidates.filter { profiles[$0.index].id != teaser.id && profiles[$0.index].length >= 2 * teaser.length }
                .max { profiles[$0.index].length < profiles[$1.index].length }
            guard let best else { continue }
            let article = profiles[best.index]
            let shared = DuplicateDetector.intersectionCount(article.shingleSet, teaser.shingleSet)
            let containment = teaser.shingleSet.isEmpty ? 0 : Double(shared) / Double(teaser.shingleSet.count)
            let crossOutlet = article.outlet != teaser.outlet
            var reason = "teaser: \(best.evidence); \(teaser.length) words beside the article's \(article.length)"
            reason += ", containment \(DuplicateDetector.format(containment))"
            reason += crossOutlet ? "; listed by \(teaser.outlet), published by \(article.outlet)" : "; same outlet (\(teaser.outlet))"
            links.append(DuplicateLink(original: article.id, copy: teaser.id, kind: .teaser, crossOutlet: crossOutlet,
                                       jaccard: 0, containment: containment, sharedParagraphs: [], reason: reason))
        }
        return links
    }

    /// A headline as a comparison key: lower-cased letters and digits, words joined by single spaces.
    func titleKey(_ title: String?) -> String? {
        guard let title else { return nil }
        let words = title.lowercased().split { !$0.isLetter && !$0.isNumber }
        return words.count >= teaserMinimumTitleWords ? words.joined(separator: " ") : nil
    }

    static func urlKey(_ url: String?) -> String? {
        guard var url, !url.isEmpty else { return nil }
        if let scheme = url.range(of: "://") { url = String(url[scheme.upperBound...]) }
        if url.hasPrefix("www.") { url.removeFirst(4) }
        if let fragment = url.firstIndex(of: "#") { url = String(url[..<fragment]) }
        while url.hasSuffix("/") { url.removeLast() }
        return url.contains("/") ? url : nil
    }

    func profile(_ document: Document) -> Profile {
        let paragraphs = ParagraphSplitter.ranges(document.text)
        var all: [UInt64] = []
        var paragraphHashes: [UInt64?] = []
        for range in paragraphs {
            let hashes = tokenHashes(document.text, range)
            all += hashes
            paragraphHashes.append(hashes.count >= minimumParagraphWords ? MinHasher.combine(hashes[...]) : nil)
        }
        return Profile(id: document.id, outlet: document.outlet, date: document.publishedDate, length: all.count,
                       textHash: MinHasher.combine(all[...]), paragraphHashes: paragraphHashes,
                       paragraphTexts: paragraphs, shingleSet: sortedSet(hasher.shingles(tokens: all)),
                       titleKey: titleKey(document.metadata.title),
                       urls: Set([document.metadata.url, document.metadata.canonicalURL].compactMap(DuplicateDetector.urlKey)))
    }

    func tokenHashes(_ text: String, _ range: Range<Int>) -> [UInt64] {
        var tokens: [TextTokenizer.Token] = []
        var text = text
        text.withUTF8 { tokenizer.scan($0, from: range.lowerBound, to: range.upperBound, into: &tokens) }
        return tokens.map(\.hash)
    }

    func sortedSet(_ values: [UInt64]) -> [UInt64] {
        var sorted = values.sorted()
        var write = 0
        for read in sorted.indices where read == 0 || sorted[read] != sorted[read - 1] {
            sorted[write] = sorted[read]
            write += 1
        }
        sorted.removeLast(sorted.count - write)
        return sorted
    }

    func compare(_ a: Profile, _ b: Profile) -> DuplicateLink? {
        let shared = DuplicateDetector.intersectionCount(a.shingleSet, b.shingleSet)
        let union = a.shingleSet.count + b.shingleSet.count - shared
        let jaccard = union > 0 ? Double(shared) / Double(union) : (a.textHash == b.textHash ? 1 : 0)
        let smaller = min(a.shingleSet.count, b.shingleSet.count)
        let containment = smaller > 0 ? Double(shared) / Double(smaller) : jaccard
        let kind: DuplicateLink.Kind
        if a.textHash == b.textHash && a.length == b.length {
            kind = .exact
        } else if jaccard >= nearDuplicateJaccard {
            kind = .nearDuplicate
        } else if containment >= containedShare {
            kind = .contained
        } else {
            return nil
        }
        // The original is the earlier published, then the longer, then the first given.
        let (original, copy) = DuplicateDetector.order(a, b)
        var pairs: [DuplicateLink.ParagraphPair] = []
        var positions: [UInt64: Int] = [:]
        for (index, hash) in original.paragraphHashes.enumerated() { if let hash, positions[hash] == nil { positions[hash] = index } }
        for (index, hash) in copy.paragraphHashes.enumerated() {
            if let hash, let match = positions[hash] { pairs.append(.init(original: match, copy: index)) }
        }
        let crossOutlet = original.outlet != copy.outlet
        let countedParagraphs = copy.paragraphHashes.compactMap { $0 }.count
        var reason = "\(kind.rawValue): shingle Jaccard \(DuplicateDetector.format(jaccard)), containment \(DuplicateDetector.format(containment))"
        reason += ", \(pairs.count) of \(countedParagraphs) paragraphs identical"
        if !pairs.isEmpty && pairs.count <= 8 {
            reason += " (" + pairs.map { "¶\($0.original + 1)=¶\($0.copy + 1)" }.joined(separator: ", ") + ")"
        }
        reason += crossOutlet ? "; \(copy.outlet) republishes \(original.outlet)" : "; same outlet (\(copy.outlet))"
        return DuplicateLink(original: original.id, copy: copy.id, kind: kind, crossOutlet: crossOutlet, jaccard: jaccard,
                             containment: containment, sharedParagraphs: pairs, reason: reason)
    }

    static func order(_ a: Profile, _ b: Profile) -> (Profile, Profile) {
        switch (a.date, b.date) {
        case let (x?, y?) where x != y: return x < y ? (a, b) : (b, a)
        case (_?, nil): return (a, b)
        case (nil, _?): return (b, a)
        default: return a.length >= b.length ? (a, b) : (b, a)
        }
    }

    static func intersectionCount(_ a: [UInt64], _ b: [UInt64]) -> Int {
        var i = 0, j = 0, count = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { count += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return count
    }

    static func format(_ value: Double) -> String { String(format: "%.2f", value) }

    func findBoilerplate(_ profiles: [Profile], _ documents: [Document]) -> [BoilerplateParagraph] {
        // paragraph hash → outlet → documents (distinct texts only: exact copies count once).
        struct Seen { var occurrences: [BoilerplateParagraph.Occurrence] = []; var texts: Set<UInt64> = [] }
        var table: [String: [UInt64: Seen]] = [:]
        for (index, profile) in profiles.enumerated() {
            for (paragraph, hash) in profile.paragraphHashes.enumerated() {
                guard let hash else { continue }
                var seen = table[profile.outlet, default: [:]][hash, default: Seen()]
                if seen.occurrences.last?.document == documents[index].id { continue }
                seen.occurrences.append(.init(document: profile.id, paragraph: paragraph))
                seen.texts.insert(profile.textHash)
                table[profile.outlet, default: [:]][hash] = seen
            }
        }
        var result: [BoilerplateParagraph] = []
        let positions = Dictionary(uniqueKeysWithValues: profiles.enumerated().map { ($1.id, $0) })
        for (outlet, paragraphs) in table {
            for (_, seen) in paragraphs where seen.texts.count >= boilerplateDocuments {
                let first = seen.occurrences[0]
                guard let item = positions[first.document] else { continue }
                let range = profiles[item].paragraphTexts[first.paragraph]
                let text = documents[item].text(of: Span(range.lowerBound, range.upperBound))
                result.append(BoilerplateParagraph(source: outlet, text: text, occurrences: seen.occurrences))
            }
        }
        return result.sorted { ($0.source, $0.text) < ($1.source, $1.text) }
    }
}
