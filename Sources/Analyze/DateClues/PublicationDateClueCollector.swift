import Model

/// Collects ``PublicationDateClue``s from an article's time expressions: the expressions are found by the
/// ``TemporalTagger``'s grammar without a document date (so month-days keep an unknown year), their tense by the
/// tagger's tense cues; "N years ago" is resolved against a placeholder date and paired with the nearest year named
/// before it in the text.
public struct PublicationDateClueCollector: Sendable {
    private let grammar = TemporalGrammar()
    private let tenses = TenseDetector()
    private let clauses = ClauseTense.shared
    /// How many tokens back a "… years ago" expression looks for the year it counts from.
    private let offsetReach = 60

    public init() {}

    public func clues(in text: String) -> [PublicationDateClue] {
        let tokens = TextTokenizer.tokens(of: text)
        guard !tokens.isEmpty else { return [] }
        let bytes = Array(text.utf8)
        func span(_ match: TemporalMatch) -> Span { Span(tokens[match.start].start, tokens[match.end - 1].end) }
        func words(_ match: TemporalMatch) -> String {
            let s = span(match)
            return String(decoding: bytes[s.start..<s.end], as: UTF8.self)
        }
        func tense(_ match: TemporalMatch) -> PublicationDateClue.Tense {
            if clauses.isYearModifier(tokens, from: match.start, to: match.end) { return .unknown }
            switch clauses.tense(tokens, from: match.start, to: match.end) ?? tenses.tense(tokens, from: match.start, to: match.end) {
            case .past: return .past
            case .future: return .future
            case .unknown: return .unknown
            }
        }
        var clues: [PublicationDateClue] = []
        // years named in the text, by token position, for pairing with "… years ago"
        var namedYears: [(token: Int, year: Int)] = []
        for match in grammar.matches(tokens, resolver: TimexResolver(anchor: nil))
        where match.kind == .date || match.kind == .time {
            guard let kind = PublicationDateClueCollector.kind(of: match.value, modifier: match.modifier) else { continue }
            if case .event(let first, let last) = kind, first.year == last.year, first.month == 1, last.month == 12,
               first.day == 1, last.day == 31 {
                namedYears.append((match.start, first.year))
            }
            clues.append(PublicationDateClue(kind: kind, tense: tense(match), text: words(match), span: span(match)))
        }
        let placeholder = CalendarDate(year: 2000, month: 7, day: 1)
        for match in grammar.matches(tokens, resolver: TimexResolver(anchor: placeholder))
        where match.isOffset && match.granularity == .year {
            guard match.value.utf8.count == 4, let y = Int(match.value) else { continue }
            let years = placeholder.year - y
            guard years > 0, years < 200,
                  let named = namedYears.last(where: { $0.token < match.start && match.start - $0.token <= offsetReach })
            else { continue }
            let moreThan = match.modifier == "MORE_THAN" || match.modifier == "EQUAL_OR_MORE"
            clues.append(PublicationDateClue(kind: .yearsSince(year: named.year, years: years, moreThan: moreThan),
                                             tense: .past, text: words(match), span: span(match)))
        }
        return clues.sorted { $0.span.start < $1.span.start }
    }

    /// The clue kind of a TIMEX3 value resolved without a document date; nil for values that say nothing about it.
    static func kind(of value: String, modifier: String?) -> PublicationDateClue.Kind? {
        let parts = value.split(separator: "T", maxSplits: 1).first.map { $0.split(separator: "-").map(String.init) } ?? []
        guard let head = parts.first else { return nil }
        if head == "XXXX" {
            if parts.count >= 3, parts[1] == "WXX", let weekday = Int(parts[2].prefix(1)), (1...7).contains(weekday) {
                return .weekday(weekday)
            }
            guard parts.count >= 2, let month = Int(parts[1]), (1...12).contains(month) else { return nil }
            if parts.count >= 3 {
                guard let day = Int(parts[2]), (1...31).contains(day) else { return nil }
                return .recurring(month: month, firstDay: day, lastDay: day)
            }
            let days = monthPart(modifier, length: 31)
            return .recurring(month: month, firstDay: days.lowerBound, lastDay: days.upperBound)
        }
        if head.utf8.count == 4, let year = Int(head) {
            if parts.count >= 3, let month = Int(parts[1]), let day = Int(parts[2]),
               CalendarDate.isValid(year: year, month: month, day: day) {
                let date = CalendarDate(year: year, month: month, day: day)
                return .event(first: date, last: date)
            }
            if parts.count >= 2, let month = Int(parts[1]), (1...12).contains(month) {
                let days = monthPart(modifier, length: CalendarDate.daysIn(month: month, year: year))
                return .event(first: CalendarDate(year: year, month: month, day: days.lowerBound),
                              last: CalendarDate(year: year, month: month, day: days.upperBound))
            }
            if parts.count == 1 {
                return .event(first: CalendarDate(year: year, month: 1, day: 1), last: CalendarDate(year: year, month: 12, day: 31))
            }
            return nil
        }
        // a decade: "199X"
        if parts.count == 1, head.utf8.count == 4, head.hasSuffix("X"), let decade = Int(head.prefix(3)) {
            return .event(first: CalendarDate(year: decade * 10, month: 1, day: 1),
                          last: CalendarDate(year: decade * 10 + 9, month: 12, day: 31))
        }
        return nil
    }

    /// The days of a month a TIMEX3 modifier selects ("early December": 1…10).
    static func monthPart(_ modifier: String?, length: Int) -> ClosedRange<Int> {
        switch modifier {
        case "EARLY", "START": return 1...10
        case "MID": return 11...20
        case "LATE", "END": return 21...length
        default: return 1...length
        }
    }
}
