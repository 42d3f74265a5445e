import Dispatch
import Foundation
import Link
import Store
import Story

/// A story's default products (the brief, the timeline, the actor list), built from the story index and kept in it
/// under a key that names what they were built with: the options and the user's actor merges and splits. A product is
/// read back while its story is unchanged; anything else is worked out when asked.
public struct StoryProducts: Sendable {
    /// The kinds of product kept.
    public enum Kind: String, Sendable, CaseIterable {
        /// The brief (JSON), its default Markdown (what `storyline brief` prints), the timeline, the actor list and its
        /// Markdown (what `storyline actor list` prints).
        case brief, briefMarkdown, timeline, actors, actorsMarkdown
    }

    public let db: String
    /// The user's actor merges and splits, oldest first.
    public let overrides: [ActorOverride]

    public init(db: String) throws {
        self.db = db
        overrides = try StoryService.actorOverrides(db: db)
    }

    /// The key of the default product of `kind` under the current overrides.
    public var overridesKey: String {
        StoryIndexStore.hash(overrides.map { "\($0.kind.rawValue) \($0.actors.joined(separator: "|")) \($0.aliases.joined(separator: "|"))" }
            .joined(separator: "\n"))
    }

    /// The key the default products are kept under: the options they were built with (the defaults) and the overrides.
    public var key: String { "default overrides \(overridesKey)" }

    /// The brief the CLI and the desk show by default.
    public static func defaultBrief(_ selection: StoryWorkspace.Selection, duplicates: DuplicateReport,
                                    overrides: [ActorOverride]) -> Brief {
        BriefBuilder().build(selection, duplicates: duplicates, overrides: overrides)
    }

    /// The timeline `storyline timeline` shows by default.
    public static func defaultTimelineOptions() -> TimelineOptions {
        var options = TimelineOptions(dates: 10, sentencesPerDate: 2)
        options.collectSupport = true
        return options
    }

    /// Builds and keeps the products of every story that has none under the current key (all of them with
    /// `rebuild`), stories in parallel; returns how many stories were built.
    /// `fingerprints`: each story's, as just written to the index.
    func buildMissing(fingerprints: [String: String], workspace: StoryWorkspace, index: StoryIndexStore, rebuild: Bool) throws -> Int {
        var work: [(story: StoryCluster, kinds: [Kind])] = []
        for story in workspace.stories {
            guard fingerprints[story.id] != nil else { continue }
            let missing = try Kind.allCases.filter { kind in
                if rebuild { return true }
                let kept = try index.product(story: story.id, kind: kind.rawValue, key: key)
                return kept == nil
            }
            if !missing.isEmpty { work.append((story, missing)) }
        }
        // Largest first, so that the long ones start early.
        work.sort { $0.story.documents.count > $1.story.documents.count }
        let results = ParallelResults<Result<[(Kind, Data)], Error>>(count: work.count)
        let overrides = self.overrides
        let jobs = work.map { (id: $0.story.id, kinds: $0.kinds) }
        DispatchQueue.concurrentPerform(iterations: jobs.count) { position in
            results.set(position, Result { try Self.build(jobs[position].kinds, of: jobs[position].id, in: workspace, overrides: overrides) })
        }
        for (position, result) in results.values().enumerated() {
            let story = work[position].story.id
            for (kind, payload) in try result.get() {
                try index.saveProduct(story: story, kind: kind.rawValue, key: key, fingerprint: fingerprints[story]!, payload: payload)
            }
        }
        return work.count
    }

    private static func build(_ kinds: [Kind], of story: String, in workspace: StoryWorkspace,
                              overrides: [ActorOverride]) throws -> [(Kind, Data)] {
        let selection = try workspace.story(story)
        var brief: Brief?
        func theBrief() -> Brief {
            if let brief { return brief }
            let built = defaultBrief(selection, duplicates: workspace.duplicates, overrides: overrides)
            brief = built
            return built
        }
        var actors: [Actor]?
        func theActors() -> [Actor] {
            if let actors { return actors }
            let resolved = ActorResolver().resolve(selection.documents, overrides: overrides)
            actors = resolved
            return resolved
        }
        return try kinds.map { kind in
            switch kind {
            case .brief: return (kind, try JSONOutput.encode(theBrief()))
            case .briefMarkdown: return (kind, Data(BriefMarkdown.render(theBrief(), limits: .brief).utf8))
            case .timeline:
                return (kind, try JSONOutput.encode(TimelineBuilder(options: defaultTimelineOptions())
                    .build(selection.documents, copies: selection.copies)))
            case .actors: return (kind, try JSONOutput.encode(theActors()))
            case .actorsMarkdown: return (kind, Data(ActorListMarkdown.render(theActors()).utf8))
            }
        }
    }
}
