/// The actors of a story and the actor of each article entity cluster.
public struct ActorResolution: Sendable {
    /// Most widely reported first.
    public var actors: [Actor]
    /// Document id → entity cluster index → actor id.
    public var actorOf: [String: [Int: String]]

    public init(actors: [Actor], actorOf: [String: [Int: String]]) {
        self.actors = actors
        self.actorOf = actorOf
    }

    public func actor(id: String) -> Actor? { actors.first { $0.id == id } }
}
