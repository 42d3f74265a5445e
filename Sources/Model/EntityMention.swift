/// One mention of a person, organisation, place or other named thing.
public struct EntityMention: Hashable, Codable, Sendable {
    public var span: Span
    public var label: EntityLabel
    /// Index into `Document.entityClusters`.
    public var cluster: Int
    /// True for a name; false for a description ("the Russian leader") or pronoun linked to a cluster.
    public var isName: Bool
    /// A title or role written with the mention ("Kremlin spokesman", "U.S. Secretary of State").
    public var role: String?

    public init(span: Span, label: EntityLabel, cluster: Int, isName: Bool = true, role: String? = nil) {
        self.span = span
        self.label = label
        self.cluster = cluster
        self.isName = isName
        self.role = role
    }
}
