/// What a number counts when the sentence names the count before it: "the death toll … rose to 240", "the number of
/// people confirmed dead … has reached 190", "deaths now stand at 35", "put the toll … at 212".
///
/// A linking phrase must end right before the number (or its hedge), and a count head must come earlier in the same
/// clause. The phrases live in `Resources/quantities/tolls.tsv`.
struct CountBeforeNumber: Sendable {
    /// A count head: its tokens and the `describes` it gives when no describing word follows it.
    struct Head: Sendable {
        var tokens: [String]
        var describes: String?
    }

    /// Linking phrases by last token, longest first.
    let links: [String: [[String]]]
    let putVerbs: Set<String>
    /// Count heads by last token, longest first.
    let heads: [String: [Head]]
    /// How far before the linking phrase the head may be, in tokens.
    var window = 18
    /// Tokens that end the clause the head must be in.
    private static let clauseBreaks: Set<String> = [".", ";", "!", "?", ":", "but", "while", "whereas", "although"]
    /// Head words that take a counted noun with "of" ("the number of people killed").
    private static let ofHeads: Set<String> = ["number", "count", "tally", "total", "figure", "toll"]

    init() {
        var links: [String: [[String]]] = [:]
        var puts: Set<String> = []
        var heads: [String: [Head]] = [:]
        for row in ResourceTable.rows("tolls", folder: "quantities") where row.count >= 2 {
            switch row[0] {
            case "link":
                for phrase in row[1].split(separator: "|") {
                    let words = phrase.split(separator: " ").map(String.init)
                    if let last = words.last { links[last, default: []].append(words) }
                }
            case "put":
                puts.formUnion(row[1].split(separator: "|").map(String.init))
            case "head" where row.count >= 3:
                let describes = row[1].isEmpty ? nil : row[1]
                for phrase in row[2].split(separator: "|") {
                    let words = phrase.split(separator: " ").map(String.init)
                    if let last = words.last { heads[last, default: []].append(Head(tokens: words, describes: describes)) }
                }
            default: break
            }
        }
        for key in links.keys { links[key]!.sort { $0.count > $1.count } }
        for key in heads.keys { heads[key]!.sort { $0.tokens.count > $1.tokens.count } }
        self.links = links
        putVerbs = puts
        self.heads = heads
    }

    /// What the number starting at token `start` describes, and the counted noun when the head names one
    /// ("number of people" → "people"); nil when no count is named before it.
    func count(_ tokens: [TextToken], before start: Int, lexicon: QuantityLexicon) -> (describes: String, unit: String?)? {
        guard start > 0 else { return nil }
        var linkStart: Int?
        var needsPut = false
        if let options = links[tokens[start - 1].lower] {
            for phrase in options where matches(tokens, phrase, endingAt: start) {
                linkStart = start - phrase.count
                break
            }
        }
        if linkStart == nil, tokens[start - 1].lower == "at" {
            linkStart = start - 1
            needsPut = true
        }
        guard let linkStart else { return nil }
        // the nearest head before the link, in the same clause
        var i = linkStart - 1
        let stop = max(0, linkStart - window)
        while i >= stop {
            let token = tokens[i]
            if CountBeforeNumber.clauseBreaks.contains(token.lower) { return nil }
            if let options = heads[token.lower] {
                for head in options where matches(tokens, head.tokens, endingAt: i + 1) {
                    let headStart = i + 1 - head.tokens.count
                    if needsPut, !(max(0, headStart - 3)..<headStart).contains(where: { putVerbs.contains(tokens[$0].lower) }) {
                        return nil
                    }
                    return resolve(tokens, head: head, start: headStart, end: i + 1, linkStart: linkStart, lexicon: lexicon)
                }
            }
            i -= 1
        }
        return nil
    }

    private func resolve(_ tokens: [TextToken], head: Head, start: Int, end: Int, linkStart: Int,
                         lexicon: QuantityLexicon) -> (describes: String, unit: String?)? {
        var unit: String?
        var k = end
        // "number of people …": the counted noun
        if CountBeforeNumber.ofHeads.contains(tokens[end - 1].lower), k + 1 < linkStart, tokens[k].lower == "of" {
            let noun = tokens[k + 1]
            if noun.kind == .word, !lexicon.stopWords.contains(noun.lower), !lexicon.describingWords.contains(noun.lower),
               lexicon.irregularPlurals.contains(noun.lower) || noun.lower.hasSuffix("s") {
                unit = noun.lower
                k += 2
            }
        }
        // a describing word after the head says what the count is ("confirmed dead", "killed")
        while k < linkStart {
            if lexicon.describingWords.contains(tokens[k].lower) { return (tokens[k].lower, unit) }
            k += 1
        }
        guard let describes = head.describes else { return nil }
        return (describes, unit)
    }

    private func matches(_ tokens: [TextToken], _ phrase: [String], endingAt end: Int) -> Bool {
        let start = end - phrase.count
        guard start >= 0 else { return false }
        for (offset, word) in phrase.enumerated() where tokens[start + offset].lower != word { return false }
        return true
    }
}
