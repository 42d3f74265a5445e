import Model

/// One publication date set by the user.
public struct StoredDateOverride: Sendable, Equatable {
    public var documentID: String
    public var date: CalendarDate
    public var note: String?
    /// ISO 8601 time the date was set.
    public var created: String

    /// The date as an attribution: source `.user`, full confidence, the note as evidence.
    public var attribution: DateAttribution {
        DateAttribution(date: date, source: .user, confidence: 1, evidence: note.map { "set by the user: \($0)" } ?? "set by the user")
    }
}
