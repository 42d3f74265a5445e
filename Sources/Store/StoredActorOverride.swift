/// One stored actor override: `kind` is "merge" or "split".
public struct StoredActorOverride: Codable, Sendable, Equatable {
    public var id: Int64
    public var kind: String
    public var actors: [String]
    public var aliases: [String]
    public var created: String
}
