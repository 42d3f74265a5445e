/// Text clean-up for display.
public enum SentenceText {
    /// Collapses runs of white space to one space and trims.
    public static func clean(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.unicodeScalars.append(" ") }
                pendingSpace = false
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// List markers a sentence may start with in extracted text ("• ", "- ").
    static let listMarkers: Set<Unicode.Scalar> = ["•", "·", "▪", "◦", "●", "-", "–", "*"]

    /// ``clean(_:)`` without a leading list marker: "• On January 12, …" → "On January 12, …".
    public static func cleanSentence(_ text: String) -> String {
        let cleaned = clean(text)
        let scalars = cleaned.unicodeScalars
        guard let first = scalars.first, listMarkers.contains(first) else { return cleaned }
        let second = scalars.index(after: scalars.startIndex)
        guard second < scalars.endIndex, scalars[second] == " " else { return cleaned }
        return String(scalars[scalars.index(after: second)...])
    }
}
