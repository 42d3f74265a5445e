/// Number words of `Resources/quantities/numbers.tsv` ("two", "twenty", "million", "dozen", "half").
struct NumberWords: Sendable {
    enum Role: Sendable { case unit, tens, hundred, scale, dozen, fraction }

    let entries: [String: (role: Role, value: Double)]
    /// Fraction denominators: "third" → 3, "quarters" → 4.
    let denominators: [String: Double]
    /// Ordinals that end a compound denominator after a tens word: "first" in "twenty-firsts" → 1.
    let ordinalUnits: [String: Double]

    static let shared = NumberWords()

    init() {
        var entries: [String: (Role, Double)] = [:]
        var denominators: [String: Double] = [:]
        var ordinalUnits: [String: Double] = [:]
        for (kind, value, word) in ResourceTable.classedWords("numbers", folder: "quantities") {
            guard let number = Double(value) else { continue }
            if kind == "denominator" {
                denominators[word] = number
                continue
            }
            if kind == "ordinalunit" {
                ordinalUnits[word] = number
                continue
            }
            let role: Role
            switch kind {
            case "unit": role = .unit
            case "tens": role = .tens
            case "hundred": role = .hundred
            case "scale": role = .scale
            case "dozen": role = .dozen
            case "fraction": role = .fraction
            default: continue
            }
            entries[word] = (role, number)
        }
        self.entries = entries
        self.denominators = denominators
        self.ordinalUnits = ordinalUnits
    }

    subscript(word: String) -> (role: Role, value: Double)? { entries[word] }
}
