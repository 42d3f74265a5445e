/// One turn of a broadcast transcript: its speaker label ("NICK LEWANDOWSKI, WITNESS:" or "LEWANDOWSKI:") and what
/// is said after it up to the next label, as token indices into a ``TokenizedText``.
struct TranscriptTurn: Sendable, Equatable {
    /// The turn's own label, its colon excluded.
    var label: Range<Int>
    /// The name part of the full label that introduced the speaker ("NICK LEWANDOWSKI"); nil when the label names
    /// no one ("UNIDENTIFIED MALE") or was never introduced in full.
    var name: Range<Int>?
    /// The colon that ends the label.
    var colon: Int
    /// What is said: the tokens after the colon up to the next label.
    var content: Range<Int>
    /// The speaker's name in ordinary case ("Nick Lewandowski"), when known.
    var speakerName: String?
    /// The outlet's own voice: an anchor, host or correspondent (from the role in the speaker's full label), or a
    /// speaker never introduced in full. Such turns are narration, not quotes.
    var ownVoice: Bool
}
