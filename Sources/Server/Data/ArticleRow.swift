import Foundation

/// One article in the desk's article list: how it is cited, its title, source, date and story.
struct ArticleRow: Codable, Sendable {
    /// The id users cite (the input's id, else the document id).
    var article: String
    var documentID: String
    var title: String?
    var source: String?
    var url: String?
    /// Publication date `YYYY-MM-DD` as the stories see it.
    var date: String?
    var story: String?
}
