import Model

/// Finds titled descriptions that can stand for a named person: "the Russian president", "the Russian leader",
/// "the President of Belarus", "the Kremlin spokesman" (determiner + optional demonym or place + role head).
struct DescriptionFinder: Sendable {
    let text: TokenizedText
    let lexicon: EntityLexicon

    func find() -> [NameCandidate] {
        let tokens = text.tokens
        var result: [NameCandidate] = []
        var k = 0
        while k + 1 < tokens.count {
            guard tokens[k].kind == .word, text.isToken(k, "the") || text.isToken(k, "The") else { k += 1; continue }
            var j = k + 1
            var place: String? = nil
            if tokens[j].kind == .word, let demonymPlace = lexicon.demonyms[text.string(j)] {
                place = demonymPlace; j += 1
            } else if tokens[j].kind == .word, tokens[j].isCapitalized,
                      lexicon.places.contains(text.string(j)) || lexicon.organizations.contains(text.string(j)),
                      j + 1 < tokens.count, tokens[j + 1].kind == .word, lexicon.roleHeads.contains(text.lower(j + 1)) {
                place = text.string(j); j += 1
            }
            guard j < tokens.count, tokens[j].kind == .word, tokens[j].paragraph == tokens[k].paragraph,
                  lexicon.roleHeads.contains(text.lower(j)) else { k += 1; continue }
            let head = text.lower(j)
            var end = j + 1
            // "the President of Belarus"
            if place == nil, end + 1 < tokens.count, text.isToken(end, "of"), tokens[end + 1].isCapitalized,
               lexicon.places.contains(text.string(end + 1)) {
                place = text.string(end + 1); end += 2
            }
            // followed by a name: a titled name, not a description
            if end < tokens.count, tokens[end].kind == .word, tokens[end].isCapitalized, tokens[end].paragraph == tokens[k].paragraph {
                k = end; continue
            }
            var candidate = NameCandidate(range: k..<end, label: .person, isName: false)
            candidate.descriptionHead = head
            candidate.descriptionPlace = place
            result.append(candidate)
            k = end
        }
        return result
    }
}
