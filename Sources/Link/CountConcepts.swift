import Model

/// What counted things mean the same: words in a quantity's `describes`/`unit` → a concept name ("soldiers" and
/// "troops" → troops), and how to find the concept a quantity counts. A table, apart from the code that applies it;
/// shared by the claim frame reader (`Story.ClaimFrameReader`: time units, general nouns, fallback concept, "since"
/// years) and the story date resolver's count trends (``CountTrendFinder``).
public enum CountConcepts {
    public static let conceptOfWord: [String: String] = {
        var table: [String: String] = [:]
        let groups: [String: [String]] = [
            "killed": ["killed", "kill", "dead", "death", "deaths", "died", "die", "lives", "fatalities", "slain",
                       "toll", "casualties", "bodies", "perished"],
            "injured": ["injured", "wounded", "injuries", "hurt", "injuring", "wounding"],
            "displaced": ["displaced", "refugees", "fled", "homeless", "evacuated", "uprooted"],
            "arrested": ["arrested", "detained", "arrests", "detentions", "jailed", "imprisoned"],
            "troops": ["troops", "soldiers", "servicemen", "personnel", "forces", "military"],
            "missing": ["missing", "unaccounted"],
            "protesters": ["protesters", "demonstrators", "protestors", "marchers"],
        ]
        for (concept, words) in groups { for word in words { table[word] = concept } }
        return table
    }()

    /// Concepts whose counts only grow over time (a later report never has fewer dead).
    public static let cumulative: Set<String> = ["killed", "injured", "displaced", "arrested"]

    /// Counted nouns too general to say what is counted ("212 people"): the words around the number decide.
    public static let genericUnits: Set<String> = ["people", "persons", "person", "others", "individuals"]

    /// Units that measure time or age: such numbers are durations, not counts of anything reported.
    public static let timeUnits: Set<String> = ["second", "seconds", "minute", "minutes", "hour", "hours", "day", "days",
                                                "week", "weeks", "month", "months", "year", "years", "decade", "decades",
                                                "century", "centuries", "year-old", "years-old", "yr", "yrs", "h", "min"]

    /// The concept a quantity counts: a known concept from its `describes` or unit words, else the last word of what
    /// it describes plus its unit. Durations and ages are not counts; a bare unit ("people") says too little.
    public static func concept(_ quantity: Quantity) -> String? {
        let unit = quantity.unit?.lowercased()
        if let unit, timeUnits.contains(unit) || unit.hasSuffix("-old") { return nil }
        for source in [quantity.describes, quantity.unit] {
            guard let source else { continue }
            let words = source.lowercased().split { !$0.isLetter }.map(String.init)
            for word in words { if let concept = conceptOfWord[word] { return concept } }
        }
        guard let describes = quantity.describes?.lowercased().split(whereSeparator: { !$0.isLetter }).last else {
            return nil
        }
        return [unit, String(describes)].compactMap { $0 }.joined(separator: " ")
    }

    /// A known concept word close to a quantity the tagger gave no `describes`/unit for: up to `after` words after it
    /// or `before` words before it in its sentence ("190 dead", "the number confirmed dead has reached 190"). A number
    /// with a counted noun of its own ("120 members", "30 nations", "60%") counts that, whatever concept words stand
    /// nearby; only bare numbers and general nouns ("people") borrow from the context.
    public static func nearbyConcept(_ quantity: Quantity, sentence: Span, in document: Document, before: Int = 8,
                                     after: Int = 4) -> String? {
        if let unit = quantity.unit?.lowercased(), !genericUnits.contains(unit) { return nil }
        let tail = document.text(of: Span(quantity.span.end, max(quantity.span.end, sentence.end)))
        let head = document.text(of: Span(min(sentence.start, quantity.span.start), quantity.span.start))
        let words = { (text: String) in text.lowercased().split { !$0.isLetter }.map(String.init) }
        for word in words(tail).prefix(after) { if let concept = conceptOfWord[word] { return concept } }
        for word in words(head).suffix(before).reversed() { if let concept = conceptOfWord[word] { return concept } }
        return nil
    }

    /// The starting year a sentence gives a count: "since 2014" → "2014".
    public static func sinceYear(_ sentence: String) -> String? {
        guard let range = sentence.range(of: "since ", options: .caseInsensitive) else { return nil }
        let year = sentence[range.upperBound...].prefix(4)
        return year.count == 4 && year.allSatisfy(\.isNumber) ? String(year) : nil
    }
}
