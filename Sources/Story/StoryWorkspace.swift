import Analyze
import Link
import Model

/// A collection of analysed articles with its cross-article structure: copies, stories and their events.
public struct StoryWorkspace: Sendable {
    public let documents: [Document]
    public let duplicates: DuplicateReport
    public let stories: [StoryCluster]
    public let assignments: [StoryAssignment]
    /// Each outlet's repeated sentences, learned over the workspace: left out of entities, quotes, claims, dates and
    /// copy detection (``BoilerplateAnnotationFilter``), kept here to be shown with their counts.
    public let boilerplate: [BoilerplateSentence]
    /// The final clustering with its groups and term statistics (nil for a restored workspace): what a story index
    /// keeps so that a later article can join a story without the collection being clustered again.
    public let clustering: StoryClusterer?
    /// Each article's LSH band keys from the copy detection (empty for a restored workspace), kept by a story index
    /// so that a later article finds its copies without the collection being compared again.
    public let duplicateBandKeys: [String: [UInt64]]

    /// The documents of one story.
    public struct Selection: Sendable {
        public var story: StoryCluster
        public var documents: [Document]
        /// Ids of the story's documents marked as copies of another document.
        public var copies: Set<String>

        public init(story: StoryCluster, documents: [Document], copies: Set<String>) {
            self.story = story
            self.documents = documents
            self.copies = copies
        }
    }

    /// A story selector that matched nothing.
    public struct UnknownStory: Error, CustomStringConvertible {
        public var selector: String
        public var known: [String]

        public init(selector: String, known: [String]) {
            self.selector = selector
            self.known = known
        }
        public var description: String {
            known.isEmpty ? "no stories: the store has no articles" :
                "no story '\(selector)'; known: \(known.joined(separator: ", "))"
        }
    }

    /// `userDates`: publication dates the user set (document id → date with source `.user`); they replace what
    /// the page said or the estimate, and the article's time expressions are resolved again against them.
    /// `boilerplate` learns each outlet's repeated sentences, which are left out of the analysis.
    public init(documents: [Document], userDates: [String: DateAttribution] = [:],
                boilerplate finder: RepeatedSentenceFinder = RepeatedSentenceFinder()) {
        // Undated articles are dated from their whole story's content (Link.StoryDateResolver): stories are first
        // found without the per-article content estimates (one text alone often gets the year wrong), then dated,
        // then clustered again on the refined dates.
        var documents = documents
        StoryWorkspace.applyUserDates(userDates, to: &documents)
        let boilerplate = finder.find(documents)
        documents = BoilerplateAnnotationFilter.apply(documents, boilerplate: boilerplate)
        if documents.contains(where: { $0.metadata.published?.isEstimated ?? true }) {
            let firm = StoryClusterer.cluster(documents.map { document in
                var firm = document
                if firm.metadata.published?.isEstimated == true { firm.metadata.published = nil }
                return firm
            })
            documents = StoryDateResolver().resolve(documents, stories: firm.stories.map(\.documents))
        }
        let clustering = StoryClusterer.clustering(documents)
        let (report, bandKeys) = DuplicateDetector().detectWithBandKeys(documents, boilerplateSentences: boilerplate)
        StoryWorkspace.attributeListedArticles(&documents, report)
        self.documents = documents
        duplicates = report
        self.boilerplate = boilerplate
        stories = clustering.stories
        assignments = clustering.assignments
        self.clustering = clustering
        duplicateBandKeys = bandKeys
    }

    /// Gives each document the publication date the user set for it and resolves its time expressions again against
    /// that date.
    public static func applyUserDates(_ userDates: [String: DateAttribution], to documents: inout [Document]) {
        guard !userDates.isEmpty else { return }
        let tagger = TemporalTagger()
        for index in documents.indices {
            guard let date = userDates[documents[index].id] else { continue }
            documents[index].metadata.published = date
            documents[index].timexes = tagger.timexes(in: documents[index].text, anchor: date.date)
        }
    }

    /// A workspace as a story index kept it: nothing is computed again.
    public init(restoring documents: [Document], duplicates: DuplicateReport, stories: [StoryCluster],
                assignments: [StoryAssignment], boilerplate: [BoilerplateSentence]) {
        self.documents = documents
        self.duplicates = duplicates
        self.stories = stories
        self.assignments = assignments
        self.boilerplate = boilerplate
        clustering = nil
        duplicateBandKeys = [:]
    }

    /// An article that names no outlet (no source, site name or URL) takes the outlet of a feed item or teaser
    /// that lists it (the `teaser` link, kept in ``duplicates``, is the evidence).
    static func attributeListedArticles(_ documents: inout [Document], _ report: DuplicateReport) {
        let position = Dictionary(documents.indices.map { (documents[$0].id, $0) }, uniquingKeysWith: { first, _ in first })
        for link in report.links where link.kind == .teaser && link.crossOutlet {
            guard let article = position[link.original], let teaser = position[link.copy] else { continue }
            let metadata = documents[article].metadata
            let named = [metadata.source, metadata.siteName, metadata.url, metadata.canonicalURL].contains { !($0 ?? "").isEmpty }
            guard !named else { continue }
            documents[article].metadata.source = documents[teaser].outlet
        }
    }

    /// Stories by size, largest first.
    public var storiesBySize: [StoryCluster] { Self.bySize(stories) }

    /// `stories` largest first (ties by id).
    public static func bySize(_ stories: [StoryCluster]) -> [StoryCluster] {
        stories.sorted { ($0.documents.count, $1.id) > ($1.documents.count, $0.id) }
    }

    /// The story a selector names among `stories`: an id ("s2") or a number ("2"); nil or empty names the largest.
    public static func find(_ selector: String?, in stories: [StoryCluster]) throws -> StoryCluster {
        let found: StoryCluster?
        if let selector, !selector.isEmpty {
            let id = selector.hasPrefix("s") ? selector : "s\(selector)"
            found = stories.first { $0.id == id }
        } else {
            found = bySize(stories).first
        }
        guard let found else { throw UnknownStory(selector: selector ?? "", known: stories.map(\.id)) }
        return found
    }

    /// A story by id ("s2") or number ("2"); nil selects the largest story.
    public func story(_ selector: String?) throws -> Selection {
        let story = try Self.find(selector, in: stories)
        let members = Set(story.documents)
        let selected = documents.filter { members.contains($0.id) }
        let copies = Set(duplicates.links.map(\.copy)).intersection(members)
        return Selection(story: story, documents: selected, copies: copies)
    }
}
