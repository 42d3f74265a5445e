import Model

/// Drops short rendered blocks that are page furniture inside the main container: the text debris rules
/// (share prompts, advertisement markers, newsletter prompts, read-also teasers, credits), bylines, reading
/// times and date-only lines (the date is metadata); teaser sections (a "Related articles"-style heading and the
/// short blocks after it); and blocks inside the structural furniture of `ContentFurniture` (author boxes,
/// reviews, form prompts, teaser cards, dialogs, text areas).
struct BlockFilter {
    let rules: TextDebrisRules
    let dates: DateStringParser
    /// Blocks longer than this are never furniture.
    static let maximumWords = 20
    /// A block of at least this many words repeating an earlier block's text exactly is dropped.
    static let minimumRepeatWords = 8

    /// Furniture found by structure inside the content (nil: not checked).
    let furniture: ContentFurniture?

    /// Headings of furniture sections on HTML pages (`boilerplate.json`), besides the text teaser headings.
    let sectionHeadings: Set<String>
    /// Labels that look like teaser headings but introduce content ("Recommended:" system requirements).
    let sectionHeadingExceptions: Set<String>
    /// Lone labels dropped when they end the content ("Related", "Tags", "Impressum").
    let trailingLabels: Set<String>

    init(rules: TextDebrisRules = .shared, latest: CalendarDate, furniture: ContentFurniture? = nil,
         boilerplate: BoilerplateRules = .shared) {
        self.rules = rules
        self.sectionHeadings = boilerplate.sectionHeadings
        self.sectionHeadingExceptions = boilerplate.sectionHeadingExceptions
        self.trailingLabels = boilerplate.trailingLabels
        self.dates = DateStringParser(latest: latest)
        self.furniture = furniture
    }

    func reason(for block: ContentBlock) -> String? {
        switch block.kind {
        case .tableRow, .preformatted: return nil
        default: break
        }
        // Counting stops past the limit (the two tests below only ask "at most 20", "at most 6").
        let words = WordCounter.spaceSeparated(block.text, limit: BlockFilter.maximumWords + 1)
        guard words <= BlockFilter.maximumWords else { return nil }
        if let reason = rules.reason(for: block.text) { return reason }
        if words <= 6, let match = dates.dates(in: block.text, dayFirst: true, limit: 1).first {
            let letters = block.text.filter(\.isLetter).count
            if letters <= 24 { _ = match; return "date line" }
        }
        return nil
    }

    /// Blocks longer than this end a teaser section (the article goes on).
    static let teaserSectionMaximumWords = 60
    /// A teaser heading written as a paragraph ("Recent Posts" in a styled div) has at most this many words, and
    /// its section ends at a heading of this level or higher.
    static let teaserLabelMaximumWords = 6
    static let teaserLabelSectionLevel = 2

    static let trailingPunctuation: Set<Unicode.Scalar> = Set(".…:!".unicodeScalars)

    /// The level of the teaser section this block opens ("Related articles", "Recently viewed", "Shipping &
    /// Returns"), or nil.
    func teaserSectionLevel(_ block: ContentBlock) -> Int? {
        let level: Int
        switch block.kind {
        case .heading(let headingLevel): level = headingLevel
        case .paragraph: level = BlockFilter.teaserLabelSectionLevel
        default: return nil
        }
        guard block.text.utf8.count <= 60,
              WordCounter.spaceSeparated(block.text, limit: BlockFilter.teaserLabelMaximumWords + 1) <= BlockFilter.teaserLabelMaximumWords
        else { return nil }
        let normalized = TextDebrisRules.normalize(block.text)
        if sectionHeadingExceptions.contains(TextDebrisRules.collapse(block.text)) { return nil }
        if sectionHeadings.contains(normalized) || rules.isTeaserHeading(block.text) { return level }
        // "Related articles:", "Other related articles..."
        let bare = TextDebrisRules.trim(normalized, BlockFilter.trailingPunctuation)
        if bare != normalized && sectionHeadings.contains(bare) { return level }
        return nil
    }

    /// The kept blocks and the removed ones with their reasons.
    func filter(_ blocks: [ContentBlock]) -> (kept: [ContentBlock], removed: [RemovedBlock]) {
        var kept: [ContentBlock] = []
        var removed: [RemovedBlock] = []
        var seen = Set<String>()
        // Inside a teaser section: the level of its heading.
        var teaserLevel: Int?
        for block in blocks {
            if let reason = furniture?.reason(for: block) {
                removed.append(RemovedBlock(text: block.text, reason: reason))
                continue
            }
            if let level = teaserLevel {
                var ends = false
                if case .heading(let headingLevel) = block.kind, headingLevel <= level { ends = true }
                if !ends && WordCounter.spaceSeparated(block.text, limit: BlockFilter.teaserSectionMaximumWords + 1) > BlockFilter.teaserSectionMaximumWords { ends = true }
                if ends {
                    teaserLevel = nil
                } else {
                    removed.append(RemovedBlock(text: block.text, reason: "teaser section"))
                    continue
                }
            }
            if let level = teaserSectionLevel(block) {
                teaserLevel = level
                removed.append(RemovedBlock(text: block.text, reason: "teaser section heading"))
                continue
            }
            // Responsive layouts render the same text twice (a desktop and a mobile copy).
            if block.text.utf8.count > 30,
               WordCounter.spaceSeparated(block.text, limit: BlockFilter.minimumRepeatWords) >= BlockFilter.minimumRepeatWords {
                if !seen.insert(block.text).inserted {
                    removed.append(RemovedBlock(text: block.text, reason: "repeated block"))
                    continue
                }
            }
            if let reason = reason(for: block) {
                removed.append(RemovedBlock(text: block.text, reason: reason))
            } else {
                kept.append(block)
            }
        }
        // A lone label left at the end ("Tags", "Related", "Impressum"): its list was removed, or it links elsewhere.
        var trailing: [RemovedBlock] = []
        while kept.count > 1, let last = kept.last, isTrailingLabel(last) {
            trailing.insert(RemovedBlock(text: last.text, reason: "trailing label"), at: 0)
            kept.removeLast()
        }
        return (kept, removed + trailing)
    }

    func isTrailingLabel(_ block: ContentBlock) -> Bool {
        switch block.kind {
        case .tableRow, .preformatted: return false
        default: break
        }
        guard block.text.utf8.count <= 40 else { return false }
        let normalized = TextDebrisRules.normalize(block.text)
        return trailingLabels.contains(normalized)
            || trailingLabels.contains(TextDebrisRules.trim(normalized, BlockFilter.trailingPunctuation))
    }
}
