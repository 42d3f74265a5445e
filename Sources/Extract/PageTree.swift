/// A compact, read-only tree of one HTML page: elements and text nodes in document order (pre-order), with the
/// few attributes extraction needs kept as byte ranges into one shared buffer.
struct PageTree {
    /// Attributes the extractor reads.
    enum Attribute: UInt8 {
        case classAttr, id, itemprop, itemtype, role, hidden, style, href, rel, datetime, content, property, name,
             type, lang, httpEquiv, ariaHidden, charset, title, ariaLabel, itemscope
    }

    struct Node {
        /// `nil` tag means a text node.
        var tag: HTMLTag?
        var parent: Int32
        var firstChild: Int32 = -1
        var lastChild: Int32 = -1
        var nextSibling: Int32 = -1
        var depth: Int32
        /// Text bytes for text nodes; attribute list range for elements.
        var start: Int32 = 0
        var end: Int32 = 0
        /// Index of the node after this subtree (pre-order), set when the element closes.
        var subtreeEnd: Int32 = 0
        /// Index of the node's lower-cased "class id" string in `classStrings` (0: neither attribute).
        var classKey: Int32 = 0
    }

    struct AttributeValue {
        var key: Attribute
        var start: Int32
        var end: Int32
    }

    var nodes: [Node] = []
    var attributes: [AttributeValue] = []
    var bytes: [UInt8] = []
    /// The distinct lower-cased "class id" strings of the page, each stored once (index 0: the empty string), so
    /// rules about class names run once per distinct string instead of once per element.
    var classStrings: [[UInt8]] = [[]]

    var isEmpty: Bool { nodes.count <= 1 }

    func isText(_ index: Int) -> Bool { nodes[index].tag == nil }

    func tag(_ index: Int) -> HTMLTag { nodes[index].tag ?? .other }

    /// The raw (entity-decoded) bytes of a text node.
    func textBytes(_ index: Int) -> ArraySlice<UInt8> {
        let node = nodes[index]
        return bytes[Int(node.start)..<Int(node.end)]
    }

    func attributeRange(_ index: Int, _ key: Attribute) -> Range<Int>? {
        let node = nodes[index]
        guard node.tag != nil else { return nil }
        var position = Int(node.start)
        let end = Int(node.end)
        while position < end {
            let attribute = attributes[position]
            if attribute.key == key { return Int(attribute.start)..<Int(attribute.end) }
            position += 1
        }
        return nil
    }

    func hasAttribute(_ index: Int, _ key: Attribute) -> Bool { attributeRange(index, key) != nil }

    func attribute(_ index: Int, _ key: Attribute) -> String? {
        guard let range = attributeRange(index, key) else { return nil }
        return String(decoding: bytes[range], as: UTF8.self)
    }

    /// Lower-cased class and id joined by a space (empty when neither is present).
    func classAndID(_ index: Int) -> [UInt8] { classStrings[Int(nodes[index].classKey)] }

    /// The node's entry in `classStrings`.
    func classKey(_ index: Int) -> Int { Int(nodes[index].classKey) }

    /// For every distinct class/id string: whether it contains one of `needles` (index it with `classKey`).
    func classStringsContaining(_ needles: [[UInt8]]) -> [Bool] {
        classStrings.map { !$0.isEmpty && BoilerplateRules.containsAny($0, needles) }
    }

    /// Visible text of a subtree with whitespace collapsed (invisible elements skipped).
    func text(of index: Int) -> String {
        var output: [UInt8] = []
        appendText(of: index, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    func appendText(of index: Int, to output: inout [UInt8]) {
        let end = nodes[index].tag == nil ? index + 1 : Int(nodes[index].subtreeEnd)
        var position = index
        var pendingSpace = false
        while position < end {
            let node = nodes[position]
            if let tag = node.tag {
                if tag.isInvisible && position != index {
                    position = Int(node.subtreeEnd)
                    continue
                }
                if tag.isBlock { pendingSpace = true }
            } else {
                PageTree.appendCollapsed(bytes, from: Int(node.start), to: Int(node.end), collapsing: true,
                                         to: &output, pendingSpace: &pendingSpace)
            }
            position += 1
        }
    }

    /// Appends `source[start..<end]` to `output`; when `collapsing`, runs of ASCII whitespace become one pending
    /// space, written before the next visible byte unless `output` is empty. Runs are copied whole.
    static func appendCollapsed(_ source: [UInt8], from start: Int, to end: Int, collapsing: Bool,
                                to output: inout [UInt8], pendingSpace: inout Bool) {
        guard start < end else { return }
        source.withUnsafeBufferPointer { bytes in
            guard collapsing else {
                if pendingSpace && !output.isEmpty { output.append(32) }
                pendingSpace = false
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end]))
                return
            }
            var position = start
            while position < end {
                var byte = bytes[position]
                if byte == 32 || byte == 10 || byte == 9 || byte == 13 || byte == 12 {
                    pendingSpace = true
                    position += 1
                    continue
                }
                let runStart = position
                repeat {
                    position += 1
                    if position == end { break }
                    byte = bytes[position]
                } while !(byte == 32 || byte == 10 || byte == 9 || byte == 13 || byte == 12)
                if pendingSpace && !output.isEmpty { output.append(32) }
                pendingSpace = false
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<position]))
            }
        }
    }

    /// Indices of the element children of a node.
    func children(_ index: Int) -> [Int] {
        var result: [Int] = []
        var child = Int(nodes[index].firstChild)
        while child >= 0 {
            result.append(child)
            child = Int(nodes[child].nextSibling)
        }
        return result
    }

    /// True when `node` lies inside the subtree of `ancestor`.
    func isInside(_ node: Int, _ ancestor: Int) -> Bool {
        node >= ancestor && node < Int(nodes[ancestor].subtreeEnd)
    }

    /// Indices of the elements with a given tag, in document order.
    func elements(_ tag: HTMLTag, within root: Int = 0) -> [Int] {
        var result: [Int] = []
        let end = Int(nodes[root].subtreeEnd)
        var position = root
        while position < end {
            if nodes[position].tag == tag { result.append(position) }
            position += 1
        }
        return result
    }
}
