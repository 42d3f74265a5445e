/// The word lists of `Resources/quantities/` as the quantity scanner uses them: unit surfaces (tokenised, longest
/// first), currency symbols, hedges, counted-noun stop words and describing words.
struct QuantityLexicon: Sendable {
    /// One way of writing a unit, as token texts ("km/h" → ["km", "/", "h"]).
    struct UnitForm: Sendable {
        var tokens: [String]
        var canonical: String
        var kind: String
        /// Written with a leading "=" in `units.tsv`: matches only a capitalised token ("0.5 WAR", not "war").
        var needsCapital = false
    }

    /// Unit forms that follow a number, by first token, longest first.
    let suffixUnits: [String: [UnitForm]]
    /// Currency symbols and codes before a number, by first token, longest first.
    let prefixUnits: [String: [UnitForm]]
    /// Hedge phrases by first word, longest first.
    let hedges: [String: [(words: [String], change: String)]]
    let stopWords: Set<String>
    let describingWords: Set<String>
    let irregularPlurals: Set<String>
    /// Every canonical unit name (to tell measured units from counted nouns).
    let canonicalUnits: Set<String>
    /// Word prefixes joined to a number by a hyphen that leave it a quantity ("sub-7", "now-18").
    let hyphenPrefixes: Set<String>
    /// Words that make a bare level a stock-index level in points.
    let indexCues: Set<String>
    /// Plural number words naming an order of magnitude ("thousands" → 1,000–10,000), from `vague.tsv`.
    let vagueMagnitudes: [String: (low: Double, high: Double)]

    static let shared = QuantityLexicon()
    /// Counts named before their number (`tolls.tsv`).
    static let countBeforeNumber = CountBeforeNumber()

    init() {
        var suffix: [String: [UnitForm]] = [:]
        var prefix: [String: [UnitForm]] = [:]
        for row in ResourceTable.rows("units", folder: "quantities") where row.count >= 3 {
            for written in row[2].split(separator: "|") {
                let needsCapital = written.hasPrefix("=")
                let surface = needsCapital ? written.dropFirst() : written
                let tokens = TextTokenizer.tokens(of: String(surface)).map(\.lower)
                guard let first = tokens.first else { continue }
                let form = UnitForm(tokens: tokens, canonical: row[0], kind: row[1], needsCapital: needsCapital)
                if row[1] == "prefix" { prefix[first, default: []].append(form) } else { suffix[first, default: []].append(form) }
            }
        }
        for key in suffix.keys { suffix[key]!.sort { $0.tokens.count > $1.tokens.count } }
        for key in prefix.keys { prefix[key]!.sort { $0.tokens.count > $1.tokens.count } }
        suffixUnits = suffix
        prefixUnits = prefix
        canonicalUnits = Set(suffix.values.flatMap { $0.map(\.canonical) } + prefix.values.flatMap { $0.map(\.canonical) })
        var hedges: [String: [(words: [String], change: String)]] = [:]
        for row in ResourceTable.rows("hedges", folder: "quantities") where row.count >= 2 {
            let words = row[0].split(separator: " ").map(String.init)
            guard let first = words.first else { continue }
            hedges[first, default: []].append((words, row[1]))
        }
        for key in hedges.keys { hedges[key]!.sort { $0.words.count > $1.words.count } }
        self.hedges = hedges
        var stop: Set<String> = [], describe: Set<String> = [], plural: Set<String> = []
        var prefixes: Set<String> = [], index: Set<String> = []
        for row in ResourceTable.rows("nouns", folder: "quantities") where row.count >= 2 {
            let words = row[1].split(separator: "|").map(String.init)
            switch row[0] {
            case "stop": stop.formUnion(words)
            case "describe": describe.formUnion(words)
            case "plural": plural.formUnion(words)
            case "numberprefix": prefixes.formUnion(words)
            case "index": index.formUnion(words)
            default: break
            }
        }
        stopWords = stop
        describingWords = describe
        irregularPlurals = plural
        hyphenPrefixes = prefixes
        indexCues = index
        var vague: [String: (low: Double, high: Double)] = [:]
        for row in ResourceTable.rows("vague", folder: "quantities") where row.count >= 3 {
            if let low = Double(row[1]), let high = Double(row[2]) { vague[row[0]] = (low, high) }
        }
        vagueMagnitudes = vague
    }
}
