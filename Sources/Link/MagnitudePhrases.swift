import Model

/// Counts written as orders of magnitude ("tens of thousands of soldiers", "hundreds of people"), which the quantity
/// tagger does not read as numbers: each phrase in the table gives an interval, and the words after it what is
/// counted. Used by ``CountTrendFinder`` to compare "tens of thousands of troops" with "150,000 troops".
public enum MagnitudePhrases {
    /// Phrase (lower case, words joined by spaces, without the final "of") → the interval it allows.
    public static let table: [String: (low: Double, high: Double)] = [
        "dozens": (24, 99), "scores": (40, 99),
        "hundreds": (200, 999), "several hundred": (300, 999),
        "thousands": (2_000, 9_999), "several thousand": (3_000, 9_999),
        "tens of thousands": (20_000, 99_999),
        "hundreds of thousands": (200_000, 999_999),
        "millions": (2_000_000, 9_999_999),
        "tens of millions": (20_000_000, 99_999_999),
    ]
    /// How many words after the phrase may name what is counted ("of military personnel").
    static let nounReach = 3

    /// The magnitude phrases of a document as quantities (value and high = the interval, unit = the counted word: the
    /// first word after "of" with a known concept — or the next word when it has one too, "military personnel" — else
    /// the first word).
    public static func quantities(in document: Document) -> [Quantity] {
        let words = WordScanner.words(document.text)
        var result: [Quantity] = []
        var index = 0
        while index < words.count {
            // the longest phrase from the table starting here and followed by "of"
            var found: (end: Int, bounds: (low: Double, high: Double))?
            for length in stride(from: 3, through: 1, by: -1) where index + length < words.count {
                let phrase = words[index..<index + length].map(\.text).joined(separator: " ")
                if let bounds = table[phrase], words[index + length].text == "of",
                   words[index + length].start - words[index + length - 1].end <= 1 {
                    found = (index + length, bounds)
                    break
                }
            }
            guard let (end, bounds) = found, end + 1 < words.count else { index += 1; continue }
            let nouns = words[(end + 1)..<min(words.count, end + 1 + nounReach)]
            // the first concept word, and the one right after it when that is one too ("military personnel")
            var noun = nouns.first { CountConcepts.conceptOfWord[$0.text] != nil }
            if let first = noun, let next = nouns.first(where: { $0.start > first.start }),
               CountConcepts.conceptOfWord[next.text] != nil {
                noun = next
            }
            noun = noun ?? nouns.first
            result.append(Quantity(span: Span(words[index].start, noun?.end ?? words[end].end), value: bounds.low,
                                   high: bounds.high, unit: noun?.text))
            index = end + 1
        }
        return result
    }
}
