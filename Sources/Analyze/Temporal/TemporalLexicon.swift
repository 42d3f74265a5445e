/// The temporal word classes of `Resources/temporal/lexicon.tsv`, indexed by lower-case word.
struct TemporalLexicon: Sendable {
    /// Everything one word can be (a word may belong to several classes: "may", "second", "last").
    struct Entry: Sendable {
        var month: Int?
        var weekday: Int?
        var season: String?
        var partOfDay: String?
        var unit: String?
        var shift: Int?
        var modifier: String?
        var dayOffset: Int?
        var reference: String?
        var frequency: String?
        var vague = false
        var decade: String?
        var ordinal: Int?
        var holiday: String?
        var movableHoliday: (month: Int, weekday: Int, nth: Int)?
    }

    let entries: [String: Entry]
    /// First words of hyphen-joined multi-word entries ("new-year's-day" → "new").
    let multiWordStarts: Set<String>

    static let shared = TemporalLexicon()

    init() {
        var entries: [String: Entry] = [:]
        var starts: Set<String> = []
        for (kind, value, word) in ResourceTable.classedWords("lexicon", folder: "temporal") {
            var entry = entries[word] ?? Entry()
            switch kind {
            case "month": entry.month = Int(value)
            case "weekday": entry.weekday = Int(value)
            case "season": entry.season = value
            case "partofday": entry.partOfDay = value
            case "unit": entry.unit = value
            case "shift": entry.shift = Int(value)
            case "mod": entry.modifier = value
            case "dayref": entry.dayOffset = Int(value)
            case "ref": entry.reference = value
            case "set": entry.frequency = value
            case "vague": entry.vague = true
            case "decade": entry.decade = value
            case "ordinal": entry.ordinal = Int(value)
            case "holiday": entry.holiday = value
            case "movable":
                let parts = value.split(separator: ":").compactMap { Int($0) }
                if parts.count == 3 { entry.movableHoliday = (parts[0], parts[1], parts[2]) }
            default: continue
            }
            entries[word] = entry
            if word.contains("-"), let first = word.split(separator: "-").first { starts.insert(String(first)) }
        }
        self.entries = entries
        multiWordStarts = starts
    }

    subscript(word: String) -> Entry? { entries[word] }
}
