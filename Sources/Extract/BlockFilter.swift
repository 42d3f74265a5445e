import Model

/// Drops short rendered blocks that are page furniture inside the main container: the text debris rules
/// (share prompts, advertisement markers, newsletter prompts, read-also teasers, credits), bylines, reading
/// times and date-only lines (the date is metadata); and blocks inside the structural furniture of
/// `ContentFurniture` (author boxes, reviews, comments, form prompts, teaser cards, furniture `aria-label`s).
struct BlockFilter {
    let rules: TextDebrisRules
    let dates: DateStringParser
    /// Blocks longer than this are never furniture.
    static let maximumWords = 20
    /// A block of at least this many words repeating an earlier block's text exactly is dropped.
    static let minimumRepeatWords = 8

    /// Furniture found by structure inside the content (nil: not checked).
    let furniture: ContentFurniture?

    init(rules: TextDebrisRules = .shared, latest: CalendarDate, furniture: ContentFurniture? = nil) {
        self.rules = rules
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

    /// The kept blocks and the removed ones with their reasons.
    func filter(_ blocks: [ContentBlock]) -> (kept: [ContentBlock], removed: [RemovedBlock]) {
        var kept: [ContentBlock] = []
        var removed: [RemovedBlock] = []
        var seen = Set<String>()
        for block in blocks {
            if let reason = furniture?.reason(for: block) {
                removed.append(RemovedBlock(text: block.text, reason: reason))
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
        return (kept, removed)
    }
}
