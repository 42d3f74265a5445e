import Foundation

/// Brings a feed's bytes to UTF-8 before scanning: a UTF-16 or UTF-8 byte-order mark, else the encoding its XML
/// declaration names (`<?xml version="1.0" encoding="ISO-8859-1"?>`). Encodings Foundation cannot convert are left as
/// they are (their bytes then read as UTF-8 with replacement characters).
enum FeedEncoding {
    static func utf8(_ bytes: [UInt8]) -> [UInt8] {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return Array(bytes.dropFirst(3)) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return String(data: Data(bytes), encoding: .utf16).map { Array($0.utf8) } ?? bytes
        }
        guard let label = declaredEncoding(bytes), let encoding = foundationEncoding(label), encoding != .utf8 else { return bytes }
        return String(data: Data(bytes), encoding: encoding).map { Array($0.utf8) } ?? bytes
    }

    /// The `encoding` of the XML declaration, lowercased.
    static func declaredEncoding(_ bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(200), as: UTF8.self)
        guard head.hasPrefix("<?xml"), let close = head.range(of: "?>") else { return nil }
        let declaration = head[..<close.lowerBound]
        guard let key = declaration.range(of: "encoding") else { return nil }
        let rest = declaration[key.upperBound...].drop { $0 == " " || $0 == "=" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        return String(rest.dropFirst().prefix { $0 != quote }).lowercased()
    }

    static func foundationEncoding(_ label: String) -> String.Encoding? {
        switch CharsetLabels.normalize(label) {
        case "utf-8", "utf8", "us-ascii", "ascii": return .utf8
        case "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "l1": return .isoLatin1
        case "windows-1252", "cp1252", "x-cp1252": return .windowsCP1252
        case "iso-8859-2", "latin2": return .isoLatin2
        case "windows-1250", "cp1250": return .windowsCP1250
        case "windows-1251", "cp1251": return .windowsCP1251
        case "windows-1253": return .windowsCP1253
        case "windows-1254": return .windowsCP1254
        case "macintosh", "mac", "x-mac-roman": return .macOSRoman
        case "shift_jis", "shift-jis", "sjis", "windows-31j", "ms_kanji": return .shiftJIS
        case "euc-jp": return .japaneseEUC
        case "iso-2022-jp": return .iso2022JP
        case "utf-16", "utf-16le", "utf-16be", "unicode", "ucs-2": return .utf16
        default: return nil
        }
    }
}
