/// The tense of the clause a time expression sits in, before the sentence-level ``TenseDetector``: a cue inside the
/// same clause wins over one beyond a comma ("talks are due to begin in January, officials said" is future), and an
/// infinitive shortly before the expression makes it future. Rules in `Resources/dateclues/clause.tsv`.
struct ClauseTense: Sendable {
    let lexicon = TenseLexicon.shared
    let boundaries: Set<String>
    let infinitives: Set<String>
    let pastBefore: Set<String>
    let yearModifiers: Set<String>
    /// How many tokens before the expression an infinitive marker counts.
    let infinitiveReach = 4

    static let shared = ClauseTense()

    init() {
        var table: [String: Set<String>] = [:]
        for row in ResourceTable.rows("clause", folder: "dateclues") where row.count >= 2 {
            table[row[0], default: []].formUnion(row[1].split(separator: "|").map(String.init))
        }
        boundaries = table["boundary"] ?? []
        infinitives = table["infinitive"] ?? []
        pastBefore = table["pastbefore"] ?? []
        yearModifiers = table["yearmodifier"] ?? []
    }

    /// The clause's tense, or nil when the clause has no cue.
    func tense(_ tokens: [TextToken], from start: Int, to end: Int) -> Tense? {
        var low = start
        while low > 0, !tokens[low].newlineBefore, !isBoundary(tokens[low - 1]) { low -= 1 }
        var high = end
        while high < tokens.count, !tokens[high].newlineBefore, !isBoundary(tokens[high]) { high += 1 }
        // an infinitive marker followed by a lower-case word shortly before the expression
        var index = start - 2
        while index >= max(low, start - infinitiveReach) {
            let token = tokens[index]
            if infinitives.contains(token.lower), tokens[index + 1].kind == .word, !tokens[index + 1].capitalized {
                if index > 0, pastBefore.contains(tokens[index - 1].lower) { break }
                return .future
            }
            index -= 1
        }
        var best: (distance: Int, tense: Tense)?
        func consider(_ index: Int, _ distance: Int) {
            let token = tokens[index]
            guard token.kind == .word else { return }
            let cue: Tense
            if lexicon.future.contains(token.lower) && ["will", "shall", "ll"].contains(token.lower) {
                cue = .future
            } else if lexicon.past.contains(token.lower) && token.lower != "set" && token.lower != "next" {
                cue = .past
            } else if token.lower.utf8.count > 4, token.lower.hasSuffix("ed"), !lexicon.notPast.contains(token.lower),
                      index == 0 || !["be", "been", "being", "will"].contains(tokens[index - 1].lower) {
                cue = .past
            } else {
                return
            }
            if best == nil || distance < best!.distance { best = (distance, cue) }
        }
        for index in low..<start { consider(index, start - index) }
        for index in end..<high { consider(index, index - end + 1) }
        return best?.tense
    }

    /// True for a year written as a modifier of the noun after it ("the 2050 target").
    func isYearModifier(_ tokens: [TextToken], from start: Int, to end: Int) -> Bool {
        guard start > 0, end < tokens.count, end - start == 1, tokens[start].kind == .number else { return false }
        return yearModifiers.contains(tokens[start - 1].lower) && tokens[end].kind == .word && !tokens[end].capitalized
    }

    private func isBoundary(_ token: TextToken) -> Bool { token.kind == .punct && boundaries.contains(token.lower) }
}
