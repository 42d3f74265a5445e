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
                else if lexicon.givenNames.contains(word) || lexicon.surnames.contains(word) { label = .person }
                else if placePrepositions.contains(previous) { label = .place }
                else { label = .other }
            } else {
                if cues[next] != nil || lexicon.surnames.contains(words.last!) { label = .person }
                else if placePrepositions.contains(previous) && lexicon.places.contains(words.last!) { label = .place }
                else if words.count == 2, !words.contains(where: { lexicon.connectors.contains($0) }),
                        singles.contains(words[1]) || words[1].contains("-") || lexicon.givenNames.contains(words[0]) { label = .person }
                else { label = .organization }
            }
            candidates[index].label = label
        }
    }
}
