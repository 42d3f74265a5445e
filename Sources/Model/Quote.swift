/// Something someone said, as direct or indirect speech.
public struct Quote: Hashable, Codable, Sendable {
    public enum Kind: String, Codable, Sendable { case direct, indirect }

    /// The quoted content.
    public var span: Span
    public var kind: Kind
    /// The speaker mention in the text (a name, "he", "the Kremlin", "Interfax").
    public var speaker: Span?
    /// The entity cluster the speaker resolves to.
    public var speakerCluster: Int?
    /// The best name for the speaker ("Dmitry Peskov"), or a non-person source ("the Kremlin").
    public var speakerName: String?
    /// The cue verb or phrase ("said", "according to").
    public var cue: Span?

    public init(span: Span, kind: Kind, speaker: Span? = nil, speakerCluster: Int? = nil, speakerName: String? = nil,
                cue: Span? = nil) {
        self.span = span
        self.kind = kind
        self.speaker = speaker
        self.speakerCluster = speakerCluster
        self.speakerName = speakerName
        self.cue = cue
    }
}
