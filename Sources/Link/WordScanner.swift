/// Lower-cased words of a text with their UTF-8 byte spans (letters and non-ASCII bytes; digits end a word).
enum WordScanner {
    struct Word { var text: String; var start: Int; var end: Int }

    static func words(_ text: String) -> [Word] {
        var result: [Word] = []
        let bytes = Array(text.utf8)
        var start: Int?
        func flush(_ end: Int) {
            guard let s = start else { return }
            start = nil
            result.append(Word(text: String(decoding: bytes[s..<end], as: UTF8.self).lowercased(), start: s, end: end))
        }
        for (offset, byte) in bytes.enumerated() {
            let isLetter = (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) || byte >= 128
            if isLetter { if start == nil { start = offset } } else { flush(offset) }
        }
        flush(bytes.count)
        return result
    }
}
