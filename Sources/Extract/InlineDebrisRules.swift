import Foundation

/// Rules for debris inside running text (reader comments, wire trailers, datelines, page stamps, photo captions),
/// loaded from `Resources/inlinedebris.json`. Scraped feeds often hold a whole page as one long line, so these rules
/// find debris inside a paragraph rather than as whole lines (`TextDebrisRules`).
struct InlineDebrisRules: @unchecked Sendable {
    /// How much text a rule's match removes.
    enum Extent: String, Decodable {
        /// The matched words.
        case match
        /// The sentence holding the match.
        case sentence
        /// From the sentence holding the match to the end of the article.
        case rest
        /// From the match to the end of the article.
        case restFromMatch
        /// A stamp printed after a reader comment: the comment-voiced sentences before it, and the rest.
        case commentsBefore
        /// A photo credit and the caption sentence before it.
        case caption
        /// From the sentence holding the match to the next dateline (an editor's note printed before the story).
        case untilDateline
    }

    /// One rule: where it matches, what it removes, and the reason recorded with the removed text.
    struct Rule {
        let expression: NSRegularExpression
        let reason: String
        let extent: Extent
        /// The match must start within this many UTF-16 units of the paragraph start.
        let within: Int?
    }

    let rules: [Rule]
    /// Words that mark a sentence as written in a reader's voice (first and second person).
    let commentVoice: Set<String>
    /// How many sentences before a comment stamp may belong to the comment.
    let commentLeadSentences: Int
    /// The longest caption (in words) removed with its credit.
    let captionWords: Int
    /// The longest caption (in words) taken when it starts the paragraph (no sentence end before it).
    let leadCaptionWords: Int
    /// With at least this many credits making up most of a paragraph, it is a gallery: captions stay, credits go.
    let galleryCredits: Int
    /// How far (UTF-16 units) an editor's note may run before the dateline that ends it.
    let datelineReach: Int
    let dateline: NSRegularExpression

    /// Where headlines and captions glued to the lead of a one-line page are split off (`LeadRunSplitter`).
    struct LeadRun: Decodable {
        /// Words that open sentences: written with a capital right after a lower-case word, they start a new piece.
        var openers: Set<String>
        /// Words after which a capitalised word continues the sentence (articles, prepositions, speech verbs).
        var notBefore: Set<String>
        /// Capitalised words that are never a glue point (weekdays, months).
        var notGlue: Set<String>
        var minimumHeadingWords: Int
        var maximumHeadingWords: Int
        var maximumCaptionWords: Int
        var minimumLeadWords: Int
        /// How far (characters) the first sentence end is looked for.
        var reach: Int
        /// The reason recorded with a removed caption.
        var reason: String
    }
    let leadRun: LeadRun

    static let shared = InlineDebrisRules()

    private init() {
        struct File: Decodable {
            struct RuleEntry: Decodable {
                var pattern: String
                var reason: String
                var extent: Extent
                var within: Int?
            }
            var rules: [RuleEntry]
            var commentVoice: [String]
            var commentLeadSentences: Int
            var captionWords: Int
            var leadCaptionWords: Int
            var galleryCredits: Int
            var datelineReach: Int
            var dateline: String
            var leadRun: LeadRun
        }
        let file = ExtractResources.decode(File.self, from: "inlinedebris.json")
        rules = file.rules.map { entry in
            guard let expression = try? NSRegularExpression(pattern: entry.pattern) else {
                fatalError("inlinedebris.json: bad pattern \(entry.pattern)")
            }
            return Rule(expression: expression, reason: entry.reason, extent: entry.extent, within: entry.within)
        }
        commentVoice = Set(file.commentVoice.map { $0.lowercased() })
        commentLeadSentences = file.commentLeadSentences
        captionWords = file.captionWords
        leadCaptionWords = file.leadCaptionWords
        galleryCredits = file.galleryCredits
        datelineReach = file.datelineReach
        guard let dateline = try? NSRegularExpression(pattern: file.dateline) else {
            fatalError("inlinedebris.json: bad dateline pattern")
        }
        self.dateline = dateline
        leadRun = file.leadRun
        guard !leadRun.openers.isEmpty, !leadRun.notBefore.isEmpty else { fatalError("inlinedebris.json: empty leadRun lists") }
    }
}
