import Foundation
import Model

/// A parsed search query: a store-neutral expression (``SearchToken``s, compiled by each store into its own query
/// language; ``match`` is SQLite FTS5's) and an optional publication-date range.
///
/// Syntax: words (stemmed, case-insensitive), `"exact phrases"`, `AND` / `OR` / `NOT` (upper case; words side by
/// side mean AND; `-word` means NOT word), `prefix*`, parentheses, fields `title:` `source:` `text:` before a word,
/// phrase or prefix, and `date:2021-12-01..2021-12-31` (also `date:2021-12`, `date:2021`, open ends
/// `date:2022-01-01..` / `date:..2021-12-31`).
public struct SearchQuery: Sendable, Equatable {
    /// The expression in the order written, with AND explicit; empty when the query is only a date range.
    public var tokens: [SearchToken]
    /// Inclusive bounds `YYYY-MM-DD`.
    public var dateFrom: String?
    public var dateTo: String?

    /// Why a query could not be parsed.
    public struct SyntaxError: Error, Sendable, CustomStringConvertible, Equatable {
        public var description: String
    }

    public static let fields: Set<String> = ["title", "text", "source"]

    /// The most terms a query may hold once repeats are dropped: enough for any question a person types, and a bound
    /// on the work a pasted text can ask of the index.
    public static let maximumTerms = 64

    public init(tokens: [SearchToken], dateFrom: String? = nil, dateTo: String? = nil) {
        self.tokens = tokens
        self.dateFrom = dateFrom
        self.dateTo = dateTo
    }

    /// The SQLite FTS5 MATCH expression, nil when the query is only a date range.
    public var match: String? {
        tokens.isEmpty ? nil : tokens.map(Self.fts5).joined(separator: " ")
    }

    private static func fts5(_ token: SearchToken) -> String {
        switch token {
        case .term(let word, let field, let prefix): return column(field) + quote(word) + (prefix ? " *" : "")
        case .phrase(let text, let field): return column(field) + quote(text)
        case .and: return "AND"
        case .or: return "OR"
        case .not: return "NOT"
        case .open: return "("
        case .close: return ")"
        }
    }

    public init(parsing query: String) throws {
        var parts: [SearchToken] = []
        var dateFrom: String?
        var dateTo: String?
        var lastWasOperand = false

        func appendOperand(_ operand: SearchToken) {
            if lastWasOperand { parts.append(.and) }
            parts.append(operand)
            lastWasOperand = true
        }

        for token in try Self.tokenize(query) {
            switch token {
            case .open:
                if lastWasOperand { parts.append(.and) }
                parts.append(.open)
                lastWasOperand = false
            case .close:
                parts.append(.close)
                lastWasOperand = true
            case .phrase(let text, let field):
                let words = text.split(whereSeparator: { $0 == " " })
                guard !words.isEmpty else { continue }
                appendOperand(.phrase(text, field: field))
            case .word(var word, let field):
                if field == nil, ["AND", "OR", "NOT"].contains(word) {
                    guard lastWasOperand else {
                        if word == "NOT" && parts.isEmpty { throw SyntaxError(description: "NOT needs a term before it (write 'a NOT b' or 'a -b')") }
                        throw SyntaxError(description: "\(word) needs a term before it")
                    }
                    parts.append(word == "AND" ? .and : word == "OR" ? .or : .not)
                    lastWasOperand = false
                    continue
                }
                if field == "date" {
                    let range = try Self.dateRange(word)
                    if let from = range.from { dateFrom = max(dateFrom ?? from, from) }
                    if let to = range.to { dateTo = min(dateTo ?? to, to) }
                    continue
                }
                var negated = false
                if word.hasPrefix("-") && word.count > 1 && field == nil { negated = true; word.removeFirst() }
                var prefix = false
                if word.hasSuffix("*") { prefix = true; word = String(word.drop(while: { $0 == "*" }).reversed().drop(while: { $0 == "*" }).reversed()) }
                guard !word.isEmpty else { continue }
                if negated {
                    guard lastWasOperand else { throw SyntaxError(description: "-\(word) needs a term before it") }
                    parts.append(.not)
                    lastWasOperand = false
                }
                appendOperand(.term(word, field: field, prefix: prefix))
            }
        }
        if let last = parts.last, last.isOperator {
            throw SyntaxError(description: "\(Self.fts5(last)) needs a term after it")
        }
        let opens = parts.filter { $0 == .open }.count, closes = parts.filter { $0 == .close }.count
        guard opens == closes else { throw SyntaxError(description: "unbalanced parentheses") }
        if let from = dateFrom, let to = dateTo, from > to {
            throw SyntaxError(description: "empty date range \(from)..\(to)")
        }
        if parts.isEmpty && dateFrom == nil && dateTo == nil { throw SyntaxError(description: "empty query") }
        // A plain conjunction matches the same articles with each term once: repeats only cost time (the ranking and
        // snippet functions work per term and per match).
        if !parts.contains(where: { $0 == .or || $0 == .not || $0 == .open }) {
            var seen: [SearchToken] = []
            for part in parts where part != .and && !seen.contains(part) { seen.append(part) }
            parts = Array(seen.map { [$0] }.joined(separator: [.and]))
        }
        let terms = parts.filter(\.isOperand).count
        guard terms <= Self.maximumTerms else {
            throw SyntaxError(description: "query too long: \(terms) terms (at most \(Self.maximumTerms))")
        }
        self.init(tokens: parts, dateFrom: dateFrom, dateTo: dateTo)
    }

    private enum Token {
        case word(String, field: String?)
        case phrase(String, field: String?)
        case open, close
    }

    private static func tokenize(_ query: String) throws -> [Token] {
        var tokens: [Token] = []
        let characters = Array(query)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character.isWhitespace { index += 1; continue }
            if character == "(" { tokens.append(.open); index += 1; continue }
            if character == ")" { tokens.append(.close); index += 1; continue }
            var field: String?
            var start = index
            // field:
            var scan = index
            while scan < characters.count, characters[scan].isLetter { scan += 1 }
            if scan < characters.count, characters[scan] == ":", scan > index {
                let name = String(characters[index..<scan]).lowercased()
                if fields.contains(name) || name == "date" {
                    field = name
                    start = scan + 1
                } else {
                    throw SyntaxError(description: "unknown field '\(name):' (use title:, text:, source: or date:)")
                }
            }
            if start < characters.count, characters[start] == "\"" {
                guard let close = characters[(start + 1)...].firstIndex(of: "\"") else {
                    throw SyntaxError(description: "unclosed quote")
                }
                tokens.append(.phrase(String(characters[(start + 1)..<close]), field: field))
                index = close + 1
                continue
            }
            var end = start
            while end < characters.count, !characters[end].isWhitespace, characters[end] != "(", characters[end] != ")" { end += 1 }
            let word = String(characters[start..<end])
            if word.isEmpty { throw SyntaxError(description: "\(field ?? "field"): needs a value") }
            tokens.append(.word(word, field: field))
            index = end
        }
        return tokens
    }

    private static func column(_ field: String?) -> String {
        guard let field else { return "" }
        return "\(field) : "
    }

    /// An FTS5 string: double quotes doubled.
    private static func quote(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// `2021-12-01..2021-12-31`, `2021-12`, `2021`, open ends.
    static func dateRange(_ text: String) throws -> (from: String?, to: String?) {
        if let dots = text.range(of: "..") {
            let low = String(text[..<dots.lowerBound]), high = String(text[dots.upperBound...])
            if low.isEmpty && high.isEmpty { throw SyntaxError(description: "date: needs a date") }
            return (low.isEmpty ? nil : try bounds(low).from, high.isEmpty ? nil : try bounds(high).to)
        }
        let range = try bounds(text)
        return (range.from, range.to)
    }

    private static func bounds(_ text: String) throws -> (from: String, to: String) {
        let parts = text.split(separator: "-").map { Int($0) }
        let invalid = SyntaxError(description: "not a date: '\(text)' (use YYYY, YYYY-MM or YYYY-MM-DD)")
        guard !parts.isEmpty, parts.count <= 3, parts.allSatisfy({ $0 != nil }), let year = parts[0], year >= 1000, year <= 9999 else { throw invalid }
        if parts.count == 1 {
            return (CalendarDate(year: year, month: 1, day: 1).description, CalendarDate(year: year, month: 12, day: 31).description)
        }
        guard let month = parts[1], (1...12).contains(month) else { throw invalid }
        if parts.count == 2 {
            return (CalendarDate(year: year, month: month, day: 1).description,
                    CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year)).description)
        }
        guard let day = parts[2], CalendarDate.isValid(year: year, month: month, day: day) else { throw invalid }
        let date = CalendarDate(year: year, month: month, day: day).description
        return (date, date)
    }
}
