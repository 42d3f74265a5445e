import Link
import Model

/// Writes the facts of every story of a workspace as ``StoryFact`` lines: its actors with every alias, its quotes with
/// speaker and actor, its numeric claims with the group each joins and the groups' verdicts, and every article's
/// time expressions. Articles are named by the id their input gave (``Model/Document/reference``).
///
/// A whole workspace's actors are resolved over all its articles at once, so that a person reported in several stories
/// of the store (a long topic the story clusterer cuts into chapters) is one actor with one id, listing every story it
/// appears in, rather than one actor per story; its quotes in any story point at that id.
///
/// Every article's quotes are written, copies' included (a fact belongs to each article that states it); claims of copies
/// are left out of the groups, as in the brief, so that a syndicated figure does not count as a second outlet agreeing.
public struct FactsExporter: Sendable {
    public var overrides: [ActorOverride]

    public init(overrides: [ActorOverride] = []) {
        self.overrides = overrides
    }

    /// The facts of every story, largest story first; `emit` receives first the workspace's actors (resolved over all its
    /// articles, each listing its stories), then the other facts story by story.
    public func export(_ workspace: StoryWorkspace, emit: ([StoryFact]) throws -> Void) throws {
        let ordered = workspace.storiesBySize
        var storyOf: [String: Int] = [:]
        for (rank, story) in ordered.enumerated() {
            for document in story.documents where storyOf[document] == nil { storyOf[document] = rank }
        }
        let resolution = ActorResolver().resolution(workspace.documents, overrides: overrides, stories: storyOf)
        try emit(actorFacts(resolution, documents: workspace.documents, stories: ordered))
        for story in ordered {
            try emit(facts(of: try workspace.story(story.id), resolution: resolution))
        }
    }

    /// The workspace's actors: each in the story holding most of its articles (the larger story on a tie), with the
    /// list of every story it appears in; ids are the actor ids of `resolution`.
    func actorFacts(_ resolution: ActorResolution, documents: [Document], stories: [StoryCluster]) -> [StoryFact] {
        let reference = Dictionary(documents.map { ($0.id, $0.reference) }, uniquingKeysWith: { first, _ in first })
        var storyOf: [String: Int] = [:]
        for (rank, story) in stories.enumerated() {
            for document in story.documents where storyOf[document] == nil { storyOf[document] = rank }
        }
        return resolution.actors.map { actor in
            var counts: [Int: Int] = [:]
            for document in actor.documents { if let rank = storyOf[document] { counts[rank, default: 0] += 1 } }
            let ranks = counts.keys.sorted()
            let main = counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
            var fact = StoryFact(kind: .actor, story: main.map { stories[$0].id } ?? "")
            fact.id = actor.id
            fact.name = actor.name
            fact.label = actor.label.rawValue
            fact.aliases = actor.aliases.map(\.text)
            fact.articles = actor.documents.map { reference[$0] ?? $0 }
            fact.stories = ranks.map { stories[$0].id }
            fact.labelEvidence = actor.labelEvidence
            return fact
        }
    }

    /// The facts of one story. Without a `resolution`, the story's own actors are resolved and written (ids
    /// "story/actor"); with one (the workspace's), no actor facts are written and quotes point at its actor ids.
    public func facts(of selection: StoryWorkspace.Selection, resolution workspaceResolution: ActorResolution? = nil) -> [StoryFact] {
        let story = selection.story.id
        let documents = selection.documents
        var facts: [StoryFact] = []
        // Offsets are written in code points: one map per article serves its quotes, claims and time expressions.
        let maps = Dictionary(documents.map { ($0.id, CodePointMap($0.text)) }, uniquingKeysWith: { first, _ in first })
        let resolution: ActorResolution
        let actorID: (String) -> String
        if let workspaceResolution {
            resolution = workspaceResolution
            actorID = { $0 }
        } else {
            resolution = ActorResolver().resolution(documents, overrides: overrides)
            actorID = { "\(story)/\($0)" }
            let reference = Dictionary(documents.map { ($0.id, $0.reference) }, uniquingKeysWith: { first, _ in first })
            for actor in resolution.actors {
                var fact = StoryFact(kind: .actor, story: story)
                fact.id = actorID(actor.id)
                fact.name = actor.name
                fact.label = actor.label.rawValue
                fact.aliases = actor.aliases.map(\.text)
                fact.articles = actor.documents.map { reference[$0] ?? $0 }
                facts.append(fact)
            }
        }
        for document in documents {
            for quote in document.quotes {
                let citation = QuoteCitation(quote: quote, in: document, resolution: resolution)
                var fact = located(.quote, story: story, span: quote.span, in: document, map: maps[document.id]!)
                fact.quoteKind = quote.kind.rawValue
                fact.speaker = citation.speaker
                fact.actor = citation.actor.map(actorID)
                facts.append(fact)
            }
        }
        let alignment = ClaimAligner().alignment(documents, copies: selection.copies)
        var groupOf: [ClaimKey: String] = [:]
        for (number, group) in alignment.groups.enumerated() {
            let groupID = ClaimGroup.id(story: story, number: number)
            var header = StoryFact(kind: .claimGroup, story: story)
            header.group = groupID
            header.what = group.what
            header.verdict = group.verdict.label
            header.pairs = group.pairs
            header.disagreement = group.disagreement?.rawValue
            header.headline = group.headline
            facts.append(header)
            for claim in group.claims { groupOf[ClaimKey(claim)] = groupID }
        }
        // Every figure is a claim; those in no group say so (group null).
        for claim in alignment.claims {
            var fact = StoryFact(kind: .claim, story: story)
            fact.group = groupOf[ClaimKey(claim)]
            fact.article = claim.sentence.article
            fact.text = claim.text
            fact.value = .number(claim.value)
            fact.what = claim.concept
            fact.qualifier = claim.frame?.qualifier
            fact.scope = claim.frame?.scope
            fact.source = claim.frame?.source
            fact.asOf = claim.asOf ?? claim.sentence.published
            fact.hedge = claim.hedge
            fact.low = .number(claim.lower)
            fact.high = claim.upper.map { .number($0) }
            fact.outlet = claim.sentence.outlet
            if let offsets = maps[claim.sentence.document]?.codePoints(of: claim.span) {
                fact.start = offsets.start
                fact.end = offsets.end
            }
            facts.append(fact)
        }
        for document in documents {
            for timex in document.timexes {
                var fact = located(.timex, story: story, span: timex.span, in: document, map: maps[document.id]!)
                fact.value = .timex(timex.value)
                facts.append(fact)
            }
        }
        return facts
    }

    func located(_ kind: StoryFact.Kind, story: String, span: Span, in document: Document, map: CodePointMap) -> StoryFact {
        var fact = StoryFact(kind: kind, story: story)
        fact.article = document.reference
        fact.text = document.text(of: span)
        let offsets = map.codePoints(of: span)
        fact.start = offsets.start
        fact.end = offsets.end
        return fact
    }

    /// A claim's place: its article and span.
    struct ClaimKey: Hashable {
        var document: String
        var start: Int
        var end: Int

        init(_ claim: NumericClaim) {
            document = claim.sentence.document
            start = claim.span.start
            end = claim.span.end
        }
    }
}
