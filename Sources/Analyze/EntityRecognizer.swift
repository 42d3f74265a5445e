import Model

/// Finds people, organisations, places and other named things with their in-document aliases: names from
/// capitalisation, context and word lists (``NameFinder``), titled descriptions (``DescriptionFinder``), then
/// one cluster per entity (``AliasResolver``). Titled mentions keep their role ("Kremlin spokesman").
public struct EntityRecognizer: Analyzer {
    public let name = "entities"
    let splitter: SentenceSplitter
    let lexicon: EntityLexicon

    public init() {
        splitter = SentenceSplitter()
        lexicon = .shared
    }

    public func annotate(_ document: inout Document) {
        let text = TokenizedText(document.text)
        guard !text.tokens.isEmpty else { document.entities = []; document.entityClusters = []; return }
        let sentences = splitter.split(text)
        var candidates = NameFinder(text: text, sentences: sentences, lexicon: lexicon).find()
        typeUndecided(&candidates, text)
        candidates += DescriptionFinder(text: text, lexicon: lexicon).find()
        let (mentions, clusters) = AliasResolver(text: text, lexicon: lexicon).resolve(candidates)
        document.entities = mentions
        document.entityClusters = clusters
    }

    /// Types the names their own words left undecided, from the rest of the document and the nearby words.
    func typeUndecided(_ candidates: inout [NameCandidate], _ text: TokenizedText) {
        var personWords = Set<String>()
        var singles = Set<String>()
        for candidate in candidates where candidate.range.count == 1 { singles.insert(text.string(candidate.range.lowerBound)) }
        for candidate in candidates where candidate.label == .person && candidate.range.count >= 2 {
            personWords.insert(text.string(candidate.range.upperBound - 1))
            personWords.insert(text.string(candidate.range.lowerBound))
        }
        let cues = QuoteLexicon.shared.cueVerbs
        let placePrepositions: Set<String> = ["in", "at", "from", "near", "across", "to", "into", "outside", "inside"]
        for index in candidates.indices where candidates[index].label == nil {
            let range = candidates[index].range
            let words = range.map { text.string($0) }
            let next = range.upperBound < text.tokens.count ? text.string(range.upperBound) : ""
            let previous = range.lowerBound > 0 ? text.string(range.lowerBound - 1) : ""
            var label: EntityLabel
            if words.count == 1 {
                let word = words[0]
                if personWords.contains(word) { label = .person }
                else if lexicon.places.contains(word) { label = .place }
                else if lexicon.organizations.contains(word) { label = .organization }
                else if cues[next] != nil { label = .person }
                else if lexicon.givenNames.contains(word) || lexicon.surnames.contains(word) || lexicon.hasShape(word, "surname") { label = .person }
                else if placePrepositions.contains(previous) { label = .place }
                else { label = .other }
            } else {
                if cues[next] != nil || lexicon.surnames.contains(words.last!) { label = .person }
                else if placePrepositions.contains(previous) && lexicon.places.contains(words.last!) { label = .place }
                else if words.count == 2, !words.contains(where: { lexicon.connectors.contains($0) }),
                        singles.contains(words[1]) || words[1].contains("-") || lexicon.givenNames.contains(words[0])
                        || previous == "'s" || previous == "’s" || appositive(after: range, text) { label = .person }
                else { label = .organization }
            }
            candidates[index].label = label
        }
        retypeAgentPlaces(&candidates, text)
    }

    /// "Smith, 34," / "Smith, who …" / "Smith, a …": an appositive after a two-word name marks a person.
    private func appositive(after range: Range<Int>, _ text: TokenizedText) -> Bool {
        let k = range.upperBound
        guard k + 1 < text.tokens.count, text.isPunct(k, ",") else { return false }
        let next = text.tokens[k + 1]
        return next.kind == .number || ["who", "a", "an", "the"].contains(text.string(k + 1))
    }

    /// A country acting as a government or team ("Sweden beat Belgium", "against Panama") is an organisation:
    /// a place name whose mentions are often agents is relabelled ORG in every mention.
    private func retypeAgentPlaces(_ candidates: inout [NameCandidate], _ text: TokenizedText) {
        var total: [String: Int] = [:], agent: [String: Int] = [:]
        for candidate in candidates where candidate.label == .place {
            let name = text.string(tokens: candidate.range.lowerBound, candidate.range.upperBound - 1)
            total[name, default: 0] += 1
            var next = candidate.range.upperBound
            if next < text.tokens.count, text.tokens[next].kind == .word, text.tokens[next].scalar == 0x27 { next += 1 }
            let previous = candidate.range.lowerBound > 0 ? text.string(candidate.range.lowerBound - 1) : ""
            let follows = next < text.tokens.count && !text.tokens[next].isCapitalized && lexicon.agentVerbs.contains(text.string(next))
            if follows || ["against", "beat", "defeated", "vs", "vs.", "versus"].contains(previous) { agent[name, default: 0] += 1 }
        }
        for index in candidates.indices where candidates[index].label == .place {
            let name = text.string(tokens: candidates[index].range.lowerBound, candidates[index].range.upperBound - 1)
            if let count = agent[name], count >= 2, Double(count) >= Double(total[name] ?? 1) / 3 {
                candidates[index].label = .organization
            }
        }
    }
}
