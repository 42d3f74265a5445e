/// Finds the speaker turns of a broadcast transcript flattened into article text: an uppercase label ending in a
/// colon right after a sentence end ("… the future. BARACK OBAMA, PRESIDENT OF THE UNITED STATES: What's needed …"),
/// in full ("NAME, ROLE:") or as a surname that repeats a full label ("OBAMA:"). A text is a transcript only when it
/// holds at least two full labels, so a lone "NEW:" or "UPDATE:" in a news page is never a turn. Each turn runs to the
/// next label. The turns of the outlet's own staff (roles in `quotes/transcript-labels.txt`) and of speakers never
/// introduced in full are marked own voice.
struct TranscriptTurnFinder: Sendable {
    let text: TokenizedText
    let ownVoiceRoles: Set<String>
    let unnamedWords: Set<String>
    /// Most tokens a label may have, colon excluded ("MARCO VICENZINO, FOUNDER AND DIRECTOR, GLOBAL STRATEGY PROJECT").
    let longestLabel = 20

    static let labelWords: [[String]] = {
        let rows = WordList.rows("quotes/transcript-labels.txt").filter { $0.count >= 2 }
        precondition(!rows.isEmpty, "quotes/transcript-labels.txt is missing or empty")
        return rows
    }()

    init(text: TokenizedText) {
        self.text = text
        ownVoiceRoles = Set(Self.labelWords.filter { $0[1] == "own-voice" }.map { $0[0].uppercased() })
        unnamedWords = Set(Self.labelWords.filter { $0[1] == "unnamed" }.map { $0[0].uppercased() })
    }

    private var tokens: [Token] { text.tokens }

    /// A label found in the text: its tokens up to the colon, the name part, and whether it has a role.
    private struct Label {
        var start: Int
        var colon: Int
        var name: Range<Int>
        var role: Range<Int>?
    }

    /// The turns of the text in order; empty when the text is no transcript.
    func turns() -> [TranscriptTurn] {
        var labels: [Label] = []
        var k = 0
        while k < tokens.count {
            if opensTurn(k), let label = label(at: k) {
                labels.append(label)
                k = label.colon + 1
            } else {
                k += 1
            }
        }
        let full = labels.filter { $0.role != nil && wordCount($0.name) >= 2 }
        guard full.count >= 2 else { return [] }
        var result: [TranscriptTurn] = []
        for (index, label) in labels.enumerated() {
            let contentEnd = index + 1 < labels.count ? labels[index + 1].start : tokens.count
            let content = (label.colon + 1)..<contentEnd
            let own = label.start..<label.colon
            guard !content.isEmpty, wordCount(content) >= 2 else { continue }
            if unnamedWords.contains(text.string(label.name.lowerBound).uppercased()) {
                result.append(TranscriptTurn(label: own, name: nil, colon: label.colon, content: content, speakerName: nil, ownVoice: false))
                continue
            }
            // a surname label takes the full label with that last name word (the nearest one before it, else after it)
            let introduced: Label?
            if label.role != nil, wordCount(label.name) >= 2 {
                introduced = label
            } else {
                let surname = lastWord(label.name)
                let matching = full.filter { lastWord($0.name) == surname }
                introduced = matching.last(where: { $0.start < label.start }) ?? matching.first
            }
            guard let introduced, let role = introduced.role else {
                result.append(TranscriptTurn(label: own, name: nil, colon: label.colon, content: content, speakerName: nil, ownVoice: true))
                continue
            }
            let ownVoice = role.contains { tokens[$0].kind == .word && ownVoiceRoles.contains(text.string($0).uppercased()) }
            result.append(TranscriptTurn(label: own, name: introduced.name, colon: label.colon, content: content,
                                         speakerName: ordinaryCase(introduced.name), ownVoice: ownVoice))
        }
        return result
    }

    /// A label can open at the text start, a paragraph start, or after a sentence end, a closing bracket or quote mark.
    private func opensTurn(_ k: Int) -> Bool {
        guard isLabelWord(k), tokens[k].isAllCaps else { return false }
        if k == 0 || tokens[k - 1].paragraph != tokens[k].paragraph { return true }
        let previous = tokens[k - 1]
        if previous.kind == .quoteMark { return true }
        guard previous.kind == .punctuation else { return false }
        return [0x2E, 0x21, 0x3F, 0x2026, 0x29, 0x5D, 0x2D, 0x2014].contains(previous.scalar)
    }

    /// An uppercase word of a label: "LEWANDOWSKI", "U.S.", a single capital ("A"), or a possessive "'S".
    private func isLabelWord(_ k: Int) -> Bool {
        let token = tokens[k]
        guard token.kind == .word else { return false }
        if token.isAllCaps { return true }
        if token.scalar == 0x27 { return text.string(k).hasSuffix("S") }
        return token.isCapitalized && token.end - token.start == 1
    }

    /// The label starting at `start`: uppercase words, commas and in-name punctuation, with parenthesised notes
    /// ("(via translator)") allowed after the name, ending in a colon within `longestLabel` tokens.
    private func label(at start: Int) -> Label? {
        var k = start
        var firstComma: Int? = nil
        var nameEnd: Int? = nil
        while k < tokens.count, k - start <= longestLabel, tokens[k].paragraph == tokens[start].paragraph {
            let token = tokens[k]
            if token.kind == .punctuation {
                switch token.scalar {
                case 0x3A:
                    guard k > start else { return nil }
                    let name = start..<(firstComma ?? nameEnd ?? k)
                    let role = firstComma.map { ($0 + 1)..<(nameEnd ?? k) }
                    return Label(start: start, colon: k, name: name, role: role)
                case 0x2C:
                    if firstComma == nil { firstComma = k }
                case 0x28:
                    // a note in brackets ("(via translator)", "(on camera)") after the name or role
                    guard k > start, let close = (k..<min(tokens.count, k + 8)).first(where: { text.isPunct($0, ")") }) else { return nil }
                    if nameEnd == nil { nameEnd = k }
                    k = close
                case 0x2E, 0x2D, 0x26, 0x2F:
                    break
                default:
                    return nil
                }
            } else if !isLabelWord(k) || nameEnd != nil {
                return nil
            }
            k += 1
        }
        return nil
    }

    private func wordCount(_ range: Range<Int>) -> Int {
        range.reduce(0) { $0 + (tokens[$1].kind == .word || tokens[$1].kind == .number ? 1 : 0) }
    }

    private func lastWord(_ range: Range<Int>) -> String {
        guard let k = range.last(where: { tokens[$0].kind == .word && tokens[$0].scalar != 0x27 }) else { return "" }
        return text.string(k).uppercased()
    }

    /// "NICK LEWANDOWSKI" -> "Nick Lewandowski", "O'CONNOR" -> "O'Connor", "EL-ERIAN" -> "El-Erian".
    private func ordinaryCase(_ range: Range<Int>) -> String {
        let raw = text.string(tokens: range.lowerBound, range.upperBound - 1)
        var result = ""
        var capitalNext = true
        for character in raw {
            result += capitalNext ? character.uppercased() : character.lowercased()
            capitalNext = !character.isLetter
        }
        return result
    }
}
