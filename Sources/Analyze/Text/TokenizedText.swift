/// A text as UTF-8 bytes with its tokens; the shared input of the sentence, entity and quote analyzers.
struct TokenizedText: Sendable {
    let bytes: [UInt8]
    let tokens: [Token]

    init(_ text: String, tokenizer: Tokenizer = .shared) {
        bytes = Array(text.utf8)
        tokens = tokenizer.tokenize(bytes)
    }

    /// The text of token `index`.
    func string(_ index: Int) -> String {
        let token = tokens[index]
        return String(decoding: bytes[token.start..<token.end], as: UTF8.self)
    }

    /// The text of a byte range.
    func string(from start: Int, to end: Int) -> String {
        String(decoding: bytes[max(0, start)..<min(bytes.count, end)], as: UTF8.self)
    }

    /// The text of tokens `first...last`.
    func string(tokens first: Int, _ last: Int) -> String {
        string(from: tokens[first].start, to: tokens[last].end)
    }

    /// True when token `index` is exactly the ASCII string `ascii` (case-sensitive).
    func isToken(_ index: Int, _ ascii: StaticString) -> Bool {
        let token = tokens[index]
        let count = ascii.utf8CodeUnitCount
        guard token.end - token.start == count else { return false }
        return ascii.withUTF8Buffer { buffer in
            for k in 0..<count where bytes[token.start + k] != buffer[k] { return false }
            return true
        }
    }

    /// True when token `index` is the single punctuation character `character`.
    func isPunct(_ index: Int, _ character: Character) -> Bool {
        guard index >= 0, index < tokens.count else { return false }
        let token = tokens[index]
        return token.kind == .punctuation && token.scalar == character.unicodeScalars.first!.value
    }

    /// The lowercased text of token `index`.
    func lower(_ index: Int) -> String { string(index).lowercased() }
}
