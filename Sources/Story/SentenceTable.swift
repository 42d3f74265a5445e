import Link
import Model

/// Every sentence of a collection, tokenised once, with its TF-IDF vector (sentence-level IDF), the days it
/// mentions and its article's publication date: the shared input of the timeline, summary and claims.
struct SentenceTable {
    struct Record {
        var document: Int
        var sentence: Int
        var words: Int
        var vector: TermVector
        var mentions: [DateMention]
        var hasKeyword: Bool
    }

    let documents: [Document]
    /// Each document's title as citations show it, worked out once.
    let titles: [String]
    var records: [Record] = []
    /// Index of each document's first record.
    var firstRecord: [Int] = []
    var statistics = TermStatistics()

    /// - Parameters:
    ///   - skip: documents to leave out (copies of other documents).
    init(documents: [Document], keywords: [String] = [], skip: Set<String> = []) {
        titles = documents.map { $0.displayTitle() }
        self.documents = documents
        let tokenizer = TextTokenizer()
        let keywordHashes = Set(keywords.flatMap { keyword in tokenizer.tokens(keyword).map(\.hash) })
        var counts: [[UInt64: Int]] = []
        for (documentIndex, document) in documents.enumerated() {
            firstRecord.append(records.count)
            if skip.contains(document.id) { continue }
            var tokens: [TextTokenizer.Token] = []
            var timexCursor = 0
            let timexes = document.timexes.sorted { $0.span.start < $1.span.start }
            var text = document.text
            text.withUTF8 { bytes in
                for (sentenceIndex, sentence) in document.sentences.enumerated() {
                    tokens.removeAll(keepingCapacity: true)
                    let lower = max(0, min(sentence.span.start, bytes.count))
                    let upper = max(lower, min(sentence.span.end, bytes.count))
                    tokenizer.scan(bytes, from: lower, to: upper, into: &tokens)
                    var sentenceCounts: [UInt64: Int] = [:]
                    var keyword = false
                    for token in tokens where !token.isStopWord && !token.isNumber {
                        sentenceCounts[token.hash, default: 0] += 1
                        if keywordHashes.contains(token.hash) { keyword = true }
                    }
                    var mentions: [DateMention] = []
                    while timexCursor < timexes.count && timexes[timexCursor].span.start < sentence.span.start {
                        timexCursor += 1
                    }
                    var probe = timexCursor
                    while probe < timexes.count && timexes[probe].span.start < sentence.span.end {
                        let timex = timexes[probe]
                        if let day = DateMention.day(of: timex) {
                            mentions.append(DateMention(date: day, span: timex.span,
                                                        anchoredToEstimate: timex.anchoredToEstimate))
                        }
                        probe += 1
                    }
                    counts.append(sentenceCounts)
                    records.append(Record(document: documentIndex, sentence: sentenceIndex, words: tokens.count,
                                          vector: TermVector(), mentions: mentions, hasKeyword: keyword))
                }
            }
        }
        firstRecord.append(records.count)
        for count in counts { statistics.add(terms: count.keys) }
        for index in records.indices { records[index].vector = statistics.vector(counts: counts[index]) }
    }

    func document(of record: Record) -> Document { documents[record.document] }

    func citation(_ record: Record) -> SentenceCitation {
        SentenceCitation(document: documents[record.document], sentence: record.sentence, title: titles[record.document])
    }

    /// The records of one document.
    func records(ofDocument index: Int) -> ArraySlice<Record> {
        records[firstRecord[index]..<firstRecord[index + 1]]
    }
}
