/// The coarse entity types Storyline reports.
public enum EntityLabel: String, Codable, Sendable, CaseIterable {
    case person = "PERSON"
    case organization = "ORG"
    case place = "PLACE"
    case other = "OTHER"
}
