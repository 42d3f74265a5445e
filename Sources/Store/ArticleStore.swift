import Model

/// What the engine needs of an article store: atomic batches of analysed articles with their raw copies, re-analysis,
/// reading back, and search by a store-neutral ``SearchQuery``. ``StorylineStore`` (SQLite in one file) is one
/// conformer; a second backend (PostgreSQL for many workers) is another, with the same answers.
public protocol ArticleStore: AnyObject, Sendable {
    /// Where the store is (a file path or a connection string), for messages.
    var path: String { get }
    /// The content hashes among `hashes` that are stored already.
    func knownHashes(_ hashes: [String]) throws -> Set<String>
    /// Stores prepared articles in one transaction; content already stored is reported as duplicate.
    func insert(prepared: [PreparedArticle]) throws -> BatchResult
    /// Gives articles known only by their domain the site name other articles of that domain carry.
    @discardableResult func unifySourceNames() throws -> Int
    /// Stored raw inputs after row `afterRow`, for re-analysis in batches.
    func storedInputs(afterRow: Int64, limit: Int) throws -> (inputs: [StoredInput], lastRow: Int64?)
    /// Replaces the extraction and analysis of stored articles (matched by content hash) in one transaction.
    @discardableResult func replaceAnalyses(_ records: [ArticleRecord]) throws -> Int
    /// Every stored article as an analysed document, in ingest order.
    func allDocuments() throws -> [Document]
    /// The documents with these ids, in the order asked.
    func documents(ids: [String]) throws -> [Document]
    /// The id each article's input gave it, by document id.
    func inputIDs() throws -> [String: String]
    /// The ids of the stored documents whose id starts with `prefix`, in ingest order.
    func documentIDs(startingWith prefix: String) throws -> [String]
    func articleCount() throws -> Int
    func summary() throws -> StoreSummary
    /// Ranked full-text search (a date-only query lists articles by date).
    func search(_ query: SearchQuery, limit: Int, highlight: (open: String, close: String)) throws -> [SearchHit]
}

extension ArticleStore {
    /// The 20 best hits, matches in bold.
    public func search(_ query: SearchQuery) throws -> [SearchHit] {
        try search(query, limit: 20, highlight: ("**", "**"))
    }
}
