import Model

/// Finds who said what: direct quotations (straight and curly marks, «», „“, ‘’, multi-paragraph, split and
/// headline quotes) and indirect speech ("X said (that) …", "according to X, …", "…, X warned"), each with a
/// cue, a speaker phrase resolved to an entity cluster when there is one (pronouns through their antecedent)
/// and a kind. Runs after ``EntityRecognizer``; unbalanced quotation marks never drop a document.
public struct QuoteExtractor: Analyzer {
    public let name = "quotes"
    let splitter: SentenceSplitter
    let lexicon: QuoteLexicon

    public init() {
        splitter = SentenceSplitter()
        lexicon = .shared
    }

    public func annotate(_ document: inout Document) {
        let text = TokenizedText(document.text)
        guard !text.tokens.isEmpty else { document.quotes = []; return }
        var run = QuoteExtraction(document: document, text: text, sentences: splitter.split(text), lexicon: lexicon)
        document.quotes = run.extract()
    }
}
