import Foundation

/// Splits the first run of a one-line page (up to its first sentence end) where a headline, photo captions or story
/// highlights were glued to the lead sentence without punctuation ("Ferry service hampered by storms The harbour
/// is closed to boats Thousands of travellers were stranded on Sunday, the operator said."). A glue point is a word
/// that opens sentences (`openers`: "The", "A", "Thousands", "He") written right after a word that ends in a
/// lower-case letter, a digit or a closing quote and is not a function word ("of The Times", "told The Associated
/// Press"). The first piece is a heading, the pieces between it and the lead are captions, the last piece is the lead.
/// A common word starting a caption ("blockages Makeshift camps are…") is not a glue point: without a lexicon it
/// cannot be told from a one-time name ("two Democratic lawmakers"), which would cut a real sentence.
struct LeadRunSplitter {
    struct Split {
        /// The headline (or headline and caption) before the first glue point, kept as a line of its own.
        var heading: String
        /// The pieces between the heading and the lead.
        var captions: [String]
        /// The lead sentence and everything after it.
        var rest: String
    }

    let rules: InlineDebrisRules.LeadRun

    init(rules: InlineDebrisRules.LeadRun = InlineDebrisRules.shared.leadRun) {
        self.rules = rules
    }

    func split(_ text: String) -> Split? {
        guard let runEnd = firstSentenceEnd(text) else { return nil }
        let run = text[..<runEnd]
        let words = run.split(separator: " ", omittingEmptySubsequences: true)
        guard words.count >= rules.minimumLeadWords + rules.minimumHeadingWords else { return nil }
        var glue: [Int] = []
        for index in 1..<(words.count - 1) where isGlue(words[index - 1], words[index]) {
            glue.append(index)
        }
        guard !glue.isEmpty else { return nil }
        var pieces: [ArraySlice<Substring>] = []
        var start = 0
        for index in glue {
            pieces.append(words[start..<index])
            start = index
        }
        pieces.append(words[start...])
        guard let heading = pieces.first, let lead = pieces.last,
              lead.count >= rules.minimumLeadWords,
              (rules.minimumHeadingWords...rules.maximumHeadingWords).contains(heading.count),
              pieces.dropFirst().dropLast().allSatisfy({ $0.count <= rules.maximumCaptionWords })
        else { return nil }
        let leadStart = lead.first!.startIndex
        return Split(heading: heading.joined(separator: " "),
                     captions: pieces.dropFirst().dropLast().map { $0.joined(separator: " ") },
                     rest: String(text[leadStart...]))
    }

    /// The end of the first sentence (after `. ! ?` and closing quotes, before white space) within `reach`.
    func firstSentenceEnd(_ text: String) -> String.Index? {
        var count = 0
        var index = text.startIndex
        while index < text.endIndex, count < rules.reach {
            let character = text[index]
            if character == "." || character == "!" || character == "?" {
                var after = text.index(after: index)
                while after < text.endIndex, "\"'”’)".contains(text[after]) { after = text.index(after: after) }
                if after == text.endIndex || text[after] == " " { return after }
            }
            index = text.index(after: index)
            count += 1
        }
        return nil
    }

    func isGlue(_ previous: Substring, _ word: Substring) -> Bool {
        guard let last = previous.last, last.isLowercase || last.isNumber || "'`’\"".contains(last) else { return false }
        let bare = previous.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "'`’\""))
        if rules.notBefore.contains(bare) { return false }
        guard LeadRunSplitter.isCapitalisedWord(word), !rules.notGlue.contains(String(word)) else { return false }
        return rules.openers.contains(String(word))
    }

    /// "Makeshift", "Port-au-Prince", "A": a capital and then lower-case letters (hyphenated parts allowed).
    static func isCapitalisedWord(_ word: Substring) -> Bool {
        if word == "A" { return true }
        guard let first = word.unicodeScalars.first, first.properties.isUppercase, word.count >= 2 else { return false }
        var previousHyphen = false
        for (offset, scalar) in word.unicodeScalars.enumerated() where offset > 0 {
            if scalar == "-" {
                if previousHyphen { return false }
                previousHyphen = true
                continue
            }
            guard scalar.properties.isAlphabetic else { return false }
            if !previousHyphen && scalar.properties.isUppercase { return false }
            previousHyphen = false
        }
        return !previousHyphen
    }
}
