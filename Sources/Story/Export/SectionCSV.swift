import Link
import Model

/// The sections of a story as CSV tables for spreadsheets: articles, actors, quotes, claims and timeline, one row per
/// item, each naming its story and article (by the input's id) so that every row can be traced back.
public enum SectionCSV: String, CaseIterable, Sendable {
    case articles, actors, quotes, claims, timeline

    /// The table of this section over the given stories of a workspace.
    public func table(_ workspace: StoryWorkspace, stories: [StoryCluster], overrides: [ActorOverride] = [],
                      timeline: TimelineOptions = TimelineOptions(dates: 12, sentencesPerDate: 2)) throws -> CSVTable {
        var table = CSVTable(header: header)
        let reference = Dictionary(workspace.documents.map { ($0.id, $0.reference) }, uniquingKeysWith: { first, _ in first })
        for story in stories {
            let selection = try workspace.story(story.id)
            table.rows += rows(selection, workspace: workspace, reference: reference, overrides: overrides, timeline: timeline)
        }
        return table
    }

    var header: [String] {
        switch self {
        case .articles: return ["story", "article", "document_id", "title", "outlet", "url", "published", "date_source",
                                "date_confidence", "date_evidence", "copy_of"]
        case .actors: return ["story", "actor", "name", "label", "articles", "outlets", "mentions", "aliases", "roles"]
        case .quotes: return ["story", "article", "outlet", "published", "speaker", "actor", "kind", "text"]
        case .claims: return ["story", "group", "what", "verdict", "article", "outlet", "published", "as_of", "text", "value",
                              "high", "hedge", "unit", "sentence", "source", "qualifier", "scope", "low", "upper", "disagreement"]
        case .timeline: return ["story", "date", "article", "outlet", "published", "sentence", "dated_by", "also_reported_by"]
        }
    }

    /// `reference`: every stored document's input id (what a row names an article by), by document id.
    func rows(_ selection: StoryWorkspace.Selection, workspace: StoryWorkspace, reference: [String: String],
              overrides: [ActorOverride], timeline options: TimelineOptions) -> [[String]] {
        let story = selection.story.id
        let documents = selection.documents
        switch self {
        case .articles:
            let copyOf = workspace.duplicates.originalOf
            return documents.map { document in
                let date = document.metadata.published
                return [story, document.reference, document.id, document.displayTitle(), document.outlet,
                        document.metadata.canonicalURL ?? document.metadata.url ?? "", date?.date.description ?? "",
                        date?.source.rawValue ?? "", date.map { String(format2: $0.confidence) } ?? "", date?.evidence ?? "",
                        copyOf[document.id].map { reference[$0] ?? $0 } ?? ""]
            }
        case .actors:
            return ActorResolver().resolve(documents, overrides: overrides).map { actor in
                [story, actor.id, actor.name, actor.label.rawValue, actor.documents.map { reference[$0] ?? $0 }.joined(separator: "; "),
                 actor.outlets.joined(separator: "; "), String(actor.mentions), actor.aliases.map(\.text).joined(separator: "; "),
                 actor.roles.joined(separator: "; ")]
            }
        case .quotes:
            let resolution = ActorResolver().resolution(documents, overrides: overrides)
            return documents.filter { !selection.copies.contains($0.id) }.flatMap { document in
                document.quotes.map { quote in
                    let citation = QuoteCitation(quote: quote, in: document, resolution: resolution)
                    return [story, citation.article, citation.outlet, citation.published ?? "", citation.speaker ?? "",
                            citation.actor ?? "", citation.kind.rawValue, citation.text]
                }
            }
        case .claims:
            return ClaimAligner().align(documents, copies: selection.copies).enumerated().flatMap { number, group in
                group.claims.map { claim in
                    [story, ClaimGroup.id(story: story, number: number), group.what, group.verdict.label,
                     claim.sentence.article, claim.sentence.outlet, claim.sentence.published ?? "", claim.asOf ?? "", claim.text,
                     String(number: claim.value), claim.high.map { String(number: $0) } ?? "", claim.hedge ?? "", claim.unit ?? "",
                     claim.sentence.text, claim.frame?.source ?? "", claim.frame?.qualifier ?? "", claim.frame?.scope ?? "",
                     String(number: claim.lower), claim.upper.map { String(number: $0) } ?? "", group.disagreement?.rawValue ?? ""]
                }
            }
        case .timeline:
            let timeline = TimelineBuilder(options: options).build(documents, copies: selection.copies)
            return timeline.entries.flatMap { entry in
                entry.events.map { event in
                    [story, entry.date, event.sentence.article, event.sentence.outlet, event.sentence.published ?? "",
                     event.sentence.text, event.dateEvidence, event.outlets.filter { $0 != event.sentence.outlet }.joined(separator: "; ")]
                }
            }
        }
    }
}

extension String {
    /// A number without a trailing ".0" when it is whole.
    init(number value: Double) {
        self = value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }

    /// A number with two decimals.
    init(format2 value: Double) {
        let hundredths = Int((value * 100).rounded())
        let fraction = abs(hundredths % 100)
        self = "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
