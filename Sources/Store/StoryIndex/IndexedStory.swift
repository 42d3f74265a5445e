import Foundation

/// One story as the story index keeps it: its stable id, its number (ids are `s<number>` and never reused), its
/// articles, a fingerprint of what its products depend on, and the story itself as the engine encoded it.
public struct IndexedStory: Sendable, Equatable {
    public var id: String
    public var number: Int
    public var documents: [String]
    /// Changes whenever anything a story product (brief, timeline, actors) depends on changes.
    public var fingerprint: String
    /// The engine's encoding of the story (JSON).
    public var payload: Data

    public init(id: String, number: Int, documents: [String], fingerprint: String, payload: Data) {
        self.id = id
        self.number = number
        self.documents = documents
        self.fingerprint = fingerprint
        self.payload = payload
    }
}
