import CLibXML2
#if canImport(Glibc)
import Glibc
#endif

/// Builds a `PageTree` from UTF-8 HTML bytes with libxml2's tolerant HTML parser in SAX mode (no libxml2 DOM is
/// built). Depth is capped so hostile nesting cannot blow up later passes; NUL bytes are neutralised first.
struct PageTreeBuilder {
    /// Elements nested deeper than this are flattened into their ancestor at this depth.
    static let maximumDepth: Int32 = 400

    private var tree = PageTree()
    /// Open element indices.
    private var stack: [Int32] = [0]
    /// Start tags ignored because of the depth cap, waiting for their end tags.
    private var overflow = 0
    /// Inside a script/style whose text is dropped.
    private var droppingText = 0
    private var lastTextNode: Int32 = -1
    /// `tree.classStrings` by content, for interning.
    private var classTable = ByteStringTable()
    private var scratch: [UInt8] = []
    /// The running libxml2 parser, so a start-tag callback can move its input past script/style text we drop.
    private var context: htmlParserCtxtPtr?
    /// Drops unread attributes from tags ahead of libxml2 (nil: input not valid UTF-8, or shortcuts off).
    private var compactor: StartTagCompactor?
    /// libxml2's input offset (`consumed` + cursor) up to which the input ahead is already compacted.
    private var compactedUpTo = 0

    private init(placeholder: Void) {
        tree.nodes.reserveCapacity(4096)
        tree.bytes.reserveCapacity(1 << 16)
        tree.nodes.append(PageTree.Node(tag: .other, parent: -1, depth: 0))
    }

    /// libxml2 sets up its global state lazily, and two threads parsing their first page at once can deadlock in
    /// that set-up; a Swift static is initialised exactly once, thread-safely, before the first parse.
    static let libxml2Initialized: Void = { xmlInitParser() }()

    /// Parses UTF-8 bytes into a tree. `skipsRawText: false` lets libxml2 read dropped script/style text and the
    /// attributes we never keep itself, from a copy with a BOM (the slow way, for tests that check the shortcuts
    /// change nothing).
    static func build(utf8 input: [UInt8], skipsRawText: Bool = true) -> PageTree {
        _ = libxml2Initialized
        let state = UnsafeMutablePointer<PageTreeBuilder>.allocate(capacity: 1)
        state.initialize(to: PageTreeBuilder(placeholder: ()))
        defer { state.deinitialize(count: 1); state.deallocate() }
        var handler = htmlSAXHandler()
        handler.startElement = { user, name, attributes in
            guard let user, let name else { return }
            user.assumingMemoryBound(to: PageTreeBuilder.self).pointee.start(name, attributes)
        }
        handler.endElement = { user, _ in
            guard let user else { return }
            user.assumingMemoryBound(to: PageTreeBuilder.self).pointee.end()
        }
        handler.characters = { user, characters, length in
            guard let user, let characters, length > 0 else { return }
            user.assumingMemoryBound(to: PageTreeBuilder.self).pointee.characters(characters, Int(length))
        }
        handler.ignorableWhitespace = handler.characters
        handler.cdataBlock = handler.characters
        let isValidUTF8 = skipsRawText && input.withUnsafeBufferPointer(StartTagCompactor.isValidUTF8)
        parse(input, handler: handler, userData: UnsafeMutableRawPointer(state), copiesInput: !isValidUTF8) { context in
            guard skipsRawText else { return }
            state.pointee.context = context
            if isValidUTF8 { state.pointee.compactor = StartTagCompactor(keptNames: attributeNames.map(\.name)) }
        }
        // libxml2's context (and the input it holds) is freed when `parse` returns: the elements still open are
        // closed without looking at it.
        state.pointee.context = nil
        state.pointee.compactor = nil
        return state.pointee.finish()
    }

    /// libxml2 alone on the same input and options, with callbacks that only count (no skipping, no tree): the
    /// floor the parser sets, for `storyline bench extract`. Returns the number of elements.
    static func parseWithNoOpCallbacks(utf8 input: [UInt8]) -> Int {
        _ = libxml2Initialized
        var elements = 0
        var handler = htmlSAXHandler()
        handler.startElement = { user, _, _ in user?.assumingMemoryBound(to: Int.self).pointee += 1 }
        handler.endElement = { _, _ in }
        handler.characters = { _, _, _ in }
        handler.ignorableWhitespace = handler.characters
        handler.cdataBlock = handler.characters
        withUnsafeMutablePointer(to: &elements) { pointer in
            parse(input, handler: handler, userData: UnsafeMutableRawPointer(pointer)) { _ in }
        }
        return elements
    }

    /// Runs libxml2's HTML parser over `input` (a UTF-8 BOM put in front, NUL bytes made spaces) with `handler`;
    /// `prepare` sees the context before parsing starts.
    private static func parse(_ input: [UInt8], handler: htmlSAXHandler, userData: UnsafeMutableRawPointer,
                              copiesInput: Bool = true, prepare: (htmlParserCtxtPtr) -> Void) {
        // Too short for libxml2 to see the BOM: nothing to parse anyway.
        guard input.contains(where: { $0 > 32 }), input.count >= 4 else { return }
        if !copiesInput, input.count < Int(Int32.max), !input.starts(with: [0xEF, 0xBB, 0xBF]) {
            // Well-formed UTF-8 without a BOM (the caller checked): libxml2 copies the bytes into its own buffer
            // anyway, so NUL bytes are made spaces there and UTF-8 is set on the context, which is what the BOM
            // does (libxml2 2.9's 4-byte detection finds nothing else in NUL-free UTF-8 but `<?xm`, UTF-8 again).
            input.withUnsafeBufferPointer { pointer in
                pointer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: pointer.count) { chars in
                    guard let context = htmlCreateMemoryParserCtxt(chars, Int32(pointer.count)) else { return }
                    defer { htmlFreeParserCtxt(context) }
                    if let stream = context.pointee.input, let start = stream.pointee.cur, let end = stream.pointee.end {
                        let base = UnsafeMutableRawPointer(mutating: start)
                        var offset = 0
                        let count = end - start
                        while offset < count, let hit = memchr(base + offset, 0, count - offset) {
                            hit.storeBytes(of: 32, as: UInt8.self)
                            offset = base.distance(to: hit) + 1
                        }
                    }
                    _ = xmlSwitchEncoding(context, XML_CHAR_ENCODING_UTF8)
                    run(context, handler: handler, userData: userData, prepare: prepare)
                }
            }
            return
        }
        // A UTF-8 BOM makes libxml2 read the bytes as UTF-8 whatever the page declares (we decoded them already).
        var buffer: [UInt8] = [0xEF, 0xBB, 0xBF]
        buffer.reserveCapacity(input.count + 3)
        buffer.append(contentsOf: input.starts(with: [0xEF, 0xBB, 0xBF]) ? input.dropFirst(3) : input[...])
        buffer.withUnsafeMutableBytes { bytes in
            // NUL bytes become spaces (memchr finds them; most pages have none).
            guard let base = bytes.baseAddress else { return }
            var offset = 0
            while offset < bytes.count, let hit = memchr(base + offset, 0, bytes.count - offset) {
                hit.storeBytes(of: 32, as: UInt8.self)
                offset = base.distance(to: hit) + 1
            }
        }
        guard buffer.count < Int(Int32.max) else { return }
        buffer.withUnsafeBufferPointer { pointer in
            pointer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: pointer.count) { chars in
                guard let context = htmlCreateMemoryParserCtxt(chars, Int32(pointer.count)) else { return }
                defer { htmlFreeParserCtxt(context) }
                run(context, handler: handler, userData: userData, prepare: prepare)
            }
        }
    }

    private static func run(_ context: htmlParserCtxtPtr, handler: htmlSAXHandler, userData: UnsafeMutableRawPointer,
                            prepare: (htmlParserCtxtPtr) -> Void) {
        context.pointee.sax.pointee = handler
        context.pointee.userData = userData
        prepare(context)
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
                            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue
                            | HTML_PARSE_IGNORE_ENC.rawValue)
        _ = htmlCtxtUseOptions(context, options)
        _ = htmlParseDocument(context)
    }

    private mutating func finish() -> PageTree {
        while stack.count > 1 { end() }
        tree.nodes[0].subtreeEnd = Int32(tree.nodes.count)
        return tree
    }

    private static let attributeKeys: [String: PageTree.Attribute] = [
        "class": .classAttr, "id": .id, "itemprop": .itemprop, "itemtype": .itemtype, "role": .role,
        "hidden": .hidden, "style": .style, "href": .href, "rel": .rel, "datetime": .datetime, "content": .content,
        "property": .property, "name": .name, "type": .type, "lang": .lang, "http-equiv": .httpEquiv,
        "aria-hidden": .ariaHidden, "charset": .charset, "title": .title, "aria-label": .ariaLabel,
        "itemscope": .itemscope,
    ]

    /// `attributeKeys` as byte strings, for matching libxml2's (ASCII) attribute names without making Strings.
    private static let attributeNames: [(name: [UInt8], attribute: PageTree.Attribute)] =
        attributeKeys.map { (Array($0.key.utf8), $0.value) }

    /// The attribute for an ASCII name in any case (libxml2 only accepts ASCII letters, digits, `:-_.` in names).
    static func attribute(named key: UnsafePointer<UInt8>, length: Int) -> PageTree.Attribute? {
        for entry in attributeNames where entry.name.count == length {
            var equal = true
            for offset in 0..<length {
                let byte = key[offset]
                if (byte >= 65 && byte <= 90 ? byte + 32 : byte) != entry.name[offset] { equal = false; break }
            }
            if equal { return entry.attribute }
        }
        return nil
    }

    private mutating func start(_ name: UnsafePointer<UInt8>, _ attributes: UnsafeMutablePointer<UnsafePointer<UInt8>?>?) {
        let length = strlen(UnsafeRawPointer(name).assumingMemoryBound(to: CChar.self))
        let tag = HTMLTag.named(UnsafeBufferPointer(start: name, count: length))
        // libxml2 calls this at the `>` ending a start tag, content following, unless the element is implied (no
        // attributes; the cursor is then inside another tag or in text) or raw text follows.
        if compactor != nil, tag != .script, tag != .style,
           attributes != nil || !(tag == .p || tag == .html || tag == .head || tag == .body) {
            compactAhead(afterStartTag: true)
        }
        let parent = stack[stack.count - 1]
        let depth = tree.nodes[Int(parent)].depth + 1
        if depth > PageTreeBuilder.maximumDepth {
            overflow += 1
            return
        }
        let index = Int32(tree.nodes.count)
        var node = PageTree.Node(tag: tag, parent: parent, depth: depth)
        node.start = Int32(tree.attributes.count)
        var hasClassOrID = false
        if let attributes {
            var position = 0
            while let key = attributes[position] {
                let value = attributes[position + 1]
                position += 2
                let keyLength = strlen(UnsafeRawPointer(key).assumingMemoryBound(to: CChar.self))
                guard keyLength <= 11 else { continue }
                guard let attribute = PageTreeBuilder.attribute(named: key, length: keyLength) else { continue }
                if attribute == .classAttr || attribute == .id { hasClassOrID = true }
                let start = Int32(tree.bytes.count)
                if let value {
                    let valueLength = strlen(UnsafeRawPointer(value).assumingMemoryBound(to: CChar.self))
                    tree.bytes.append(contentsOf: UnsafeBufferPointer(start: value, count: min(valueLength, 100_000)))
                }
                tree.attributes.append(PageTree.AttributeValue(key: attribute, start: start, end: Int32(tree.bytes.count)))
            }
        }
        node.end = Int32(tree.attributes.count)
        link(index, to: parent)
        tree.nodes.append(node)
        if hasClassOrID { internClassAndID(Int(index)) }
        stack.append(index)
        lastTextNode = -1
        if tag == .script || tag == .style {
            var keep = false
            if tag == .script, let type = tree.attribute(Int(index), .type)?.lowercased(), type.contains("ld+json") {
                keep = true
            }
            if !keep {
                droppingText += 1
                skipRawText(closingName: tag == .script ? PageTreeBuilder.scriptName : PageTreeBuilder.styleName)
            }
        }
    }

    private mutating func internClassAndID(_ index: Int) {
        // The lower-cased class and id joined by a space, built in a reused buffer.
        scratch.removeAll(keepingCapacity: true)
        appendLowercased(tree.attributeRange(index, .classAttr))
        appendLowercased(tree.attributeRange(index, .id))
        guard !scratch.isEmpty else { return }
        tree.nodes[index].classKey = classTable.intern(scratch, into: &tree.classStrings)
    }

    private mutating func appendLowercased(_ range: Range<Int>?) {
        guard let range else { return }
        if !scratch.isEmpty { scratch.append(32) }
        let start = scratch.count
        scratch.append(contentsOf: tree.bytes[range])
        scratch.withUnsafeMutableBufferPointer { bytes in
            for index in start..<bytes.count where bytes[index] &- 65 < 26 { bytes[index] += 32 }
        }
    }

    private static let scriptName: [UInt8] = Array("script".utf8)
    private static let styleName: [UInt8] = Array("style".utf8)

    /// Called from the start-tag callback of a script or style whose text is dropped anyway: moves libxml2's input
    /// to where its raw-text scan would stop, so it never reads the (often huge) code. libxml2 2.9 in recovery
    /// mode ends script/style text at the first `</name` (any case) or at the first control character that is not
    /// a tab or line break; we stop at the same places and put the start tag's `>` right before them, so libxml2
    /// sees an empty element and goes on exactly where it would have. Nothing is skipped when the text starts
    /// with `<` (libxml2 checks that for auto-closing tags first) or when its end is not in the buffer.
    private mutating func skipRawText(closingName: [UInt8]) {
        guard let input = context?.pointee.input?.pointee, let start = input.cur, let end = input.end,
              start < end, start.pointee == UInt8(ascii: ">") else { return }
        let contentStart = start + 1
        guard contentStart < end, contentStart.pointee != UInt8(ascii: "<") else { return }
        let nameLength = closingName.count
        var position = contentStart
        var stop: UnsafePointer<UInt8>?
        while position < end {
            // Eight bytes at a time while none is `<` or a control character (tabs and line breaks included: the
            // byte test below sorts those out).
            if end - position >= 8 {
                let word = UnsafeRawPointer(position).loadUnaligned(as: UInt64.self)
                let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
                let lessThan = word ^ (ones &* 0x3C)
                let hasLessThan = (lessThan &- ones) & ~lessThan & highs
                let hasControl = (word &- ones &* 0x20) & ~word & highs
                if hasLessThan | hasControl == 0 {
                    position += 8
                    continue
                }
            }
            let byte = position.pointee
            if byte == UInt8(ascii: "<") {
                if end - position >= 2 + nameLength, (position + 1).pointee == UInt8(ascii: "/") {
                    var matches = true
                    for offset in 0..<nameLength {
                        let candidate = (position + 2 + offset).pointee
                        let lower = candidate >= 65 && candidate <= 90 ? candidate + 32 : candidate
                        if lower != closingName[offset] { matches = false; break }
                    }
                    if matches { stop = position; break }
                }
            } else if byte < 0x20 && byte != 9 && byte != 10 && byte != 13 {
                stop = position
                break
            }
            position += 1
        }
        guard let stop, stop - contentStart >= 1 else { return }
        let newStart = stop - 1
        UnsafeMutablePointer(mutating: newStart).pointee = UInt8(ascii: ">")
        context?.pointee.input.pointee.cur = newStart
    }

    /// Compacts the input ahead of libxml2's cursor (see `StartTagCompactor`) when it is in content there: at a start
    /// tag's closing `>`, or right after a `>` when an element ends (the other end callbacks come from inside a start
    /// tag, right after its name). Input already compacted is not scanned again.
    private mutating func compactAhead(afterStartTag: Bool) {
        guard let compactor, let input = context?.pointee.input, let cursor = input.pointee.cur,
              let base = input.pointee.base, let end = input.pointee.end, cursor < end else { return }
        if afterStartTag {
            guard cursor.pointee == UInt8(ascii: ">") else { return }
        } else {
            guard cursor > base, (cursor - 1).pointee == UInt8(ascii: ">") else { return }
        }
        let position = Int(input.pointee.consumed) + (cursor - base)
        guard position >= compactedUpTo else { return }
        let window = compactor.compact(from: UnsafeMutablePointer(mutating: cursor), to: UnsafeMutablePointer(mutating: end))
        compactedUpTo = position + (window.end - UnsafeMutablePointer(mutating: cursor))
        if window.removed > 0 { input.pointee.cur = UnsafePointer(window.start) }
    }

    private mutating func end() {
        if compactor != nil { compactAhead(afterStartTag: false) }
        if overflow > 0 {
            overflow -= 1
            return
        }
        guard stack.count > 1 else { return }
        let index = Int(stack.removeLast())
        tree.nodes[index].subtreeEnd = Int32(tree.nodes.count)
        if let tag = tree.nodes[index].tag, tag == .script || tag == .style {
            if tag == .style || droppingTextFor(index) { droppingText = max(0, droppingText - 1) }
        }
        lastTextNode = -1
    }

    private func droppingTextFor(_ index: Int) -> Bool {
        guard let type = tree.attribute(index, .type)?.lowercased() else { return true }
        return !type.contains("ld+json")
    }

    private mutating func characters(_ characters: UnsafePointer<UInt8>, _ length: Int) {
        if droppingText > 0 { return }
        let parent = stack[stack.count - 1]
        if lastTextNode < 0 {
            let index = Int32(tree.nodes.count)
            var node = PageTree.Node(tag: nil, parent: parent, depth: tree.nodes[Int(parent)].depth + 1)
            node.start = Int32(tree.bytes.count)
            node.end = node.start
            node.subtreeEnd = index + 1
            link(index, to: parent)
            tree.nodes.append(node)
            lastTextNode = index
        }
        // Copied in runs; a no-break space (C2 A0) becomes a space.
        var position = 0
        while position < length {
            guard let found = memchr(characters + position, 0xC2, length - position) else {
                tree.bytes.append(contentsOf: UnsafeBufferPointer(start: characters + position, count: length - position))
                break
            }
            let hit = UnsafeRawPointer(found).assumingMemoryBound(to: UInt8.self) - characters
            if hit + 1 < length && characters[hit + 1] == 0xA0 {
                tree.bytes.append(contentsOf: UnsafeBufferPointer(start: characters + position, count: hit - position))
                tree.bytes.append(32)
                position = hit + 2
            } else {
                tree.bytes.append(contentsOf: UnsafeBufferPointer(start: characters + position, count: hit + 1 - position))
                position = hit + 1
            }
        }
        tree.nodes[Int(lastTextNode)].end = Int32(tree.bytes.count)
        tree.nodes[Int(lastTextNode)].subtreeEnd = lastTextNode + 1
    }

    private mutating func link(_ index: Int32, to parent: Int32) {
        let last = tree.nodes[Int(parent)].lastChild
        if last >= 0 {
            tree.nodes[Int(last)].nextSibling = index
        } else {
            tree.nodes[Int(parent)].firstChild = index
        }
        tree.nodes[Int(parent)].lastChild = index
    }
}

