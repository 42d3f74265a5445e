/// Tells an input's format from its first bytes (already decompressed), with the file extension as a tie-breaker.
public enum FormatDetector {
    /// How many leading bytes ``detect(prefix:fileName:)`` looks at.
    public static let sniffLength = 8192

    /// Magic numbers of compressed or archive formats we do not read, with their names.
    public static let unsupportedCompressions: [(magic: [UInt8], name: String)] = [
        ([0x50, 0x4B, 0x03, 0x04], "zip"), ([0x42, 0x5A, 0x68], "bzip2"), ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "xz"),
        ([0x28, 0xB5, 0x2F, 0xFD], "zstd"), ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], "7-zip"),
    ]

    /// The name of an unsupported compression the bytes start with, if any.
    public static func unsupportedCompression(_ prefix: [UInt8]) -> String? {
        unsupportedCompressions.first { prefix.starts(with: $0.magic) }?.name
    }

    /// The format of a file, or nil when the bytes are binary.
    public static func detect(prefix: [UInt8], fileName: String, sources: InputSources = .standard) -> InputFormat? {
        source(prefix: prefix, fileName: fileName, sources: sources)?.format
    }

    /// The registered source that reads a file, or nil when the bytes are binary.
    public static func source(prefix: [UInt8], fileName: String, sources: InputSources = .standard) -> (any InputSource)? {
        var body = prefix[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if body.starts(with: [0xFF, 0xFE]) || body.starts(with: [0xFE, 0xFF]) {
            // UTF-16 with a BOM: markup or text, never WARC/JSON Lines.
            return looksLikeMarkup(ascii16(body.dropFirst(2), bigEndian: body.first == 0xFE)) ? HTMLSource() : TextSource()
        }
        if TextChecks.isBinary(body) { return nil }
        let trimmed = body.drop(while: { $0 == 32 || $0 == 9 || $0 == 10 || $0 == 13 })
        return sources.source(for: InputSniff(trimmed: trimmed, fileName: fileName))
    }

    static func isFeed(_ lowered: [UInt8]) -> Bool {
        var rest = lowered[...]
        if rest.starts(with: Array("<?xml".utf8)), let close = find(Array("?>".utf8), in: rest) {
            rest = rest[(close + 2)...]
        }
        // Skip comments, processing instructions and whitespace before the root element.
        while true {
            rest = rest.drop(while: { $0 == 32 || $0 == 9 || $0 == 10 || $0 == 13 })
            if rest.starts(with: Array("<!--".utf8)), let close = find(Array("-->".utf8), in: rest) {
                rest = rest[(close + 3)...]
            } else if rest.starts(with: Array("<?".utf8)), let close = find(Array("?>".utf8), in: rest) {
                rest = rest[(close + 2)...]
            } else if rest.starts(with: Array("<!doctype".utf8)),
                      !rest.dropFirst(9).drop(while: { $0 == 32 || $0 == 9 || $0 == 10 || $0 == 13 }).starts(with: Array("html".utf8)),
                      let close = FeedMarkupScanner.declarationEnd(rest) {
                rest = rest[(close + 1)...]  // RSS 0.91's <!DOCTYPE rss …>, with any internal subset
            } else {
                break
            }
        }
        return rest.starts(with: Array("<rss".utf8)) || rest.starts(with: Array("<feed".utf8))
            || rest.starts(with: Array("<rdf:rdf".utf8))
    }

    static func looksLikeMarkup(_ lowered: [UInt8]) -> Bool {
        for marker in ["<!doctype html", "<html", "<head", "<body", "<meta ", "<title>", "<article", "<div", "<p>"]
        where find(Array(marker.utf8), in: lowered[...]) != nil {
            return true
        }
        return false
    }

    static func firstLineIsJSONObject(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard let newline = bytes.firstIndex(of: 10) else {
            // A single record longer than the sniffed prefix, or a one-line file.
            return bytes.contains(UInt8(ascii: "\"")) && bytes.contains(UInt8(ascii: ":"))
        }
        let line = bytes[..<newline].reversed().drop(while: { $0 == 32 || $0 == 13 || $0 == 9 })
        return line.first == UInt8(ascii: "}")
    }

    private static func ascii16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> [UInt8] {
        var out = [UInt8]()
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let unit = bigEndian ? bytes[index + 1] : bytes[index]
            let high = bigEndian ? bytes[index] : bytes[index + 1]
            out.append(high == 0 ? (unit >= 65 && unit <= 90 ? unit + 32 : unit) : 0x3F)
            index += 2
        }
        return out
    }

    static func find(_ needle: [UInt8], in haystack: ArraySlice<UInt8>) -> Int? {
        guard let first = needle.first, haystack.count >= needle.count else { return nil }
        var index = haystack.startIndex
        let last = haystack.endIndex - needle.count
        while index <= last {
            if haystack[index] == first && haystack[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
