import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Turns raw page bytes into UTF-8: BOM, then valid UTF-8 with non-ASCII content (a declaration that lies about
/// UTF-8 pages is overruled), then the HTTP charset, then the `<meta>` charset, then detection among the common
/// legacy encodings (windows-1251 / KOI8-R for Cyrillic, windows-1252 otherwise). Conversion uses iconv.
struct CharsetDecoder: Sendable {
    /// The result: UTF-8 bytes and the encoding used.
    struct Decoded {
        var utf8: [UInt8]
        var encoding: String
    }

    func decode(_ bytes: [UInt8], httpCharset: String? = nil) -> Decoded {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            return Decoded(utf8: Array(bytes[3...]), encoding: "utf-8")
        }
        if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE {
            return Decoded(utf8: convert(Array(bytes[2...]), from: "UTF-16LE") ?? [], encoding: "utf-16le")
        }
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF {
            return Decoded(utf8: convert(Array(bytes[2...]), from: "UTF-16BE") ?? [], encoding: "utf-16be")
        }
        let (valid, hasNonASCII) = CharsetDecoder.validateUTF8(bytes)
        if valid && hasNonASCII { return Decoded(utf8: bytes, encoding: "utf-8") }
        var declared: [String] = []
        if let httpCharset { declared.append(httpCharset) }
        if let meta = CharsetDecoder.metaCharset(bytes) { declared.append(meta) }
        if valid { return Decoded(utf8: bytes, encoding: "utf-8") }  // pure ASCII
        for name in declared {
            let normalized = CharsetDecoder.normalize(name)
            if normalized == "UTF-8" { continue }  // declared UTF-8 but invalid: the declaration lies
            if let converted = convert(bytes, from: normalized), CharsetDecoder.plausible(converted) {
                return Decoded(utf8: converted, encoding: normalized.lowercased())
            }
        }
        let guess = CharsetDecoder.guessLegacy(bytes)
        if let converted = convert(bytes, from: guess) { return Decoded(utf8: converted, encoding: guess.lowercased()) }
        return Decoded(utf8: Array(String(decoding: bytes, as: UTF8.self).utf8), encoding: "utf-8")
    }

    /// Checks UTF-8 validity; also reports whether any non-ASCII byte occurs.
    static func validateUTF8(_ bytes: [UInt8]) -> (valid: Bool, nonASCII: Bool) {
        var index = 0
        var nonASCII = false
        let count = bytes.count
        return bytes.withUnsafeBufferPointer { buffer -> (Bool, Bool) in
            while index < count {
                let byte = buffer[index]
                if byte < 0x80 { index += 1; continue }
                nonASCII = true
                var need = 0
                if byte & 0xE0 == 0xC0 { need = 1; if byte < 0xC2 { return (false, true) } }
                else if byte & 0xF0 == 0xE0 { need = 2 }
                else if byte & 0xF8 == 0xF0 { need = 3; if byte > 0xF4 { return (false, true) } }
                else { return (false, true) }
                if index + need >= count { return (false, true) }
                for offset in 1...need where buffer[index + offset] & 0xC0 != 0x80 { return (false, true) }
                index += need + 1
            }
            return (true, nonASCII)
        }
    }

    /// The charset named in a `<meta charset>` or `<meta http-equiv content="…charset=…">` in the first 16 KB.
    static func metaCharset(_ bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(16_384), as: UTF8.self).lowercased()
        var searchStart = head.startIndex
        while let range = head.range(of: "charset", range: searchStart..<head.endIndex) {
            searchStart = range.upperBound
            var index = range.upperBound
            while index < head.endIndex, head[index] == " " { index = head.index(after: index) }
            guard index < head.endIndex, head[index] == "=" else { continue }
            index = head.index(after: index)
            while index < head.endIndex, head[index] == " " || head[index] == "\"" || head[index] == "'" {
                index = head.index(after: index)
            }
            var name = ""
            while index < head.endIndex, name.count < 40,
                  head[index].isLetter || head[index].isNumber || head[index] == "-" || head[index] == "_" || head[index] == ":" {
                name.append(head[index])
                index = head.index(after: index)
            }
            if !name.isEmpty { return name }
        }
        return nil
    }

    /// Maps a declared charset label to an iconv name (ISO-8859-1 and ASCII read as windows-1252, as browsers do).
    static func normalize(_ label: String) -> String {
        let lower = label.lowercased().trimmingCharacters(in: .whitespaces)
        switch lower {
        case "utf-8", "utf8", "unicode-1-1-utf-8": return "UTF-8"
        case "iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii", "windows-1252", "cp1252", "iso8859-1",
             "iso_8859-1", "l1": return "WINDOWS-1252"
        case "windows-1251", "cp1251", "win-1251": return "WINDOWS-1251"
        case "koi8-r", "koi8r": return "KOI8-R"
        case "koi8-u": return "KOI8-U"
        case "gb2312", "gbk", "x-gbk": return "GBK"
        case "shift_jis", "sjis", "x-sjis": return "SHIFT_JIS"
        default: return lower.uppercased()
        }
    }

    /// Converted text is plausible when it has few control characters.
    static func plausible(_ utf8: [UInt8]) -> Bool {
        var controls = 0
        for byte in utf8 where byte < 32 && byte != 9 && byte != 10 && byte != 13 { controls += 1 }
        return controls * 100 <= utf8.count
    }

    /// Guesses between windows-1251, KOI8-R and windows-1252 from the high-byte distribution.
    static func guessLegacy(_ bytes: [UInt8]) -> String {
        var high = 0
        var cp1251Lower = 0  // 0xE0–0xFF: lower-case Cyrillic in windows-1251 (upper-case in KOI8-R)
        var cp1251Upper = 0  // 0xC0–0xDF: upper-case in windows-1251 (lower-case in KOI8-R)
        var latinSymbols = 0
        for byte in bytes where byte >= 0x80 {
            high += 1
            if byte >= 0xE0 { cp1251Lower += 1 } else if byte >= 0xC0 { cp1251Upper += 1 } else { latinSymbols += 1 }
        }
        guard high > 20 else { return "WINDOWS-1252" }
        // Cyrillic text is mostly letters in 0xC0–0xFF; Latin text with accents has far fewer high bytes per word.
        let letters = cp1251Lower + cp1251Upper
        let asciiLetters = bytes.reduce(0) { $0 + (($1 | 0x20) >= 97 && ($1 | 0x20) <= 122 ? 1 : 0) }
        guard letters > asciiLetters / 2 else { return "WINDOWS-1252" }
        return cp1251Lower >= cp1251Upper ? "WINDOWS-1251" : "KOI8-R"
    }

    func convert(_ bytes: [UInt8], from encoding: String) -> [UInt8]? {
        CharsetDecoder.iconvConvert(bytes, from: encoding, to: "UTF-8")
    }
}

extension CharsetDecoder {
    /// Encodes UTF-8 text into another encoding (for tests and fixtures).
    func convertFromUTF8(_ text: String, to encoding: String) -> [UInt8]? {
        let descriptor = iconv_open(encoding, "UTF-8")
        guard descriptor != iconv_t(bitPattern: -1) else { return nil }
        iconv_close(descriptor)
        return Self.iconvConvert(Array(text.utf8), from: "UTF-8", to: encoding)
    }

    static func iconvConvert(_ bytes: [UInt8], from source: String, to target: String) -> [UInt8]? {
        let descriptor = iconv_open(target, source)
        guard descriptor != iconv_t(bitPattern: -1), !bytes.isEmpty else { return bytes.isEmpty ? [] : nil }
        defer { iconv_close(descriptor) }
        var input = bytes
        var output = [UInt8](repeating: 0, count: bytes.count * 4 + 16)
        var produced = 0
        input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuffer.baseAddress!)
                    .assumingMemoryBound(to: CChar.self)
                var inLeft = inBuffer.count
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress!)
                    .assumingMemoryBound(to: CChar.self)
                var outLeft = outBuffer.count
                while inLeft > 0 {
                    if iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft) == -1 {
                        if errno == E2BIG { break }
                        inPointer = inPointer! + 1  // skip one unconvertible byte
                        inLeft -= 1
                    }
                }
                produced = outBuffer.count - outLeft
            }
        }
        return Array(output[0..<produced])
    }
}
