/// One element of a search query, independent of any store's query language: terms and phrases (each optionally in
/// a field: `title`, `text`, `source`; a term optionally a prefix), and the operators and parentheses between them, in
/// the order written with AND made explicit. NOT binds tighter than AND, and AND tighter than OR, as in SQLite's FTS5
/// and PostgreSQL's tsquery, so a store compiles the sequence token by token.
public enum SearchToken: Sendable, Hashable {
    case term(String, field: String?, prefix: Bool)
    case phrase(String, field: String?)
    case and, or, not, open, close

    /// AND, OR or NOT.
    public var isOperator: Bool { self == .and || self == .or || self == .not }

    /// A term or a phrase.
    public var isOperand: Bool {
        switch self {
        case .term, .phrase: return true
        default: return false
        }
    }
}
