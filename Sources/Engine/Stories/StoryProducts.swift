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
        case brief, timeline, actors
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

    public func key(_ kind: Kind) -> String { "default overrides \(overridesKey)" }

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
    /// `rebuild`); returns how many stories were built.
    func buildMissing(workspace: StoryWorkspace, index: StoryIndexStore, rebuild: Bool) throws -> Int {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let fingerprints = Dictionary(try index.stories().map { ($0.id, $0.fingerprint) }, uniquingKeysWith: { first, _ in first })
        var built = 0
        for story in workspace.stories {
            guard let fingerprint = fingerprints[story.id] else { continue }
            let missing = try Kind.allCases.filter { kind in
                if rebuild { return true }
                let kept = try index.product(story: story.id, kind: kind.rawValue, key: key(kind))
                return kept == nil
            }
            guard !missing.isEmpty else { continue }
            let selection = try workspace.story(story.id)
            for kind in missing {
                let payload: Data
                switch kind {
                case .brief:
                    payload = try encoder.encode(Self.defaultBrief(selection, duplicates: workspace.duplicates, overrides: overrides))
                case .timeline:
                    payload = try encoder.encode(TimelineBuilder(options: Self.defaultTimelineOptions())
                        .build(selection.documents, copies: selection.copies))
                case .actors:
                    payload = try encoder.encode(ActorResolver().resolve(selection.documents, overrides: overrides))
                }
                try index.saveProduct(story: story.id, kind: kind.rawValue, key: key(kind), fingerprint: fingerprint, payload: payload)
            }
            built += 1
        }
        return built
    }
}
