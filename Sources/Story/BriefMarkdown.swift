import Foundation
import Link

/// Renders a ``Brief`` as Markdown: by default a few pages (the summary, the timeline, the main actors, the main
/// speakers' quotes, the main numeric claims, coverage by outlet); with ``Limits/full`` every section whole.
public enum BriefMarkdown {
    /// How much of each section the Markdown shows.
    public struct Limits: Sendable {
        public var articles: Int
        public var actors: Int
        public var speakers: Int
        public var quotesPerSpeaker: Int
        public var claimGroups: Int
        public var claimsPerGroup: Int
        public var outlets: Int
        public var days: Int
        public var copies: Int

        /// A brief that fits a few pages.
        public static let brief = Limits(articles: 12, actors: 12, speakers: 8, quotesPerSpeaker: 3, claimGroups: 6,
                                         claimsPerGroup: 6, outlets: 12, days: 14, copies: 0)
        /// Everything.
        public static let full = Limits(articles: .max, actors: .max, speakers: .max, quotesPerSpeaker: .max,
                                        claimGroups: .max, claimsPerGroup: .max, outlets: .max, days: .max, copies: .max)
    }

    public static func render(_ brief: Brief, limits: Limits = .brief) -> String {
        let articleOf = Dictionary(brief.articles.map { ($0.id, $0.article) }, uniquingKeysWith: { first, _ in first })
        func more(_ shown: Int, of total: Int, _ what: String) -> String {
            total > shown ? "- … and \(total - shown) more \(what) (`--full` or `--format json` for all)\n" : ""
        }
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
        for article in brief.articles.prefix(limits.articles) {
            var date = article.published ?? "unknown"
            if article.estimated, let confidence = article.dateConfidence {
                date += String(format: " (estimated, confidence %.2f", confidence)
                if let from = article.plausibleFrom, let to = article.plausibleTo { date += "; plausible \(from) … \(to)" }
                date += ")"
            }
            var source = article.dateSource ?? "—"
            if let evidence = article.dateEvidence { source += ": " + evidence }
            var title = article.title ?? ""
            if let copy = article.copyOf { title += " (copy of \(articleOf[copy] ?? copy))" }
            out += "| \(article.article) | \(article.outlet) | \(date) | \(escape(source)) | \(escape(title)) |\n"
        }

        if brief.articles.count > limits.articles {
            out += "\n_… and \(brief.articles.count - limits.articles) more articles (`--full`, `--format json`, or `storyline export csv --section articles`)._\n"
        }
        out += "\n## Timeline\n\n"
        out += TimelineMarkdown.render(brief.timeline, headingLevel: 2)

        out += "## Actors\n\n"
        if brief.actors.isEmpty { out += "_No named actors._\n" }
        for actor in brief.actors.prefix(limits.actors) {
            let aliases = actor.aliases.filter { $0.text != actor.name }
                .map { "\($0.text) (\($0.documents.count))" }.joined(separator: "; ")
            out += "- **\(actor.name)** (\(actor.label.rawValue), id `\(actor.id)`): \(actor.documents.count) article\(actor.documents.count == 1 ? "" : "s"), \(actor.outlets.joined(separator: ", "))"
            if !actor.roles.isEmpty { out += "; roles: \(actor.roles.prefix(3).joined(separator: ", "))" }
            if !aliases.isEmpty { out += "; also: \(aliases)" }
            out += "\n"
        }

        out += more(limits.actors, of: brief.actors.count, "actors")
        out += "\n## Quote book\n\n"
        if brief.quotes.isEmpty { out += "_No quotes found._\n" }
        let speakers = limits.speakers == .max ? brief.quotes : Array(brief.quotes.filter { $0.speaker != "unattributed" }.prefix(limits.speakers))
        for entry in speakers {
            out += "### \(entry.speaker)\n\n"
            for quote in entry.quotes.prefix(limits.quotesPerSpeaker) {
                var when = quote.said.map { "said \($0)" } ?? quote.published.map { "reported \($0)" } ?? "undated"
                when += ", \(quote.kind.rawValue)"
                out += "- “\(quote.text)” (\(when)) [\(quote.outlet), \(quote.article)]\n"
            }
            out += more(limits.quotesPerSpeaker, of: entry.quotes.count, "quotes")
            out += "\n"
        }
        if brief.quotes.count > speakers.count { out += "_… and \(brief.quotes.count - speakers.count) more speakers (`--full`)._\n\n" }

        out += "## Claims and disagreements\n\n"
        if brief.claims.isEmpty { out += "_No numeric claims counted the same thing in two articles._\n" }
        else { out += "_The most reported quantities, by the articles that give them; every figure is in `storyline export facts` (JSON) and `export csv --section claims`._\n\n" }
        // The most reported quantities first (the brief's groups come ranked by coverage).
        for group in brief.claims.prefix(limits.claimGroups) {
            out += "- **\(group.what)** (\(group.articles) articles, \(group.outlets.count) outlets): \(group.headline)\n"
            let series = ClaimSeriesPoint.series(of: group.claims, limit: limits.claimsPerGroup)
            out += "  - " + series.map(\.label).joined(separator: " → ") + "\n"
            if limits.claimsPerGroup == .max {
                for claim in group.claims {
                    let asOf = claim.asOf.map { ", figure as of \($0)" } ?? ""
                    out += "  - \(claim.sentence.outlet) (\(claim.sentence.published ?? "undated")\(asOf)): “\(claim.text)” — \(claim.sentence.text) \(TimelineMarkdown.cite(claim.sentence))\n"
                }
            }
        }
        out += more(limits.claimGroups, of: brief.claims.count, "claim groups")

        out += "\n## Coverage\n\n| outlet | articles | first | last |\n|---|---|---|---|\n"
        for outlet in brief.coverage.outlets.prefix(limits.outlets) {
            out += "| \(outlet.outlet) | \(outlet.articles) | \(outlet.first ?? "—") | \(outlet.last ?? "—") |\n"
        }
        out += "\n| date | articles | outlets |\n|---|---|---|\n"
        if brief.coverage.outlets.count > limits.outlets {
            out += "| … \(brief.coverage.outlets.count - limits.outlets) more outlets | \(brief.coverage.outlets.dropFirst(limits.outlets).reduce(0) { $0 + $1.articles }) | | |\n"
        }
        // The busiest days, in date order.
        let busiest = Set(brief.coverage.days.sorted { ($0.articles, $1.date) > ($1.articles, $0.date) }.prefix(limits.days).map(\.date))
        if brief.coverage.days.count > limits.days { out += "\n_The \(limits.days) busiest of \(brief.coverage.days.count) days:_\n" }
        for day in brief.coverage.days where busiest.contains(day.date) {
            out += "| \(day.date) | \(day.articles) | \(day.outlets.joined(separator: ", ")) |\n"
        }
        if brief.coverage.undated > 0 { out += "| undated | \(brief.coverage.undated) | |\n" }

        if !brief.duplicates.isEmpty {
            out += "\n## Copies\n\n"
            for link in brief.duplicates.prefix(limits.copies) {
                out += "- \(articleOf[link.copy] ?? link.copy) copies \(articleOf[link.original] ?? link.original): \(link.reason)\n"
            }
            if brief.duplicates.count > limits.copies {
                out += "_\(brief.duplicates.count) articles are copies of another (`--full` lists them)._\n"
            }
        }
        return out
    }

    static func escape(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|") }
}
