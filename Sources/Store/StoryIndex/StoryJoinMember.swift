import Foundation

/// One article as a story's title and outlets need it: its term vector (encoded by the engine), title and outlet.
public struct StoryJoinMember: Sendable, Equatable {
    public var documentID: String
    public var title: String?
    public var outlet: String
    public var vector: Data

    public init(documentID: String, title: String?, outlet: String, vector: Data) {
        self.documentID = documentID
        self.title = title
        self.outlet = outlet
        self.vector = vector
    }
}
