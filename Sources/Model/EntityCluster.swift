/// All the mentions of one real entity inside one document.
public struct EntityCluster: Hashable, Codable, Sendable {
    public var id: Int
    public var label: EntityLabel
    /// The fullest name seen ("Vladimir Putin").
    public var name: String
    /// Every distinct surface form linked to the cluster, names and descriptions.
    public var aliases: [String]
    /// Roles seen with the entity ("Russian President").
    public var roles: [String]

    public init(id: Int, label: EntityLabel, name: String, aliases: [String] = [], roles: [String] = []) {
        self.id = id
        self.label = label
        self.name = name
        self.aliases = aliases
        self.roles = roles
    }
}
