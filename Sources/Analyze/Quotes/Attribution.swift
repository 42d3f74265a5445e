/// Who said something and with which cue, as token ranges of a ``TokenizedText``.
struct Attribution: Sendable {
    /// The speaker phrase ("Kremlin spokesman Dmitry Peskov", "he", "a source").
    var speaker: Range<Int>
    /// The cue ("said", "according to", ":").
    var cue: Range<Int>
}
