/// Finds the main content of a page tree: marks boilerplate subtrees (tags, roles, hidden elements, class/id
/// rules), scores text blocks readability-style (commas, length, link density, class weight) onto their
/// ancestors, picks the best container and the sibling blocks that belong with it.
struct MainContentFinder {
    let tree: PageTree
    let rules: BoilerplateRules
    /// Why a subtree root was removed (nil: kept or inside a removed subtree).
    var removedReason: [String?]
    /// True for every node inside a removed subtree.
    var removed: [Bool]
    /// Visible text characters in the subtree (kept nodes only).
    var textChars: [Int32]
    /// Of which inside links.
    var linkChars: [Int32]
    var bodyIndex = 0
    /// Roots of subtrees removed only because they are hidden (tabs, accordions, "read more" panels, modals).
    var hiddenRoots: [Int] = []
    /// The page's first <h1> (-1: none): a hidden wrapper around it is the content, revealed by a script.
    var firstHeading1 = -1
    /// Visible characters of each text node, and the text/link counts before any removal.
    private var ownChars: [Int32] = []
    private var rawTextChars: [Int32] = []
    private var rawLinkChars: [Int32] = []
    static let discussionWords: [[UInt8]] = ["comment", "reply", "replies", "post", "answer", "thread", "message"].map { Array($0.utf8) }
    /// Climbing stops at a parent with at least this link density and more than `climbStopWidth` times the text.
    static let climbMaxLinkDensity = 0.3
    static let climbStopWidth = 1001.0
    /// Sections directly under <body> beside the content join it with at least this much text below this link density.
    static let bodySectionMinimumText = 200
    static let bodySectionMaximumLinkDensity = 0.3
    /// Share of a block's link text that counts as its own when comparing widths (link-only cards).
    static let linkTextOwnShare = 0.1
    /// Unless the block is one of at least this many sibling cards with its tag and class (a listing).
    static let cardRepeats = 3
    /// A block with at least this much non-link text stops below a parent whose extra text (at least
    /// `climbLinkOnlyMinimumExtra` characters) is at least `climbLinkOnlyDensity` links.
    static let climbLinkOnlyMinimumOwn = 500.0
    static let climbLinkOnlyMinimumExtra = 200.0
    static let climbLinkOnlyDensity = 0.9
    /// Climbing stops at an <article> element with this much non-link text (see `articleHoldsContent`).
    static let articleMinimumText = 500.0
    static let articleMinimumTextUndeclared = 1000.0
    static let articleMinimumShare = 0.4
    /// A container around the page's single main landmark narrows to it from this share of its non-link text.
    static let mainLandmarkMinimumShare = 0.3
    /// A positive class/id weight counts in full from this many characters of text, in proportion below
    /// (a small teaser card named "post-content" must not outscore the article).
    static let classWeightFullText = 400.0

    /// A discussion page (forum thread, Q&A): the replies are the content, comment rules do not apply.
    var isDiscussion = false
    /// Nodes before this index lie inside a discussion wrapper holding most of the page (see `discussionWrapperShare`).
    var discussionEnd = 0
    /// A wrapper named after comments, replies or a thread holding at least half of the page's text and leaving
    /// less than this much in the rest makes the page a discussion inside it: the comment rules do not apply there.
    static let discussionWrapperMaximumRest = 2000
    static let discussionWrapperWords: [[UInt8]] = ["comment", "replies", "thread"].map { Array($0.utf8) }
    /// The page declares itself an article (JSON-LD / Open Graph): its content is one container.
    var isDeclaredArticle = false
    /// The page declares itself a product (JSON-LD `Product`, `og:type` product): see `removeBuyBoxes`.
    var isDeclaredProduct = false
    /// On a product page, the small wrapper (at most `buyBoxLevels` above a form control, holding less than
    /// `buyBoxMaximumText` kept characters) is a buy box: price, quantity, variant picker, delivery widget.
    static let buyBoxLevels = 3
    static let buyBoxMaximumText: Int32 = 200
    static let buyBoxReason = "buy box"

    init(tree: PageTree, rules: BoilerplateRules = .shared, isDiscussion: Bool = false) {
        self.isDiscussion = isDiscussion
        self.tree = tree
        self.rules = rules
        let count = tree.nodes.count
        removedReason = Array(repeating: nil, count: count)
        removed = Array(repeating: false, count: count)
        textChars = Array(repeating: 0, count: count)
        linkChars = Array(repeating: 0, count: count)
        bodyIndex = tree.elements(.body).first ?? 0
        firstHeading1 = tree.nodes.firstIndex { $0.tag == .h1 } ?? -1
        // Visible characters of each text node, counted once for both passes.
        var ownChars = [Int32](repeating: 0, count: count)
        tree.bytes.withUnsafeBufferPointer { bytes in
            for index in 0..<count where tree.nodes[index].tag == nil {
                var visible: Int32 = 0
                for position in Int(tree.nodes[index].start)..<Int(tree.nodes[index].end) {
                    let byte = bytes[position]
                    if byte > 32 && (byte & 0xC0) != 0x80 { visible += 1 }
                }
                ownChars[index] = visible
            }
        }
        self.ownChars = ownChars
        computeCounts(ownChars)
        rawTextChars = textChars
        rawLinkChars = linkChars
        markBoilerplate(in: 0..<count, revealing: false)
        computeCounts(ownChars)
    }

    /// Counts visible characters (UTF-8 lead bytes, no whitespace) bottom-up, skipping removed subtrees.
    private mutating func computeCounts(_ ownChars: [Int32]) {
        let nodes = tree.nodes
        var text = [Int32](repeating: 0, count: nodes.count)
        var links = [Int32](repeating: 0, count: nodes.count)
        for index in stride(from: nodes.count - 1, through: 0, by: -1) {
            let node = nodes[index]
            if removed[index] { continue }
            if let tag = node.tag {
                if tag.isInvisible { text[index] = 0; links[index] = 0; continue }
                // An anchor holding a long stretch of text is an unclosed <a> that swallowed content.
                if tag == .a && text[index] < 500 { links[index] = text[index] }
            } else {
                text[index] = ownChars[index]
            }
            let parent = Int(node.parent)
            if parent >= 0 {
                text[parent] += text[index]
                links[parent] += links[index]
            }
        }
        textChars = text
        linkChars = links
    }

    /// Marks the boilerplate subtrees among `range` (whole subtrees, in document order). `revealing`: the range is
    /// a hidden subtree being shown again, so visibility does not remove anything in it.
    private mutating func markBoilerplate(in range: Range<Int>, revealing: Bool) {
        let rawText = rawTextChars
        let rawLinks = rawLinkChars
        let bodyText = max(1, Int(rawText[bodyIndex]))
        // The class/id verdict depends on the string only: computed once per distinct string of the page.
        var verdicts = [BoilerplateRules.Verdict?](repeating: nil, count: tree.classStrings.count)
        for index in range {
            let node = tree.nodes[index]
            if index != range.lowerBound && node.parent >= 0 && removed[Int(node.parent)] { removed[index] = true; continue }
            guard let tag = node.tag else { continue }
            let textRich = rawText[index] >= 500 && Double(rawLinks[index]) < 0.3 * Double(rawText[index])
            if let reason = boilerplateReason(index, tag: tag, share: Double(rawText[index]) / Double(bodyText),
                                              textRich: textRich, rawText: Int(rawText[index]), revealing: revealing,
                                              verdicts: &verdicts) {
                removed[index] = true
                removedReason[index] = reason
                if reason == MainContentFinder.hiddenReason { hiddenRoots.append(index) }
            } else if bodyText - Int(rawText[index]) < MainContentFinder.discussionWrapperMaximumRest,
                      Int(rawText[index]) * 2 >= bodyText, BoilerplateRules.containsAny(tree.classAndID(index), MainContentFinder.discussionWrapperWords) {
                // A comments/replies/thread wrapper holding most of the page: the discussion is the content.
                discussionEnd = max(discussionEnd, Int(node.subtreeEnd))
            }
        }
    }

    /// True when the element's `aria-label` or class/id names a consent manager (`consentDialogWords`).
    private func namesConsent(_ index: Int) -> Bool {
        let label = tree.attributeRange(index, .ariaLabel).map { ContentFurniture.lowercased(tree.bytes[$0]) } ?? []
        return BoilerplateRules.containsAny(label, rules.consentDialogWords)
            || BoilerplateRules.containsAny(tree.classAndID(index), rules.consentDialogWords)
    }

    static let hiddenReason = "hidden"
    /// Hidden subtrees inside the content are shown again from this many visible characters (smaller ones are
    /// tooltips, screen-reader labels, "opens in a new window").
    static let revealMinimumText: Int32 = 100

    private func boilerplateReason(_ index: Int, tag: HTMLTag, share: Double, textRich: Bool, rawText: Int, revealing: Bool,
                                   verdicts: inout [BoilerplateRules.Verdict?]) -> String? {
        switch tag {
        case .html, .body, .head: return nil
        case .script, .style: return nil
        case .button, .select, .textarea, .option, .dialog, .label:
            // Unclosed form controls swallow the rest of the page in libxml2's parser: only small ones go.
            return rawText < 300 || share < 0.2 ? "non-text element" : nil
        case .noscript:
            // Forum software (Discourse) serves the whole content in <noscript> for crawlers.
            return share < 0.5 ? "non-text element" : nil
        case .template, .svg, .math, .iframe, .object, .embed, .canvas, .video, .audio, .input:
            return "non-text element"
        case .nav: return share < 0.5 ? "navigation" : nil
        case .aside: return share < 0.5 ? "aside" : nil
        case .footer: return share < 0.5 ? "footer" : nil
        case .header:
            if insideArticle(index) { return nil }
            return share < 0.3 ? "header" : nil
        case .form: return share < 0.4 && !(textRich && isDiscussion) ? "form" : nil
        case .figcaption: return "caption"
        default: break
        }
        // Hidden wrappers holding most of the page are revealed by scripts: keep them.
        if share < 0.5 && !revealing && !(firstHeading1 > index && firstHeading1 < Int(tree.nodes[index].subtreeEnd)) {
            if tree.hasAttribute(index, .hidden) { return "hidden" }
            if let range = tree.attributeRange(index, .ariaHidden), tree.bytes[range].first == UInt8(ascii: "t"), share < 0.3 {
                return "hidden"
            }
            if let style = tree.attributeRange(index, .style), PageTree.styleHides(tree.bytes[style]) { return "hidden" }
        }
        if let role = tree.attribute(index, .role)?.lowercased(), rules.removeRoles.contains(role),
           !(textRich && rules.textRichRoles.contains(role)) {
            if share < 0.5 { return "role \(role)" }
            // A consent manager can hold most of a short page's text; it is never the content.
            if ContentFurniture.isDialog(index, tree: tree), namesConsent(index) { return "consent dialog" }
        }
        if tag == .main || tag == .article { return nil }
        let classAndID = tree.classAndID(index)
        if (isDiscussion || index < discussionEnd) && BoilerplateRules.containsAny(classAndID, MainContentFinder.discussionWords) { return nil }
        let verdict: BoilerplateRules.Verdict
        if let cached = verdicts[tree.classKey(index)] {
            verdict = cached
        } else {
            verdict = rules.verdict(classAndID)
            verdicts[tree.classKey(index)] = verdict
        }
        if case .boilerplate(let reason) = verdict, share < 0.5 {
            if textRich && !BoilerplateRules.containsAny(classAndID, rules.alwaysRemove) { return nil }
            return reason
        }
        return nil
    }

    /// True when the parent has at least `minimum` element children with the same tag and class as `node` (cards).
    func hasRepeatedSiblings(_ node: Int, parent: Int, minimum: Int) -> Bool {
        let tag = tree.nodes[node].tag
        let classes = tree.attributeRange(node, .classAttr).map { tree.bytes[$0] }
        var count = 0
        var child = Int(tree.nodes[parent].firstChild)
        while child >= 0 {
            if tree.nodes[child].tag == tag {
                let other = tree.attributeRange(child, .classAttr).map { tree.bytes[$0] }
                if other == classes { count += 1; if count >= minimum { return true } }
            }
            child = Int(tree.nodes[child].nextSibling)
        }
        return false
    }

    /// True when an `<article>` element has enough text of its own to be the content: `articleMinimumText`
    /// non-link characters on a page declared an article, else `articleMinimumTextUndeclared` and at least
    /// `articleMinimumShare` of its parent's non-link text; never when it is one of several sibling articles.
    func articleHoldsContent(_ article: Int, parent: Int) -> Bool {
        let own = Double(textChars[article] - linkChars[article])
        let parentText = Double(textChars[parent] - linkChars[parent])
        let enough = isDeclaredArticle ? own >= MainContentFinder.articleMinimumText
            : own >= MainContentFinder.articleMinimumTextUndeclared && own >= MainContentFinder.articleMinimumShare * parentText
        return enough && !hasRepeatedSiblings(article, parent: parent, minimum: 2)
    }

    /// The only kept main landmark inside the subtree of `root` (nil: none or several).
    func singleMainLandmark(in root: Int) -> Int? {
        var found: Int?
        var index = root + 1
        let end = Int(tree.nodes[root].subtreeEnd)
        while index < end {
            if removed[index] { index = Int(tree.nodes[index].subtreeEnd); continue }
            if isMainLandmark(index) {
                if found != nil { return nil }
                found = index
                index = Int(tree.nodes[index].subtreeEnd); continue
            }
            index += 1
        }
        return found
    }

    /// True for `<main>` and `role="main"` elements.
    func isMainLandmark(_ index: Int) -> Bool {
        if tree.tag(index) == .main { return true }
        guard let range = tree.attributeRange(index, .role), range.count == 4 else { return false }
        return tree.bytes[range].elementsEqual("main".utf8) { $0 | 0x20 == $1 }
    }

    /// True when an `<article>` or `<main>` element encloses the node (a header there belongs to that content).
    func insideArticle(_ index: Int) -> Bool {
        var ancestor = Int(tree.nodes[index].parent)
        while ancestor > 0 {
            let tag = tree.tag(ancestor)
            if tag == .article || tag == .main { return true }
            if tag == .body { return false }
            ancestor = Int(tree.nodes[ancestor].parent)
        }
        return false
    }

    /// Shows again the hidden subtrees inside the chosen content (tab panels, accordion answers, "read more"
    /// text: hidden until a click, but part of the content). Their own boilerplate is still removed.
    mutating func revealHiddenContent(in roots: [Int]) {
        var revealed = false
        for hidden in hiddenRoots {
            guard roots.contains(where: { hidden > $0 && hidden < Int(tree.nodes[$0].subtreeEnd) }) else { continue }
            // Only when nothing above it, up to the root, was removed for another reason.
            var ancestor = Int(tree.nodes[hidden].parent)
            var inside = true
            while ancestor >= 0 && !roots.contains(ancestor) {
                if removed[ancestor] { inside = false; break }
                ancestor = Int(tree.nodes[ancestor].parent)
            }
            guard inside, removedReason[hidden] == MainContentFinder.hiddenReason,
                  rawTextChars[hidden] >= MainContentFinder.revealMinimumText else { continue }
            let end = Int(tree.nodes[hidden].subtreeEnd)
            for index in hidden..<end { removed[index] = false; removedReason[index] = nil }
            markBoilerplate(in: hidden..<end, revealing: true)
            revealed = true
        }
        if revealed { computeCounts(ownChars) }
    }

    /// Score of every node from the text blocks below it; the best container wins.
    func bestContainer() -> (best: Int, scores: [Double]) {
        let nodes = tree.nodes
        var score = [Double](repeating: 0, count: nodes.count)
        var isCandidate = [Bool](repeating: false, count: nodes.count)
        // Class weights per distinct class/id string (computed on first use).
        var weights = [Int?](repeating: nil, count: tree.classStrings.count)
        for index in 0..<nodes.count where !removed[index] {
            guard let tag = nodes[index].tag else { continue }
            let isParagraph: Bool
            switch tag {
            case .p, .pre, .blockquote, .td, .dd, .li: isParagraph = true
            case .div, .section, .article, .span, .font, .center: isParagraph = directTextChars(index) >= 25
            default: isParagraph = false
            }
            guard isParagraph else { continue }
            let chars = Int(textChars[index])
            guard chars >= 25 else { continue }
            // Nested paragraph-like blocks: count the innermost only.
            var value = 1.0 + Double(commaCount(index)) + min(Double(chars) / 100.0, 3.0)
            let density = chars > 0 ? Double(linkChars[index]) / Double(chars) : 0
            value *= (1 - density)
            var ancestor = Int(nodes[index].parent)
            var level = 0
            while ancestor >= 0 && level < 5 {
                if !isCandidate[ancestor] {
                    isCandidate[ancestor] = true
                    score[ancestor] += initialScore(ancestor, weights: &weights)
                }
                let divider = level == 0 ? 1.0 : (level == 1 ? 2.0 : Double(level) * 3.0)
                score[ancestor] += value / divider
                ancestor = Int(nodes[ancestor].parent)
                level += 1
            }
        }
        var best = bodyIndex
        var bestScore = -Double.infinity
        for index in 0..<nodes.count where isCandidate[index] && !removed[index] {
            let chars = Double(max(1, textChars[index]))
            score[index] *= (1 - Double(linkChars[index]) / chars)
            if score[index] > bestScore {
                bestScore = score[index]
                best = index
            }
        }
        return (best, score)
    }

    /// The best container plus the sibling blocks that belong with it (readability's sibling rule); hidden parts
    /// inside them are shown again.
    mutating func contentRoots() -> [Int] {
        let roots = chooseContentRoots()
        revealHiddenContent(in: roots)
        if isDeclaredProduct { removeBuyBoxes(in: roots) }
        if isDiscussion { removePostInfo(in: roots) }
        return roots
    }

    /// Removes the buy boxes inside the content of a product page: from each form control (`<form>`, `<select>`,
    /// `<input>`, `<textarea>`, a submit `<button>`; toggle buttons open accordions of content), the highest ancestor at most `buyBoxLevels` up, below the root, that
    /// holds less than `buyBoxMaximumText` kept characters (the price, quantity, size and delivery labels around
    /// the controls).
    mutating func removeBuyBoxes(in roots: [Int]) {
        var changed = false
        for root in roots {
            var position = root + 1
            let end = Int(tree.nodes[root].subtreeEnd)
            while position < end {
                switch tree.nodes[position].tag {
                case .form?, .select?, .input?, .textarea?, .button? where tree.nodes[position].tag != .button || isSubmitButton(position):
                    var wrapper = -1
                    var ancestor = Int(tree.nodes[position].parent)
                    var level = 0
                    while ancestor > root && level < MainContentFinder.buyBoxLevels
                            && textChars[ancestor] < MainContentFinder.buyBoxMaximumText {
                        wrapper = ancestor
                        ancestor = Int(tree.nodes[ancestor].parent)
                        level += 1
                    }
                    if wrapper > root && !removed[wrapper] {
                        let wrapperEnd = Int(tree.nodes[wrapper].subtreeEnd)
                        for index in wrapper..<wrapperEnd where !removed[index] { removed[index] = true }
                        removedReason[wrapper] = MainContentFinder.buyBoxReason
                        changed = true
                        position = wrapperEnd
                        continue
                    }
                    position = max(position + 1, wrapper > root ? Int(tree.nodes[wrapper].subtreeEnd) : position + 1)
                default:
                    position += 1
                }
            }
        }
        if changed { computeCounts(ownChars) }
    }

    /// Per-post furniture in a discussion (see `removePostInfo`): a class/id string recurring at least this often,
    /// under this many kept characters every time, at most once per `postInfoSpacing` characters of the content
    /// (product grids and tables repeat their short fields far more densely).
    static let postInfoMaximumText: Int32 = 100
    static let postInfoRepeats = 3
    static let postInfoSpacing: Int32 = 300

    /// In a discussion, the per-post furniture: elements whose class/id string recurs at least `postInfoRepeats`
    /// times in the content and is short (under `postInfoMaximumText` kept characters) every time (user panels
    /// with join dates and post counts, vote counts, "share" and "report" links). Post bodies share a class with
    /// the long posts and stay; so do short fields repeated densely (more often than once per `postInfoSpacing`
    /// characters: grids, tables).
    mutating func removePostInfo(in roots: [Int]) {
        let keys = tree.classStrings.count
        var count = [Int32](repeating: 0, count: keys)
        var longest = [Int32](repeating: 0, count: keys)
        for root in roots {
            for index in (root + 1)..<Int(tree.nodes[root].subtreeEnd) where !removed[index] && tree.nodes[index].tag != nil {
                let key = tree.classKey(index)
                if key == 0 { continue }
                count[key] += 1
                longest[key] = max(longest[key], textChars[index])
            }
        }
        var changed = false
        let total = roots.reduce(Int32(0)) { $0 + textChars[$1] }
        for root in roots {
            var index = root + 1
            let end = Int(tree.nodes[root].subtreeEnd)
            while index < end {
                let key = tree.classKey(index)
                if tree.nodes[index].tag != nil && key != 0 && !removed[index] && count[key] >= MainContentFinder.postInfoRepeats
                    && longest[key] < MainContentFinder.postInfoMaximumText && textChars[index] > 0
                    && total / count[key] >= MainContentFinder.postInfoSpacing {
                    let subtreeEnd = Int(tree.nodes[index].subtreeEnd)
                    for inner in index..<subtreeEnd { removed[inner] = true }
                    removedReason[index] = "post info"
                    changed = true
                    index = subtreeEnd
                    continue
                }
                index += 1
            }
        }
        if changed { computeCounts(ownChars) }
    }

    /// A `<button type="submit">` (add to cart, buy now), not a toggle (`type="button"`: accordions, tabs).
    func isSubmitButton(_ index: Int) -> Bool {
        guard let range = tree.attributeRange(index, .type) else { return false }
        return range.count == 6 && tree.bytes[range].elementsEqual("submit".utf8) { $0 | 0x20 == $1 }
    }

    /// The best container plus the sibling blocks that belong with it.
    func chooseContentRoots() -> [Int] {
        var (best, scores) = bestContainer()
        // Page builders split one article into many sibling sections, and the best-scoring block is often one
        // of them: climb to the outermost kept container below <body> (navigation, asides, footers and class/id
        // boilerplate are already removed, and link lists are dropped when rendering). The only stop is a
        // link-dense parent that is vastly wider than the block (a stray fragment of a link-heavy page).
        while true {
            let parent = Int(tree.nodes[best].parent)
            guard parent >= 0, parent != bodyIndex, !removed[parent] else { break }
            // An <article> element holding the text (not one of several sibling articles: cards) is the content:
            // its parent adds related stories, teasers and widgets.
            if tree.tag(best) == .article && !isDiscussion && articleHoldsContent(best, parent: parent) { break }
            // The page's own mark of its main content (<main>, role="main"): what lies around it is the site.
            if isMainLandmark(best) { break }
            // A card that is one big link still has text of its own: a tenth of it counts.
            let own = max(Double(textChars[best] - linkChars[best]), MainContentFinder.linkTextOwnShare * Double(textChars[best]))
            let wider = Double(textChars[parent] - linkChars[parent])
            if wider > own * MainContentFinder.climbStopWidth
                && linkDensity(parent) >= MainContentFinder.climbMaxLinkDensity
                && !hasRepeatedSiblings(best, parent: parent, minimum: MainContentFinder.cardRepeats) { break }
            // A block of real text does not climb into a parent that only adds links (archives, menus, tag clouds).
            if own >= MainContentFinder.climbLinkOnlyMinimumOwn {
                let extra = Double(textChars[parent] - textChars[best])
                let extraLinks = Double(linkChars[parent] - linkChars[best])
                if extra >= MainContentFinder.climbLinkOnlyMinimumExtra
                    && extraLinks >= MainContentFinder.climbLinkOnlyDensity * extra { break }
            }
            scores[parent] = max(scores[parent], scores[best])
            best = parent
        }
        // A container chosen above the main landmark narrows to it when the landmark holds enough of its text.
        if !isMainLandmark(best), let main = singleMainLandmark(in: best),
           Double(textChars[main] - linkChars[main]) >= MainContentFinder.mainLandmarkMinimumShare * Double(textChars[best] - linkChars[best]) {
            best = main
        }
        let parent = Int(tree.nodes[best].parent)
        // A page declared an article has its text in one container: the blocks beside it are related stories,
        // newsletter boxes and comments.
        guard parent >= 0, best != bodyIndex, !isDeclaredArticle else { return [best] }
        let threshold = max(10, scores[best] * 0.2)
        var roots: [Int] = []
        var child = Int(tree.nodes[parent].firstChild)
        while child >= 0 {
            defer { child = Int(tree.nodes[child].nextSibling) }
            if child == best { roots.append(child); continue }
            guard let tag = tree.nodes[child].tag, !removed[child] else { continue }
            let chars = Int(textChars[child])
            if chars == 0 { continue }
            var append = scores[child] >= threshold
            if !append && (tag == .p || tag == .ul || tag == .ol || tag == .blockquote || tag.isHeading || tag == .table || tag == .pre) {
                let density = linkDensity(child)
                if tag.isHeading { append = child > best && chars < 200 }
                else if chars > 80 { append = density < 0.25 }
                else if chars > 0 { append = density == 0 && tag == .p }
            }
            // Page-builder pages stack their sections directly under <body>: every text section belongs (not on
            // discussions, whose extra sections are other threads).
            if !append && parent == bodyIndex && !isDiscussion
                && chars >= MainContentFinder.bodySectionMinimumText
                && linkDensity(child) < MainContentFinder.bodySectionMaximumLinkDensity { append = true }
            if append { roots.append(child) }
        }
        return roots
    }

    private func initialScore(_ index: Int, weights: inout [Int?]) -> Double {
        var value = 0.0
        switch tree.tag(index) {
        case .article: value += 10
        case .main: value += 5
        case .div: value += 5
        case .pre, .td, .blockquote: value += 3
        case .ol, .ul, .dl, .dd, .dt, .li, .form, .address: value -= 3
        case .h1, .h2, .h3, .h4, .h5, .h6, .th: value -= 5
        default: break
        }
        if let itemprop = tree.attribute(index, .itemprop)?.lowercased(), itemprop.contains("articlebody") {
            value += 50
        }
        let key = tree.classKey(index)
        if weights[key] == nil { weights[key] = rules.weight(tree.classAndID(index)) }
        let weight = Double(weights[key]!) * 25
        value += weight > 0 ? weight * min(1, Double(textChars[index]) / MainContentFinder.classWeightFullText) : weight
        return value
    }

    func directTextChars(_ index: Int) -> Int {
        var total = 0
        var child = Int(tree.nodes[index].firstChild)
        while child >= 0 {
            if tree.nodes[child].tag == nil || !(tree.nodes[child].tag!.isBlock) { total += Int(textChars[child]) }
            child = Int(tree.nodes[child].nextSibling)
        }
        return total
    }

    private func commaCount(_ index: Int) -> Int {
        var count = 0
        let end = Int(tree.nodes[index].subtreeEnd)
        for position in index..<end where tree.nodes[position].tag == nil && !removed[position] {
            for byte in tree.textBytes(position) where byte == 44 { count += 1 }
        }
        return count
    }

    func linkDensity(_ index: Int) -> Double {
        let chars = textChars[index]
        return chars > 0 ? Double(linkChars[index]) / Double(chars) : 0
    }
}

extension PageTree {
    /// True for inline styles that hide the element.
    static func styleHides(_ style: ArraySlice<UInt8>) -> Bool {
        var compact: [UInt8] = []
        compact.reserveCapacity(style.count)
        for byte in style where byte != 32 { compact.append(byte >= 65 && byte <= 90 ? byte + 32 : byte) }
        return BoilerplateRules.containsAny(compact, [Array("display:none".utf8), Array("visibility:hidden".utf8)])
    }
}
