/// The word lists of `Resources/quantities/` as the quantity scanner uses them: unit surfaces (tokenised, longest
/// first), currency symbols, hedges, counted-noun stop words and describing words.
struct QuantityLexicon: Sendable {
    /// One way of writing a unit, as token texts ("km/h" → ["km", "/", "h"]).
    struct UnitForm: Sendable {
        var tokens: [String]
        var canonical: String
        var kind: String
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

    static let shared = QuantityLexicon()
    /// Counts named before their number (`tolls.tsv`).
    static let countBeforeNumber = CountBeforeNumber()

    init() {
        var suffix: [String: [UnitForm]] = [:]
        var prefix: [String: [UnitForm]] = [:]
        for row in ResourceTable.rows("units", folder: "quantities") where row.count >= 3 {
            for surface in row[2].split(separator: "|") {
                let tokens = TextTokenizer.tokens(of: String(surface)).map(\.lower)
                guard let first = tokens.first else { continue }
                let form = UnitForm(tokens: tokens, canonical: row[0], kind: row[1])
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
        for row in ResourceTable.rows("nouns", folder: "quantities") where row.count >= 2 {
            let words = row[1].split(separator: "|").map(String.init)
            switch row[0] {
            case "stop": stop.formUnion(words)
            case "describe": describe.formUnion(words)
            case "plural": plural.formUnion(words)
            default: break
            }
        }
        stopWords = stop
        describingWords = describe
        irregularPlurals = plural
    }
}
