/// What counted things mean the same: words in a quantity's `describes`/`unit` → a concept name.
/// A table, apart from the code that applies it (``ClaimAligner``).
public enum ClaimConcepts {
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

    /// Counted nouns too general to say what is counted ("212 people"): the words around the number decide.
    public static let genericUnits: Set<String> = ["people", "persons", "person", "others", "individuals"]

    /// Units that measure time or age: such numbers are durations, not counts of anything reported.
    public static let timeUnits: Set<String> = ["second", "seconds", "minute", "minutes", "hour", "hours", "day", "days",
                                                "week", "weeks", "month", "months", "year", "years", "decade", "decades",
                                                "century", "centuries", "year-old", "years-old", "yr", "yrs", "h", "min"]
}
