import Store

/// Compiles a store-neutral ``SearchQuery`` into PostgreSQL `tsquery` text for `to_tsquery('storyline', …)`.
///
/// Every word is normalised as the indexed text is (``SearchWords``) and single-quoted, so no user text is read as
/// tsquery syntax. A term or phrase of several words becomes a parenthesised `<->` chain (FTS5 reads a quoted string
/// that way too); a prefix marks its last word `:*`; a field restricts each word to the weight its column is indexed
/// with (title A, source B, text D). `a NOT b` is `a & !b`: NOT binds tighter than AND, and AND than OR, in both
/// languages, so the tokens translate one by one. An operand with no word in it (only punctuation) becomes a quoted
/// blank, which PostgreSQL drops from the query as it drops a stop word.
enum TextSearchQuery {
    /// The tsquery text, nil when the query is only a date range.
    static func compile(_ query: SearchQuery) -> String? {
        guard !query.tokens.isEmpty else { return nil }
        return query.tokens.map(compile).joined(separator: " ")
    }

    private static func compile(_ token: SearchToken) -> String {
        switch token {
        case .term(let word, let field, let prefix): return chain(SearchWords.words(word), field: field, prefix: prefix)
        case .phrase(let text, let field): return chain(SearchWords.words(text), field: field, prefix: false)
        case .and: return "&"
        case .or: return "|"
        case .not: return "& !"
        case .open: return "("
        case .close: return ")"
        }
    }

    /// The weight label of a field's column in the article's search vector.
    static func weight(_ field: String?) -> String {
        switch field {
        case "title": return "A"
        case "source": return "B"
        case "text": return "D"
        default: return ""
        }
    }

    private static func chain(_ words: [String], field: String?, prefix: Bool) -> String {
        guard !words.isEmpty else { return "' '" }
        let label = weight(field)
        let parts = words.enumerated().map { index, word in
            let marks = (prefix && index == words.count - 1 ? "*" : "") + label
            return quote(word) + (marks.isEmpty ? "" : ":" + marks)
        }
        return parts.count == 1 ? parts[0] : "(" + parts.joined(separator: " <-> ") + ")"
    }

    /// A tsquery quoted word: single quotes and backslashes escaped (normalised words hold neither; kept for safety).
    private static func quote(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "''") + "'"
    }
}
