import Foundation

/// The character-encoding labels Storyline accepts (WHATWG encoding labels that pages use in practice), and
/// finding the one an HTML page declares.
public enum CharsetLabels {
    /// Lowercased labels, grouped by encoding. A page declaring any other label is rejected as unknown.
    public static let known: Set<String> = [
        // UTF-8 / ASCII
        "utf-8", "utf8", "unicode-1-1-utf-8", "us-ascii", "ascii", "ansi_x3.4-1968", "iso646-us",
        // UTF-16
        "utf-16", "utf-16le", "utf-16be", "unicode", "ucs-2",
        // Latin / Windows single-byte
        "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "l1", "cp819", "windows-1252", "cp1252", "x-cp1252",
        "iso-8859-2", "latin2", "windows-1250", "cp1250", "iso-8859-3", "iso-8859-4", "iso-8859-5",
        "iso-8859-6", "iso-8859-7", "greek", "iso-8859-8", "iso-8859-8-i", "hebrew", "iso-8859-9", "latin5",
        "iso-8859-10", "iso-8859-13", "iso-8859-14", "iso-8859-15", "latin9", "latin-9", "iso-8859-16",
        "windows-1251", "cp1251", "windows-1253", "windows-1254", "windows-1255", "windows-1256",
        "windows-1257", "windows-1258", "windows-874", "tis-620", "koi8-r", "koi8-u", "koi8", "macintosh",
        "mac", "x-mac-roman", "x-mac-cyrillic", "ibm866", "cp866",
        // East Asian
        "gbk", "gb2312", "gb18030", "x-gbk", "big5", "big5-hkscs", "euc-jp", "shift_jis", "shift-jis", "sjis",
        "ms_kanji", "windows-31j", "iso-2022-jp", "euc-kr", "ks_c_5601-1987", "windows-949",
    ]

    /// True when the label (case and surrounding quotes/space ignored) names an encoding we can read.
    public static func isKnown(_ label: String) -> Bool {
        known.contains(normalize(label))
    }

    /// Lowercased, without quotes and surrounding whitespace.
    public static func normalize(_ label: String) -> String {
        label.trimmingCharacters(in: .init(charactersIn: " \t\"'")).lowercased()
    }

    /// The `charset=` parameter of a Content-Type value.
    public static func charset(inContentType value: String) -> String? {
        let lowered = value.lowercased()
        guard let range = lowered.range(of: "charset=") else { return nil }
        let rest = value[range.upperBound...]
        let label = rest.prefix(while: { $0 != ";" && $0 != " " && $0 != "," })
        let cleaned = normalize(String(label))
        return cleaned.isEmpty ? nil : cleaned
    }

    /// The charset a page declares in `<meta charset>` or `<meta http-equiv=Content-Type>` within its first 16 KB.
    public static func declaredInMeta(_ bytes: [UInt8]) -> String? {
        let head = bytes.prefix(16384).map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
        var searchFrom = head.startIndex
        let marker = Array("<meta".utf8)
        while let meta = FormatDetector.find(marker, in: head[searchFrom...]) {
            let tagEnd = head[meta...].firstIndex(of: UInt8(ascii: ">")) ?? head.endIndex
            let tag = String(decoding: head[meta..<tagEnd], as: UTF8.self)
            if let range = tag.range(of: "charset=") {
                let rest = tag[range.upperBound...].drop(while: { $0 == "\"" || $0 == "'" || $0 == " " })
                let label = rest.prefix(while: { !"\"' ;/>".contains($0) })
                if !label.isEmpty { return String(label) }
            }
            searchFrom = tagEnd
        }
        return nil
    }
}
