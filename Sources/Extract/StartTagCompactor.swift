#if canImport(Glibc)
import Glibc
#endif

/// Drops the attributes extraction never reads (`srcset`, `data-*`, `onclick`, SVG path data…) from start tags
/// libxml2 has not parsed yet, so its per-character attribute parsing never sees them.
///
/// libxml2 2.9's HTML tokenizer is mirrored exactly, and conservatively: from a point where libxml2 is in content
/// (between tags), a window runs over text, plain end tags (`</name S? >`) and start tags whose every attribute
/// parses the plain way (name, optional `S? = S?` value, quoted or not), and stops before anything else (comments,
/// `<!`, `<?`, a lone `<`, a tag it cannot read the way libxml2 would) and right after a `<script>`/`<style>`
/// start tag (raw text follows). Inside the window the kept bytes are moved right, over the dropped attributes, so
/// the window ends where it ended before; the caller moves libxml2's cursor to the returned start. libxml2 then
/// reads the same text, the same tags and the same kept attributes in the same order.
struct StartTagCompactor {
    /// Lower-case names of the attributes to keep.
    let keptNames: [[UInt8]]

    /// What one window did: libxml2's cursor moves to `start`; `end` is where the window stopped (bytes from there
    /// on are untouched); `removed` bytes were dropped.
    struct Window {
        var start: UnsafeMutablePointer<UInt8>
        var end: UnsafeMutablePointer<UInt8>
        var removed: Int
    }

    /// The longest tag or attribute name libxml2 reads whole (`HTML_PARSER_BUFFER_SIZE`); longer ones stop a window.
    static let maximumNameLength = 99

    @inline(__always) private static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    @inline(__always) private static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
    }

    /// libxml2's `htmlParseHTMLName` characters after the first.
    @inline(__always) private static func isNameByte(_ byte: UInt8) -> Bool {
        isLetter(byte) || (byte >= 0x30 && byte <= 0x39) || byte == 0x3A || byte == 0x2D || byte == 0x5F || byte == 0x2E
    }

    /// Per byte: 1 a name byte (`isNameByte`), 2 a blank (`isBlank`).
    private static let byteClasses: [UInt8] = (0..<256).map { value in
        let byte = UInt8(value)
        return (isNameByte(byte) ? 1 : 0) | (isBlank(byte) ? 2 : 0)
    }

    /// Compacts from `start` (libxml2 is in content there) up to at most `end` (the end of libxml2's input).
    func compact(from start: UnsafeMutablePointer<UInt8>, to end: UnsafeMutablePointer<UInt8>) -> Window {
        StartTagCompactor.byteClasses.withUnsafeBufferPointer { classes in
            compact(from: start, to: end, classes: classes.baseAddress!)
        }
    }

    private func compact(from start: UnsafeMutablePointer<UInt8>, to end: UnsafeMutablePointer<UInt8>,
                         classes: UnsafePointer<UInt8>) -> Window {
        // Dropped ranges, in order.
        var removals: [(UnsafeMutablePointer<UInt8>, UnsafeMutablePointer<UInt8>)] = []
        var position = start
        var windowEnd = start
        scan: while position < end {
            guard let found = memchr(position, 0x3C, end - position) else { windowEnd = end; break }
            let open = found.assumingMemoryBound(to: UInt8.self)
            windowEnd = open
            guard end - open >= 2 else { break }
            let next = open[1]
            if StartTagCompactor.isLetter(next) {
                guard let tag = startTag(at: open, end: end, classes: classes, removals: &removals) else { break scan }
                position = tag.end
                windowEnd = tag.end
                if tag.isRawText { break scan }
            } else if next == 0x2F, end - open >= 3, StartTagCompactor.isLetter(open[2]) {
                var cursor = open + 2
                while cursor < end && classes[Int(cursor.pointee)] & 1 != 0 { cursor += 1 }
                guard cursor - (open + 2) <= StartTagCompactor.maximumNameLength else { break scan }
                while cursor < end && classes[Int(cursor.pointee)] & 2 != 0 { cursor += 1 }
                guard cursor < end, cursor.pointee == 0x3E else { break scan }
                position = cursor + 1
                windowEnd = position
            } else {
                break
            }
        }
        guard let last = removals.last else { return Window(start: start, end: windowEnd, removed: 0) }
        // Move the kept pieces right, last first, so the compacted bytes end where the last dropped range ended.
        var destination = last.1
        var pieceEnd = last.0
        var removed = last.1 - last.0
        for index in stride(from: removals.count - 1, through: 0, by: -1) {
            let pieceStart = index > 0 ? removals[index - 1].1 : start
            let length = pieceEnd - pieceStart
            destination -= length
            if length > 0 && destination != pieceStart { memmove(destination, pieceStart, length) }
            if index > 0 {
                pieceEnd = removals[index - 1].0
                removed += removals[index - 1].1 - removals[index - 1].0
            }
        }
        return Window(start: destination, end: windowEnd, removed: removed)
    }

    /// Reads the start tag at `open` (`<` and a letter) the way libxml2's `htmlParseStartTag` does, adding its
    /// unread attributes to `removals`; nil (nothing added) when any part is not the plain form.
    private func startTag(at open: UnsafeMutablePointer<UInt8>, end: UnsafeMutablePointer<UInt8>,
                          classes: UnsafePointer<UInt8>, removals: inout [(UnsafeMutablePointer<UInt8>, UnsafeMutablePointer<UInt8>)])
        -> (end: UnsafeMutablePointer<UInt8>, isRawText: Bool)? {
        let nameStart = open + 1
        var cursor = nameStart
        while cursor < end && classes[Int(cursor.pointee)] & 1 != 0 { cursor += 1 }
        let nameLength = cursor - nameStart
        guard nameLength <= StartTagCompactor.maximumNameLength else { return nil }
        let isRawText = StartTagCompactor.equalsLowercased(nameStart, nameLength, StartTagCompactor.script)
            || StartTagCompactor.equalsLowercased(nameStart, nameLength, StartTagCompactor.style)
        let firstRemoval = removals.count
        while cursor < end && classes[Int(cursor.pointee)] & 2 != 0 { cursor += 1 }
        while true {
            guard cursor < end else { removals.removeSubrange(firstRemoval...); return nil }
            let byte = cursor.pointee
            if byte == 0x3E { return (cursor + 1, isRawText) }
            if byte == 0x2F, end - cursor >= 2, cursor[1] == 0x3E { return (cursor + 2, isRawText) }
            // An attribute name starts with a letter, `_`, `:` or `.`; anything else is libxml2's bogus-attribute path.
            guard StartTagCompactor.isLetter(byte) || byte == 0x5F || byte == 0x3A || byte == 0x2E else {
                removals.removeSubrange(firstRemoval...)
                return nil
            }
            let attributeStart = cursor
            while cursor < end && classes[Int(cursor.pointee)] & 1 != 0 { cursor += 1 }
            let attributeNameLength = cursor - attributeStart
            guard attributeNameLength <= StartTagCompactor.maximumNameLength else {
                removals.removeSubrange(firstRemoval...)
                return nil
            }
            var attributeEnd = cursor
            var lookahead = cursor
            while lookahead < end && classes[Int(lookahead.pointee)] & 2 != 0 { lookahead += 1 }
            if lookahead < end && lookahead.pointee == 0x3D {
                lookahead += 1
                while lookahead < end && classes[Int(lookahead.pointee)] & 2 != 0 { lookahead += 1 }
                guard lookahead < end else { removals.removeSubrange(firstRemoval...); return nil }
                let quote = lookahead.pointee
                if quote == 0x22 || quote == 0x27 {
                    guard let closing = memchr(lookahead + 1, Int32(quote), end - lookahead - 1) else {
                        removals.removeSubrange(firstRemoval...)
                        return nil
                    }
                    attributeEnd = closing.assumingMemoryBound(to: UInt8.self) + 1
                } else {
                    while lookahead < end && lookahead.pointee != 0x3E && classes[Int(lookahead.pointee)] & 2 == 0 {
                        lookahead += 1
                    }
                    attributeEnd = lookahead
                }
            }
            if !isKept(attributeStart, attributeNameLength) { removals.append((attributeStart, attributeEnd)) }
            cursor = attributeEnd
            while cursor < end && classes[Int(cursor.pointee)] & 2 != 0 { cursor += 1 }
        }
    }

    private static let script: [UInt8] = Array("script".utf8)
    private static let style: [UInt8] = Array("style".utf8)

    @inline(__always)
    private static func equalsLowercased(_ bytes: UnsafeMutablePointer<UInt8>, _ length: Int, _ lower: [UInt8]) -> Bool {
        guard length == lower.count else { return false }
        for offset in 0..<length where bytes[offset] | (isLetter(bytes[offset]) ? 0x20 : 0) != lower[offset] {
            return false
        }
        return true
    }

    private func isKept(_ name: UnsafeMutablePointer<UInt8>, _ length: Int) -> Bool {
        for kept in keptNames where StartTagCompactor.equalsLowercased(name, length, kept) { return true }
        return false
    }

    /// True when `bytes` are well-formed UTF-8 (then libxml2 never meets an encoding error in what is dropped,
    /// which would make it switch encodings for the rest of the page).
    static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let count = bytes.count
        var index = 0
        while index < count {
            // Eight ASCII bytes at a time.
            if index + 8 <= count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 == 0 { index += 8; continue }
            }
            let lead = base[index]
            if lead < 0x80 { index += 1; continue }
            let length: Int
            var lower: UInt8 = 0x80, upper: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upper = 0x9F
            case 0xF0: length = 4; lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upper = 0x8F
            default: return false
            }
            guard index + length <= count else { return false }
            let second = base[index + 1]
            guard second >= lower && second <= upper else { return false }
            for offset in 2..<max(2, length) where base[index + offset] & 0xC0 != 0x80 { return false }
            index += length
        }
        return true
    }
}
