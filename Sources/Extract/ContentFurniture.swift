/// Furniture inside the chosen content that no class name gives away, found by structure: author boxes marked
/// up as a schema.org `Person`, reviews marked up as `Review`, dialogs (`role="dialog"`) and closed text areas,
/// and on pages that declare an article the small wrapper around a form (newsletter, contact and download
/// prompts) and teaser cards of other posts (sibling `<article>` elements that together hold a small part of the
/// content's text).
///
/// Built once per page over the content roots' subtrees (one pass over their nodes); `reason(for:)` tells
/// whether a rendered block's element lies inside one of the marked subtrees.
struct ContentFurniture {
    /// Marked subtrees as node index ranges (pre-order), with the reason.
    private(set) var marked: [(nodes: Range<Int>, reason: String)] = []

    /// A form's wrapper is furniture when it holds less kept text than this (the prompt beside the form).
    static let formWrapperMaximumText: Int32 = 200
    /// How far above the form the wrapper may be.
    static let formWrapperLevels = 3

    init(finder: MainContentFinder, roots: [Int], declaredArticle: Bool, rules: BoilerplateRules = .shared) {
        let tree = finder.tree
        for root in roots {
            let end = Int(tree.nodes[root].subtreeEnd)
            let cardText = declaredArticle ? ContentFurniture.nestedArticleText(root, finder: finder) : 0
            var position = root + 1
            while position < end {
                let node = tree.nodes[position]
                guard let tag = node.tag else { position += 1; continue }
                // Product cards and forum posts carry forms of their own: only on pages that declare an article.
                if tag == .form && declaredArticle {
                    if let wrapper = formWrapper(position, root: root, finder: finder) {
                        mark(wrapper, tree: tree, reason: "form block")
                        position = max(position + 1, Int(tree.nodes[wrapper].subtreeEnd))
                        continue
                    }
                    position = Int(node.subtreeEnd)
                    continue
                }
                if finder.removed[position] { position = Int(node.subtreeEnd); continue }
                // A closed text area (the "republish this article" box holds the article's HTML again) is never
                // content, however much text it holds (an unclosed one swallowed the rest of the page); nor is a
                // dialog beside the content (unless it is all the container holds: then the choice went wrong).
                if (tag == .textarea && Int(node.subtreeEnd) < tree.nodes.count - ContentFurniture.closedTextAreaMinimumFollowing)
                    || (ContentFurniture.isDialog(position, tree: tree)
                        && finder.textChars[root] - finder.textChars[position] >= ContentFurniture.dialogMinimumRest) {
                    mark(position, tree: tree, reason: tag == .textarea ? "text area" : "dialog")
                    position = Int(node.subtreeEnd)
                    continue
                }
                if let reason = ContentFurniture.itemTypeReason(position, tree: tree, rules: rules,
                                                                isDiscussion: finder.isDiscussion) {
                    mark(position, tree: tree, reason: reason)
                    position = Int(node.subtreeEnd)
                    continue
                }
                if tag == .article && declaredArticle && !finder.isDiscussion
                    && cardText * ContentFurniture.teaserGroupMaximumShare < finder.textChars[root]
                    && ContentFurniture.isTeaserCard(position, root: root, finder: finder) {
                    mark(position, tree: tree, reason: "teaser card")
                    position = Int(node.subtreeEnd)
                    continue
                }
                position += 1
            }
        }
    }

    /// Why the block's element is furniture, or nil.
    func reason(for block: ContentBlock) -> String? {
        for entry in marked where entry.nodes.contains(block.node) { return entry.reason }
        return nil
    }

    private mutating func mark(_ node: Int, tree: PageTree, reason: String) {
        marked.append((node..<Int(tree.nodes[node].subtreeEnd), reason))
    }

    /// A text area is closed (not swallowing the page) when at least this many nodes follow it.
    static let closedTextAreaMinimumFollowing = 20

    /// A dialog goes only when the content keeps at least this many characters without it.
    static let dialogMinimumRest: Int32 = 500

    /// `role="dialog"` or `"alertdialog"`.
    static func isDialog(_ index: Int, tree: PageTree) -> Bool {
        guard let range = tree.attributeRange(index, .role), range.count >= 6 else { return false }
        let role = lowercased(tree.bytes[range])
        return role == Array("dialog".utf8) || role == Array("alertdialog".utf8)
    }

    /// Microdata types that are furniture inside the content (`boilerplate.json`): a person (the author box), and
    /// a review unless the page is a discussion.
    static func itemTypeReason(_ index: Int, tree: PageTree, rules: BoilerplateRules, isDiscussion: Bool) -> String? {
        if let range = tree.attributeRange(index, .itemtype) {
            let type = lowercased(tree.bytes[range])
            if BoilerplateRules.containsAny(type, rules.personItemTypes) { return "author box (Person)" }
            if !isDiscussion && BoilerplateRules.containsAny(type, rules.reviewItemTypes) { return "review" }
        }
        return nil
    }

    /// A teaser card of another post: an `<article>` beside other `<article>` elements inside an article page's
    /// content, holding a small share of the content's text (the article itself may be one of the siblings).
    static func isTeaserCard(_ index: Int, root: Int, finder: MainContentFinder) -> Bool {
        let tree = finder.tree
        guard finder.textChars[index] * teaserCardMaximumShare < finder.textChars[root] else { return false }
        var articles = 0
        var child = Int(tree.nodes[Int(tree.nodes[index].parent)].firstChild)
        while child >= 0 {
            if tree.nodes[child].tag == .article { articles += 1; if articles >= 2 { return true } }
            child = Int(tree.nodes[child].nextSibling)
        }
        return false
    }

    /// Kept text of the outermost `<article>` elements below the root.
    static func nestedArticleText(_ root: Int, finder: MainContentFinder) -> Int32 {
        let tree = finder.tree
        var total: Int32 = 0
        let end = Int(tree.nodes[root].subtreeEnd)
        var position = root + 1
        while position < end {
            let node = tree.nodes[position]
            if node.tag == .article {
                if !finder.removed[position] { total += finder.textChars[position] }
                position = Int(node.subtreeEnd)
            } else {
                position += 1
            }
        }
        return total
    }

    /// All nested articles of the content together hold less than 1/this of its text: they are an appendix to
    /// the article (teasers), not its body (a listicle's item cards).
    static let teaserGroupMaximumShare: Int32 = 3

    /// A teaser card holds less than 1/this of the content's text.
    static let teaserCardMaximumShare: Int32 = 4

    /// The highest element at most `formWrapperLevels` above the form, below the root, holding little kept text.
    private func formWrapper(_ form: Int, root: Int, finder: MainContentFinder) -> Int? {
        let tree = finder.tree
        var candidate: Int?
        var ancestor = Int(tree.nodes[form].parent)
        var level = 0
        while ancestor > root && level < ContentFurniture.formWrapperLevels
                && finder.textChars[ancestor] < ContentFurniture.formWrapperMaximumText {
            candidate = ancestor
            ancestor = Int(tree.nodes[ancestor].parent)
            level += 1
        }
        return candidate
    }

    static func lowercased(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        bytes.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
    }
}
