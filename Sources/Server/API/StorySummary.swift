import Foundation
import Link

/// A story as the story list shows it: id, title, size, outlets, dates and what it is about.
struct StorySummary: Encodable, Sendable {
    var id: String
    var title: String
    var articles: Int
    var outlets: [String]
    var firstDate: String?
    var lastDate: String?
    var keyTerms: [String]
    var keyEntities: [String]
    var events: Int

    init(_ story: StoryCluster) {
        id = story.id
        title = story.title
        articles = story.documents.count
        outlets = story.outlets
        firstDate = story.firstDate
        lastDate = story.lastDate
        keyTerms = story.keyTerms
        keyEntities = story.keyEntities
        events = story.events.count
    }
}
