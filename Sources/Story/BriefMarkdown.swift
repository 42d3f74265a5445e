import Foundation
import Link

/// Renders a ``Brief`` as Markdown.
public enum BriefMarkdown {
    public static func render(_ brief: Brief, quotesPerSpeaker: Int = 8) -> String {
        var out = "# \(brief.title)\n\n"
        let outlets = brief.coverage.outlets.map(\.outlet)
        let dates = brief.articles.compactMap(\.published)
        out += "_Story \(brief.story): \(brief.articles.count) article\(brief.articles.count == 1 ? "" : "s") from \(outlets.count) outlet\(outlets.count == 1 ? "" : "s")"
        if let first = dates.min(), let last = dates.max() { out += ", \(first) to \(last)" }
        out += "._\n\n"

        out += "## Summary\n\n"
        if brief.summary.isEmpty { out += "_No sentences to summarise._\n" }
        for sentence in brief.summary {
            out += "- \(sentence.citation.text) \(TimelineMarkdown.cite(sentence.citation))"
            if !sentence.alsoReportedBy.isEmpty { out += " (also: \(sentence.alsoReportedBy.joined(separator: ", ")))" }
            out += "\n"
        }

        out += "\n## Articles\n\n| article | outlet | published | date from | title |\n|---|---|---|---|---|\n"
        for article in brief.articles {
            var date = article.published ?? "unknown"
            if article.estimated, let confidence = article.dateConfidence {
                date += String(format: " (estimated, confidence %.2f", confidence)
                if let from = article.plausibleFrom, let to = article.plausibleTo { date += "; plausible \(from) … \(to)" }
                date += ")"
            }
            var source = article.dateSource ?? "—"
            if let evidence = article.dateEvidence { source += ": " + evidence }
            var title = article.title ?? ""
            if let copy = article.copyOf { title += " (copy of \(copy))" }
            out += "| \(article.id) | \(article.outlet) | \(date) | \(escape(source)) | \(escape(title)) |\n"
        }

        out += "\n## Timeline\n\n"
        out += TimelineMarkdown.render(brief.timeline, headingLevel: 2)

        out += "## Actors\n\n"
        if brief.actors.isEmpty { out += "_No named actors._\n" }
        for actor in brief.actors {
            let aliases = actor.aliases.filter { $0.text != actor.name }
                .map { "\($0.text) (\($0.documents.count))" }.joined(separator: "; ")
            out += "- **\(actor.name)** (\(actor.label.rawValue), id `\(actor.id)`): \(actor.documents.count) article\(actor.documents.count == 1 ? "" : "s"), \(actor.outlets.joined(separator: ", "))"
            if !actor.roles.isEmpty { out += "; roles: \(actor.roles.prefix(3).joined(separator: ", "))" }
            if !aliases.isEmpty { out += "; also: \(aliases)" }
            out += "\n"
        }

        out += "\n## Quote book\n\n"
        if brief.quotes.isEmpty { out += "_No quotes found._\n" }
        for entry in brief.quotes {
            out += "### \(entry.speaker)\n\n"
            for quote in entry.quotes.prefix(quotesPerSpeaker) {
                var when = quote.said.map { "said \($0)" } ?? quote.published.map { "reported \($0)" } ?? "undated"
                when += ", \(quote.kind.rawValue)"
                out += "- “\(quote.text)” (\(when)) [\(quote.outlet), \(quote.document)]\n"
            }
            if entry.quotes.count > quotesPerSpeaker {
                out += "- … and \(entry.quotes.count - quotesPerSpeaker) more (see `--format json`)\n"
            }
            out += "\n"
        }

        out += "## Claims and disagreements\n\n"
        if brief.claims.isEmpty { out += "_No numeric claims counted the same thing in two articles._\n" }
        for group in brief.claims {
            out += "- **\(group.concept)\(group.since.map { " since \($0)" } ?? "")**: \(verdictText(group.verdict))\n"
            for claim in group.claims {
                let asOf = claim.asOf.map { ", figure as of \($0)" } ?? ""
                out += "  - \(claim.sentence.outlet) (\(claim.sentence.published ?? "undated")\(asOf)): “\(claim.text)” — \(claim.sentence.text) \(TimelineMarkdown.cite(claim.sentence))\n"
            }
            var said: Set<String> = []
            for comparison in group.comparisons where comparison.relation != .consistent && said.insert(comparison.explanation).inserted {
                out += "  - \(comparison.relation.rawValue): \(comparison.explanation)\n"
            }
        }

        out += "\n## Coverage\n\n| outlet | articles | first | last |\n|---|---|---|---|\n"
        for outlet in brief.coverage.outlets {
            out += "| \(outlet.outlet) | \(outlet.articles) | \(outlet.first ?? "—") | \(outlet.last ?? "—") |\n"
        }
        out += "\n| date | articles | outlets |\n|---|---|---|\n"
        for day in brief.coverage.days {
            out += "| \(day.date) | \(day.articles) | \(day.outlets.joined(separator: ", ")) |\n"
        }
        if brief.coverage.undated > 0 { out += "| undated | \(brief.coverage.undated) | |\n" }

        if !brief.duplicates.isEmpty {
            out += "\n## Copies\n\n"
            for link in brief.duplicates { out += "- \(link.copy) copies \(link.original): \(link.reason)\n" }
        }
        return out
    }

    static func verdictText(_ verdict: ClaimGroup.Verdict) -> String {
        switch verdict {
        case .agree: return "the outlets agree (within their hedges)"
        case .update: return "the figures differ; each change comes in a later report (an update, not a contradiction)"
        case .disagree: return "the outlets disagree"
        }
    }

    static func escape(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|") }
}
