/// One line of the facts export (`storyline export facts`): an actor, a quote, a numeric claim, a claim group or a
/// time expression of a story, each pointing at the article it came from by the id the input gave it.
///
/// The shape is the one `shared/eval/README-story.md` defines; fields a kind does not use are left out.
public struct StoryFact: Encodable, Sendable {
    public enum Kind: String, Encodable, Sendable { case actor, quote, claim, claimGroup = "claim_group", timex }

    public var kind: Kind
    /// The story the fact belongs to.
    public var story: String
    /// Actor id (actors), claim group id (claims, claim groups).
    public var id: String?
    public var group: String?
    /// The article's input id (the input's own `id`, else the stored document id).
    public var article: String?
    /// The item's words as they stand in the article.
    public var text: String?
    /// Offsets of `text` in the article, in Unicode code points.
    public var start: Int?
    public var end: Int?
    public var name: String?
    public var label: String?
    public var aliases: [String]?
    public var articles: [String]?
    /// Actors: their mentions per label over all their article clusters, the evidence for `label`.
    public var labelEvidence: [String: Int]?
    /// Actors of a whole workspace: every story they appear in (`story` is the one holding most of their articles).
    public var stories: [String]?
    public var quoteKind: String?
    public var speaker: String?
    public var actor: String?
    public var value: StoryFactValue?
    public var what: String?
    public var verdict: String?
    /// Claims: what the sentence says about the figure (``ClaimFrame``) and the day it refers to.
    public var qualifier: String?
    public var scope: String?
    public var source: String?
    public var asOf: String?
    /// Claims: the hedge as written ("at least"), the interval the hedged figure allows (`high` nil: no upper bound),
    /// and the outlet of the article.
    public var hedge: String?
    public var low: StoryFactValue?
    public var high: StoryFactValue?
    public var outlet: String?
    /// Claim groups: how their cross-article pairs relate, who disagrees (`sources` or `outlets`) in a disagreement,
    /// and the verdict in one line.
    public var pairs: ClaimPairTally?
    public var disagreement: String?
    public var headline: String?

    public init(kind: Kind, story: String) {
        self.kind = kind
        self.story = story
    }

    enum CodingKeys: String, CodingKey {
        case kind, story, id, group, article, text, start, end, name, label, aliases, articles, stories
        case labelEvidence = "label_evidence"
        case quoteKind = "quote_kind", speaker, actor, value, what, verdict, qualifier, scope, source
        case asOf = "as_of", hedge, low, high, outlet, pairs, disagreement, headline
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encode(story, forKey: .story)
        try container.encodeIfPresent(id, forKey: .id)
        // A claim always says its group, null when it is in none.
        if kind == .claim { try container.encode(group, forKey: .group) } else { try container.encodeIfPresent(group, forKey: .group) }
        try container.encodeIfPresent(article, forKey: .article)
        try container.encodeIfPresent(text, forKey: .text)
        try container.encodeIfPresent(start, forKey: .start)
        try container.encodeIfPresent(end, forKey: .end)
        try container.encodeIfPresent(name, forKey: .name)
        try container.encodeIfPresent(label, forKey: .label)
        try container.encodeIfPresent(aliases, forKey: .aliases)
        try container.encodeIfPresent(articles, forKey: .articles)
        try container.encodeIfPresent(stories, forKey: .stories)
        try container.encodeIfPresent(labelEvidence, forKey: .labelEvidence)
        try container.encodeIfPresent(quoteKind, forKey: .quoteKind)
        // A quote always says its speaker and actor, null when unknown.
        if kind == .quote {
            try container.encode(speaker, forKey: .speaker)
            try container.encode(actor, forKey: .actor)
        } else {
            try container.encodeIfPresent(speaker, forKey: .speaker)
            try container.encodeIfPresent(actor, forKey: .actor)
        }
        try container.encodeIfPresent(value, forKey: .value)
        try container.encodeIfPresent(what, forKey: .what)
        try container.encodeIfPresent(verdict, forKey: .verdict)
        try container.encodeIfPresent(qualifier, forKey: .qualifier)
        try container.encodeIfPresent(scope, forKey: .scope)
        try container.encodeIfPresent(source, forKey: .source)
        try container.encodeIfPresent(asOf, forKey: .asOf)
        try container.encodeIfPresent(hedge, forKey: .hedge)
        try container.encodeIfPresent(low, forKey: .low)
        try container.encodeIfPresent(high, forKey: .high)
        try container.encodeIfPresent(outlet, forKey: .outlet)
        try container.encodeIfPresent(pairs, forKey: .pairs)
        try container.encodeIfPresent(disagreement, forKey: .disagreement)
        try container.encodeIfPresent(headline, forKey: .headline)
    }
}
