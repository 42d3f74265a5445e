import Model

/// Learns each outlet's boilerplate from a collection: the sentences (from the analysed `sentences`) that recur,
/// word for word after case folding, in many different articles of one outlet. Recurrence is counted on distinct
/// article texts, so exact copies of one article never make their sentences boilerplate.
public struct RepeatedSentenceFinder: Sendable {
    /// A sentence is boilerplate when at least this many distinct articles of its outlet hold it…
    public var minimumArticles = 5
    /// …and at least this share of the outlet's distinct articles.
    public var minimumShare = 0.05
    /// Shorter sentences are never boilerplate ("He said.", "Yes.").
    public var minimumWords = 4

    private let tokenizer = TextTokenizer(foldPlurals: false, markStopWords: false)

    public init() {}

    public func find(_ documents: [Document]) -> [BoilerplateSentence] {
        struct Seen {
            var occurrences: [BoilerplateSentence.Occurrence] = []
            var texts: Set<UInt64> = []
        }
        var table: [String: [UInt64: Seen]] = [:]
        var outletTexts: [String: Set<UInt64>] = [:]
        var firstText: [UInt64: (document: Int, span: Span)] = [:]
        for (index, document) in documents.enumerated() {
            var text = document.text
            var sentenceHashes: [(hash: UInt64, span: Span)] = []
            var all: [UInt64] = []
            text.withUTF8 { bytes in
                for sentence in document.sentences {
                    var tokens: [TextTokenizer.Token] = []
                    tokenizer.scan(bytes, from: max(0, sentence.span.start), to: min(bytes.count, sentence.span.end), into: &tokens)
                    let hashes = tokens.map(\.hash)
                    all += hashes
                    if hashes.count >= minimumWords { sentenceHashes.append((MinHasher.combine(hashes[...]), sentence.span)) }
                }
            }
            let outlet = document.outlet
            let textHash = MinHasher.combine(all[...])
            outletTexts[outlet, default: []].insert(textHash)
            var seenHere: Set<UInt64> = []
            for (hash, span) in sentenceHashes {
                var seen = table[outlet, default: [:]][hash, default: Seen()]
                seen.occurrences.append(.init(document: document.id, start: span.start, end: span.end))
                if seenHere.insert(hash).inserted { seen.texts.insert(textHash) }
                table[outlet, default: [:]][hash] = seen
                if firstText[hash] == nil { firstText[hash] = (index, span) }
            }
        }
        var result: [BoilerplateSentence] = []
        for (outlet, sentences) in table {
            let needed = max(minimumArticles, Int((minimumShare * Double(outletTexts[outlet]?.count ?? 0)).rounded(.up)))
            for (hash, seen) in sentences where seen.texts.count >= needed {
                guard let first = firstText[hash] else { continue }
                result.append(BoilerplateSentence(source: outlet, text: documents[first.document].text(of: first.span),
                                                  articleCount: seen.texts.count, occurrences: seen.occurrences))
            }
        }
        return result.sorted { ($0.source, -$0.articleCount, $0.text) < ($1.source, -$1.articleCount, $1.text) }
    }

    /// The known repeated sentences of the document's outlet that the document holds, each with this document's
    /// occurrences only: how an article that arrives later has the boilerplate learned so far left out.
    public func occurrences(of known: [BoilerplateSentence], in document: Document) -> [BoilerplateSentence] {
        let outlet = document.outlet
        var byHash: [UInt64: BoilerplateSentence] = [:]
        for sentence in known where sentence.source == outlet {
            var tokens: [TextTokenizer.Token] = []
            var text = sentence.text
            text.withUTF8 { tokenizer.scan($0, from: 0, to: $0.count, into: &tokens) }
            guard tokens.count >= minimumWords else { continue }
            byHash[MinHasher.combine(tokens.map(\.hash)[...])] = sentence
        }
        guard !byHash.isEmpty else { return [] }
        var found: [UInt64: BoilerplateSentence] = [:]
        var text = document.text
        text.withUTF8 { bytes in
            for sentence in document.sentences {
                var tokens: [TextTokenizer.Token] = []
                tokenizer.scan(bytes, from: max(0, sentence.span.start), to: min(bytes.count, sentence.span.end), into: &tokens)
                guard tokens.count >= minimumWords else { continue }
                let hash = MinHasher.combine(tokens.map(\.hash)[...])
                guard let match = byHash[hash] else { continue }
                var entry = found[hash] ?? BoilerplateSentence(source: outlet, text: match.text, articleCount: match.articleCount,
                                                               occurrences: [])
                entry.occurrences.append(.init(document: document.id, start: sentence.span.start, end: sentence.span.end))
                found[hash] = entry
            }
        }
        return found.values.sorted { $0.text < $1.text }
    }
}
