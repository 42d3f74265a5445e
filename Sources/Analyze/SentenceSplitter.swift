import Model

/// Splits a document into sentences, robust to news text: abbreviations ("U.S.", "Gen.", "Jan."), initials,
/// closing quotation marks after the final period, bullets, headings and one-line paragraphs.
///
/// Every line break ends a sentence (a paragraph is one line or a block of lines); inside a line a sentence
/// ends at `.`, `!`, `?` or `…` (plus closing quotes and brackets) before a capitalised word, a number, an
/// opening quotation mark or a bullet.
public struct SentenceSplitter: Analyzer {
    public let name = "sentences"
    let starters: Set<String>
    let tokenizer: Tokenizer

    public init() {
        tokenizer = .shared
        starters = WordList.set("text/sentence-starters.txt")
    }

    public func annotate(_ document: inout Document) {
        let text = TokenizedText(document.text, tokenizer: tokenizer)
        document.sentences = split(text).map { range in
            Sentence(span: Span(text.tokens[range.lowerBound].start, text.tokens[range.upperBound - 1].end),
                     paragraph: text.tokens[range.lowerBound].paragraph)
        }
    }

    /// Sentences as token index ranges.
    func split(_ text: TokenizedText) -> [Range<Int>] {
        let tokens = text.tokens
        var result: [Range<Int>] = []
        var start = 0
        var i = 0
        while i < tokens.count {
            let token = tokens[i]
            if i + 1 < tokens.count && tokens[i + 1].paragraph != token.paragraph {
                result.append(start..<(i + 1)); start = i + 1; i += 1; continue
            }
            var isEnd = false
            if token.kind == .punctuation, token.scalar == 0x2E || token.scalar == 0x21 || token.scalar == 0x3F
                || token.scalar == 0x2026 {
                isEnd = true
            } else if token.kind == .word, text.bytes[token.end - 1] == 0x2E, token.end - token.start > 1 {
                // a word token carrying its period: an abbreviation, an initial or "U.S."
                let word = text.string(i)
                if tokenizer.finalAbbreviations.contains(word) || (word.count > 2 && word.hasSuffix(".") && word.dropLast().contains(".")
                    && !tokenizer.abbreviations.contains(word)) {
                    if i + 1 < tokens.count, tokens[i + 1].kind == .word, starters.contains(text.string(i + 1)) {
                        isEnd = true
                    }
                }
            }
            if isEnd {
                // absorb closing quotes, brackets and further final marks
                var j = i + 1
                while j < tokens.count, tokens[j].paragraph == token.paragraph,
                      (tokens[j].kind == .quoteMark && !tokens[j].spaceBefore) || (tokens[j].kind == .punctuation
                        && (tokens[j].scalar == 0x29 || tokens[j].scalar == 0x5D || tokens[j].scalar == 0x2E
                            || tokens[j].scalar == 0x21 || tokens[j].scalar == 0x3F)) {
                    j += 1
                }
                if j >= tokens.count || tokens[j].paragraph != token.paragraph {
                    result.append(start..<j) // the line break closes it
                    start = j; i = j; continue
                }
                let next = tokens[j]
                let startsSentence = next.isCapitalized || next.kind == .number
                    || (next.kind == .quoteMark && next.spaceBefore)
                    || (next.kind == .punctuation && (next.scalar == 0x2022 || next.scalar == 0x2014 || next.scalar == 0x28))
                if startsSentence && (next.spaceBefore || next.isCapitalized) {
                    result.append(start..<j)
                    start = j
                }
                i = j
                continue
            }
            i += 1
        }
        if start < tokens.count { result.append(start..<tokens.count) }
        return result
    }
}
