/// Checks an article's bytes before extraction and normalises plain text to UTF-8.
public enum ContentValidator {
    /// Validates raw article content. HTML passes when it is not binary and any encoding it declares is known
    /// (the extractor decodes it, replacing bad sequences); plain text must be UTF-8 or UTF-16 with a BOM and
    /// is returned as UTF-8.
    public static func validate(_ bytes: [UInt8], kind: RawArticle.ContentKind, httpCharset: String?) throws -> [UInt8] {
        let hasUTF16BOM = bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
        if !hasUTF16BOM && TextChecks.isBinary(bytes.prefix(FormatDetector.sniffLength)) { throw IngestError.binary }
        let bytes = hasUTF16BOM ? bytes : TextChecks.withoutNULs(bytes)
        if bytes.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 10 || $0 == 13 }) { throw IngestError.empty }
        switch kind {
        case .html:
            if let label = httpCharset, !CharsetLabels.isKnown(label) { throw IngestError.unknownEncoding(label) }
            if !hasUTF16BOM, let label = CharsetLabels.declaredInMeta(bytes), !CharsetLabels.isKnown(label) {
                throw IngestError.unknownEncoding(label)
            }
            return bytes
        case .text:
            if hasUTF16BOM { return utf8(fromUTF16: bytes) }
            if let label = httpCharset, !CharsetLabels.isKnown(label) { throw IngestError.unknownEncoding(label) }
            if let offset = TextChecks.firstInvalidUTF8(bytes) { throw IngestError.invalidUTF8(offset: offset) }
            return bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        }
    }

    private static func utf8(fromUTF16 bytes: [UInt8]) -> [UInt8] {
        let bigEndian = bytes[0] == 0xFE
        var units = [UInt16]()
        units.reserveCapacity(bytes.count / 2)
        var index = 2
        while index + 1 < bytes.count {
            units.append(bigEndian ? UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1])
                                   : UInt16(bytes[index + 1]) << 8 | UInt16(bytes[index]))
            index += 2
        }
        return Array(String(decoding: units, as: UTF16.self).utf8)
    }
}
