/// A byte-level scanner for the XML of RSS and Atom feeds that cannot fail on any input: it reports start tags
/// (with attributes), end tags, text and CDATA in document order, skipping the XML declaration, processing
/// instructions, comments and document type declarations (RSS 0.91's `<!DOCTYPE rss …>` with its internal subset).
///
/// Bytes that are not UTF-8 become U+FFFD; character references and entities are decoded (the five XML ones,
/// numeric ones and HTML's named entities, which feeds use without declaring them); an unknown entity is kept as
/// written. A `<` that opens no tag is text. Well-formedness (matching tags) is the caller's concern.
struct FeedMarkupScanner {
    enum Event: Equatable {
        case start(name: String, attributes: [String: String], selfClosing: Bool)
        case end(name: String)
        case text(String)
        case cdata(String)
    }

    let bytes: [UInt8]
    /// Named entities beyond XML's five, name → replacement.
    let entities: [String: String]

    init(_ bytes: [UInt8], entities: [String: String] = FeedEntities.shared) {
        self.bytes = bytes
        self.entities = entities
    }

    /// Calls `handle` with each event and the 1-based line it starts on.
    func scan(_ handle: (Event, Int) throws -> Void) rethrows {
        var index = 0
        var line = 1
        var textStart = 0
        let count = bytes.count
        func flushText(upTo end: Int) throws {
            guard end > textStart else { return }
            try handle(.text(decode(textStart, end)), line)
        }
        while index < count {
            let byte = bytes[index]
            if byte == 0x0A { line += 1 }
            guard byte == 0x3C /* < */ else { index += 1; continue }
            let tagLine = line
            if starts("<!--", at: index) {
                try flushText(upTo: index)
                index = skip(past: "-->", from: index + 4, line: &line)
                textStart = index
            } else if starts("<![CDATA[", at: index) {
                try flushText(upTo: index)
                let contentStart = index + 9
                let end = find("]]>", from: contentStart) ?? count
                countLines(contentStart, end, &line)
                try handle(.cdata(String(decoding: bytes[contentStart..<end], as: UTF8.self)), tagLine)
                index = min(count, end + 3)
                textStart = index
            } else if starts("<?", at: index) {
                try flushText(upTo: index)
                index = skip(past: "?>", from: index + 2, line: &line)
                textStart = index
            } else if starts("<!", at: index) {
                try flushText(upTo: index)
                index = skipDeclaration(from: index + 2, line: &line)
                textStart = index
            } else if index + 1 < count, bytes[index + 1] == 0x2F /* / */, index + 2 < count, isNameStart(bytes[index + 2]) {
                try flushText(upTo: index)
                var cursor = index + 2
                let nameStart = cursor
                while cursor < count, isNameByte(bytes[cursor]) { cursor += 1 }
                let name = String(decoding: bytes[nameStart..<cursor], as: UTF8.self)
                while cursor < count, bytes[cursor] != 0x3E { if bytes[cursor] == 0x0A { line += 1 }; cursor += 1 }
                try handle(.end(name: name), tagLine)
                index = min(count, cursor + 1)
                textStart = index
            } else if index + 1 < count, isNameStart(bytes[index + 1]) {
                try flushText(upTo: index)
                var cursor = index + 1
                let nameStart = cursor
                while cursor < count, isNameByte(bytes[cursor]) { cursor += 1 }
                let name = String(decoding: bytes[nameStart..<cursor], as: UTF8.self)
                var attributes: [String: String] = [:]
                var selfClosing = false
                while cursor < count {
                    let current = bytes[cursor]
                    if current == 0x3E { break }
                    if current == 0x0A { line += 1 }
                    if current == 0x2F, cursor + 1 < count, bytes[cursor + 1] == 0x3E { selfClosing = true; cursor += 1; break }
                    guard isNameStart(current) else { cursor += 1; continue }
                    let attributeStart = cursor
                    while cursor < count, isNameByte(bytes[cursor]) { cursor += 1 }
                    let attribute = String(decoding: bytes[attributeStart..<cursor], as: UTF8.self)
                    while cursor < count, isSpace(bytes[cursor]) { if bytes[cursor] == 0x0A { line += 1 }; cursor += 1 }
                    guard cursor < count, bytes[cursor] == 0x3D /* = */ else { attributes[attribute] = ""; continue }
                    cursor += 1
                    while cursor < count, isSpace(bytes[cursor]) { if bytes[cursor] == 0x0A { line += 1 }; cursor += 1 }
                    guard cursor < count else { break }
                    let quote = bytes[cursor]
                    if quote == 0x22 || quote == 0x27 {
                        let valueStart = cursor + 1
                        var valueEnd = valueStart
                        while valueEnd < count, bytes[valueEnd] != quote { valueEnd += 1 }
                        countLines(valueStart, valueEnd, &line)
                        attributes[attribute] = decode(valueStart, valueEnd)
                        cursor = min(count, valueEnd + 1)
                    } else {
                        let valueStart = cursor
                        while cursor < count, !isSpace(bytes[cursor]), bytes[cursor] != 0x3E,
                              !(bytes[cursor] == 0x2F && cursor + 1 < count && bytes[cursor + 1] == 0x3E) { cursor += 1 }
                        attributes[attribute] = decode(valueStart, cursor)
                    }
                }
                try handle(.start(name: name, attributes: attributes, selfClosing: selfClosing), tagLine)
                index = min(count, cursor + 1)
                textStart = index
            } else {
                index += 1  // a bare "<" is text
            }
        }
        try flushText(upTo: count)
    }

    // MARK: Bytes

    func starts(_ marker: StaticString, at index: Int) -> Bool {
        let length = marker.utf8CodeUnitCount
        guard index + length <= bytes.count else { return false }
        let pointer = marker.utf8Start
        for offset in 0..<length {
            var byte = bytes[index + offset]
            let expected = pointer[offset]
            if expected >= 0x41 && expected <= 0x5A, byte >= 0x61 && byte <= 0x7A { byte -= 0x20 }  // DOCTYPE, CDATA: any case
            if byte != expected { return false }
        }
        return true
    }

    func find(_ marker: StaticString, from start: Int) -> Int? {
        var index = start
        while index < bytes.count {
            if bytes[index] == marker.utf8Start[0], starts(marker, at: index) { return index }
            index += 1
        }
        return nil
    }

    func skip(past marker: StaticString, from start: Int, line: inout Int) -> Int {
        let end = find(marker, from: start) ?? bytes.count
        countLines(start, end, &line)
        return min(bytes.count, end + marker.utf8CodeUnitCount)
    }

    /// Past a `<!…>` declaration, including an internal subset in brackets and quoted strings.
    func skipDeclaration(from start: Int, line: inout Int) -> Int {
        let end = FeedMarkupScanner.declarationEnd(bytes[start...]).map { $0 + 1 } ?? bytes.count
        countLines(start, end, &line)
        return end
    }

    /// The index of the `>` that ends a `<!…>` declaration begun before `bytes`, past an internal subset in brackets
    /// and quoted strings; nil when the bytes end first.
    static func declarationEnd(_ bytes: ArraySlice<UInt8>) -> Int? {
        var depth = 0
        var quote: UInt8 = 0
        for index in bytes.indices {
            let byte = bytes[index]
            if quote != 0 {
                if byte == quote { quote = 0 }
            } else if byte == 0x22 || byte == 0x27 {
                quote = byte
            } else if byte == 0x5B {
                depth += 1
            } else if byte == 0x5D {
                depth = max(0, depth - 1)
            } else if byte == 0x3E && depth == 0 {
                return index
            }
        }
        return nil
    }

    func countLines(_ start: Int, _ end: Int, _ line: inout Int) {
        var index = start
        while index < min(end, bytes.count) {
            if bytes[index] == 0x0A { line += 1 }
            index += 1
        }
    }

    func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

    func isNameStart(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || byte == 0x5F || byte == 0x3A || byte >= 0x80
    }

    func isNameByte(_ byte: UInt8) -> Bool {
        isNameStart(byte) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x2E
    }

    // MARK: Text

    /// The text of `bytes[start..<end]` with references decoded.
    func decode(_ start: Int, _ end: Int) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(end - start)
        var index = start
        while index < end {
            let byte = bytes[index]
            guard byte == 0x26 /* & */ else { out.append(byte); index += 1; continue }
            var cursor = index + 1
            while cursor < end, cursor - index <= 32, bytes[cursor] != 0x3B, !isSpace(bytes[cursor]), bytes[cursor] != 0x26 { cursor += 1 }
            guard cursor < end, bytes[cursor] == 0x3B, cursor > index + 1 else { out.append(byte); index += 1; continue }
            let name = String(decoding: bytes[(index + 1)..<cursor], as: UTF8.self)
            if let replacement = FeedMarkupScanner.reference(name, entities: entities) {
                out.append(contentsOf: replacement.utf8)
                index = cursor + 1
            } else {
                out.append(byte)
                index += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// What `&name;` stands for: a numeric reference, one of XML's five, or a named entity; nil when unknown.
    static func reference(_ name: String, entities: [String: String]) -> String? {
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            guard let value, value != 0, let scalar = Unicode.Scalar(value) else { return "\u{FFFD}" }
            return String(Character(scalar))
        }
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        default: return entities[name]
        }
    }
}
