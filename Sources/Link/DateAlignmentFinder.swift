import Analyze
import Model

/// Finds ``DateAlignment``s in a story: for each anchor-dependent expression of an undated article (resolved against
/// two placeholder dates, its value moves with the anchor by a fixed number of months, weeks or days), the
/// month-named expression in another article (same month under both placeholders) whose nearby words (up to
/// `reach` words either side, in the sentence) share the most content words with it — at least `minimumStrength`,
/// names counting double, words found in every article of the story (its subject: "NATO", "Ukraine") not counting.
public struct DateAlignmentFinder: Sendable {
    /// Least match strength: a shared name and another shared content word.
    public var minimumStrength = 3
    /// How many words either side of an expression count as its context.
    public var reach = 12
    /// Larger stories are not searched (two tagger passes per article, pairs grow with the square).
    public var maximumDocuments = 300
    private let tagger = TemporalTagger()
    private let stopWords = Set(StopWords.words)
    private static let placeholder = CalendarDate(year: 2001, month: 7, day: 18)
    private static let shiftedPlaceholder = CalendarDate(year: 2001, month: 9, day: 1)  // 45 days on: another weekday and month

    public init() {}

    public func alignments(_ documents: [Document], undated: Set<Int>) -> [DateAlignment] {
        guard documents.count <= maximumDocuments, !undated.isEmpty else { return [] }
        struct Expression { var span: Span; var text: String; var words: [String: Bool] }
        var relative: [(article: Int, unit: DateAlignment.Unit, offset: Int, expression: Expression)] = []
        var named: [(article: Int, expression: Expression)] = []
        // words of every article: the story's subject, which says nothing about which event is meant
        var everywhere: Set<String>?
        for document in documents {
            let words = Set(allWords(document))
            everywhere = everywhere.map { $0.intersection(words) } ?? words
        }
        let subject = documents.count >= 3 ? everywhere ?? [] : []
        for (index, document) in documents.enumerated() {
            let first = tagger.timexes(in: document.text, anchor: DateAlignmentFinder.placeholder)
            let second = tagger.timexes(in: document.text, anchor: DateAlignmentFinder.shiftedPlaceholder)
            let shifted = Dictionary(second.map { ($0.span.start, $0.value) }, uniquingKeysWith: { a, _ in a })
            let spans = first.map(\.span)
            for timex in first where timex.kind == .date {
                guard let other = shifted[timex.span.start] else { continue }
                let expression = Expression(span: timex.span, text: document.text(of: timex.span),
                                            words: contentWords(document, around: timex.span, excluding: spans))
                if other == timex.value || other.dropFirst(4) == timex.value.dropFirst(4) {
                    // the same month (and day) under both placeholders: named by its month
                    if timex.value.utf8.count >= 7, Int(timex.value.prefix(4)) != nil, timex.value.dropFirst(5).first != "W",
                       timex.value.dropFirst(5).first?.isNumber == true {
                        named.append((index, expression))
                    }
                } else if undated.contains(index), let move = DateAlignmentFinder.offset(timex.value, other) {
                    relative.append((index, move.unit, move.offset, expression))
                }
            }
        }
        var result: [DateAlignment] = []
        for source in relative {
            var best: (target: Int, expression: Expression, shared: [String], strength: Int)?
            for candidate in named where candidate.article != source.article {
                var shared: [String] = []
                var strength = 0
                for (word, isName) in source.expression.words where !subject.contains(word) {
                    guard let otherIsName = candidate.expression.words[word] else { continue }
                    shared.append(word)
                    strength += isName || otherIsName ? 2 : 1
                }
                if strength > (best?.strength ?? 0) { best = (candidate.article, candidate.expression, shared.sorted(), strength) }
            }
            guard let best, best.strength >= minimumStrength else { continue }
            result.append(DateAlignment(article: source.article, unit: source.unit, offset: source.offset,
                                        text: source.expression.text, target: best.target, targetSpan: best.expression.span,
                                        targetText: best.expression.text, shared: best.shared, strength: best.strength))
        }
        return result
    }

    /// How an anchor-dependent value moves: the same offset from both placeholders in months, weeks or days.
    static func offset(_ first: String, _ second: String) -> (unit: DateAlignment.Unit, offset: Int)? {
        let a = DateAlignmentFinder.placeholder, b = DateAlignmentFinder.shiftedPlaceholder
        if first.utf8.count == 10, let x = CalendarDate(iso: first), let y = CalendarDate(iso: second) {
            let dx = x.dayNumber - a.dayNumber, dy = y.dayNumber - b.dayNumber
            return dx == dy ? (.day, dx) : nil
        }
        if first.utf8.count == 8, first.dropFirst(4).hasPrefix("-W"), let wx = Int(first.suffix(2)), let wy = Int(second.suffix(2)),
           Int(first.prefix(4)) == a.year, Int(second.prefix(4)) == b.year {
            let dx = wx - week(a), dy = wy - week(b)
            return dx == dy ? (.week, dx) : nil
        }
        if first.utf8.count == 7, let yx = Int(first.prefix(4)), let mx = Int(first.suffix(2)),
           let yy = Int(second.prefix(4)), let my = Int(second.suffix(2)) {
            let dx = yx * 12 + mx - (a.year * 12 + a.month), dy = yy * 12 + my - (b.year * 12 + b.month)
            return dx == dy ? (.month, dx) : nil
        }
        return nil
    }

    /// ISO week number of a day.
    static func week(_ date: CalendarDate) -> Int {
        let thursday = date.adding(days: 4 - date.weekday)
        return (thursday.dayNumber - CalendarDate(year: thursday.year, month: 1, day: 1).dayNumber) / 7 + 1
    }

    /// Lower-cased content words near a span (up to `reach` words either side, inside its sentence; 4+ letters, not
    /// stop words, not inside any time expression), each with whether it was written capitalised (a name).
    private func contentWords(_ document: Document, around span: Span, excluding timexes: [Span]) -> [String: Bool] {
        var range = max(0, span.start - 300)..<min(document.text.utf8.count, span.end + 300)
        if let index = document.sentenceIndex(containing: span.start) {
            let sentence = document.sentences[index].span
            range = sentence.start..<sentence.end
        }
        let all = words(document, in: range).filter { word in !timexes.contains { $0.start <= word.start && word.start < $0.end } }
        let before = all.filter { $0.start < span.start }.suffix(reach)
        let after = all.filter { $0.start >= span.end }.prefix(reach)
        var result: [String: Bool] = [:]
        for word in before + after where word.text.utf8.count >= 4 && !stopWords.contains(word.text) {
            result[word.text] = (result[word.text] ?? false) || word.isName
        }
        return result
    }

    /// Every lower-cased word of 4+ letters of a document.
    private func allWords(_ document: Document) -> [String] {
        words(document, in: 0..<document.text.utf8.count).map(\.text).filter { $0.utf8.count >= 4 }
    }

    /// The words of a byte range: lower-cased, with their start and whether they are capitalised after the start.
    private func words(_ document: Document, in range: Range<Int>) -> [(text: String, start: Int, isName: Bool)] {
        var result: [(String, Int, Bool)] = []
        document.text.utf8.withContiguousStorageIfAvailable { bytes in
            var start: Int?
            func flush(_ end: Int) {
                guard let s = start else { return }
                start = nil
                let word = String(decoding: bytes[s..<end], as: UTF8.self).lowercased()
                result.append((word, s, bytes[s] >= 65 && bytes[s] <= 90 && s > range.lowerBound))
            }
            for offset in range {
                let byte = bytes[offset]
                let isLetter = (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) || byte >= 128
                if isLetter { if start == nil { start = offset } } else { flush(offset) }
            }
            flush(range.upperBound)
        }
        return result
    }
}
