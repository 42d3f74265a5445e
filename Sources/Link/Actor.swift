import Model

/// A person, organisation or place of a story, merged across articles and outlets.
public struct Actor: Codable, Sendable, Hashable {
    /// A stable id: the canonical name as a slug ("vladimir-putin").
    public var id: String
    public var label: EntityLabel
    /// The canonical (fullest, most used) name.
    public var name: String
    /// Every surface form used for the actor, with the articles using it.
    public var aliases: [ActorAlias]
    /// Roles written with the actor ("Russian President").
    public var roles: [String]
    public var documents: [String]
    public var outlets: [String]
    /// Mentions across all articles.
    public var mentions: Int
    /// The evidence for `label`: mentions per label (EntityLabel raw value) over all the actor's article clusters.
    public var labelEvidence: [String: Int] = [:]

    public init(id: String, label: EntityLabel, name: String, aliases: [ActorAlias], roles: [String],
                documents: [String], outlets: [String], mentions: Int) {
        self.id = id
        self.label = label
        self.name = name
        self.aliases = aliases
        self.roles = roles
        self.documents = documents
        self.outlets = outlets
        self.mentions = mentions
    }
}

/// One surface form of an actor and where it is used.
public struct ActorAlias: Codable, Sendable, Hashable {
    public var text: String
    /// True for a name, false for a description ("the Russian leader").
    public var isName: Bool
    public var documents: [String]

    public init(text: String, isName: Bool, documents: [String]) {
        self.text = text
        self.isName = isName
        self.documents = documents
    }
}

/// A user's correction of the automatic actor resolution, applied after it, in order.
public struct ActorOverride: Codable, Sendable, Hashable {
    public enum Kind: String, Codable, Sendable {
        /// Make one actor of the listed actors.
        case merge
        /// Take the article clusters using the listed aliases out of the actor into a new actor.
        case split
    }

    public var kind: Kind
    /// Actor ids or names: for a merge the actors to join (the first gives the name); for a split, one actor.
    public var actors: [String]
    /// For a split: the aliases whose article clusters leave the actor.
    public var aliases: [String]

    public init(kind: Kind, actors: [String], aliases: [String] = []) {
        self.kind = kind
        self.actors = actors
        self.aliases = aliases
    }
}
