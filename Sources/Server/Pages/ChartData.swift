import Foundation
import Link
import Story

/// The numbers behind the desk's charts, as rows for the SVG and as CSV for download.
enum ChartData {
    /// Articles per day of each story (the largest `limit` stories).
    static func attention(_ stories: [StoryCluster], dates: [String: String], limit: Int = 12) -> [SVGChart.Row] {
        stories.prefix(limit).map { story in
            var counts: [String: Int] = [:]
            for document in story.documents { if let date = dates[document] { counts[date, default: 0] += 1 } }
            return SVGChart.Row(name: "\(story.id) \(story.title)", counts: counts)
        }
    }

    /// Articles per day of each outlet in a story (outlets with most articles first, at most `limit`).
    static func coverage(_ brief: Brief, limit: Int = 12) -> [SVGChart.Row] {
        var byOutlet: [String: [String: Int]] = [:]
        for article in brief.articles {
            guard let date = article.published else { continue }
            byOutlet[article.outlet, default: [:]][date, default: 0] += 1
        }
        return byOutlet.map { SVGChart.Row(name: $0.key, counts: $0.value) }
            .sorted { ($0.counts.values.reduce(0, +), $1.name) > ($1.counts.values.reduce(0, +), $0.name) }
            .prefix(limit).map { $0 }
    }

    /// The points of a claim group: each claim's value on the date it was made (its "as of", else its article's date).
    static func claimPoints(_ group: ClaimGroup) -> [SVGChart.Point] {
        group.claims.map { claim in
            let date = claim.asOf ?? claim.sentence.published
            return SVGChart.Point(date: date, value: claim.value, high: claim.high,
                                  label: "\(SVGChart.number(claim.value))\(claim.high.map { "–" + SVGChart.number($0) } ?? "") \(claim.unit ?? ""): \(claim.sentence.outlet), \(date ?? "undated")")
        }
    }

    /// Day-count rows as CSV: `series,date,articles`.
    static func csv(_ rows: [SVGChart.Row], seriesHeader: String) -> String {
        var table = CSVTable(header: [seriesHeader, "date", "articles"])
        for row in rows {
            for (date, count) in row.counts.sorted(by: { $0.key < $1.key }) { table.rows.append([row.name, date, String(count)]) }
        }
        return table.text
    }

    /// A claim group's values as CSV.
    static func claimsCSV(_ group: ClaimGroup) -> String {
        var table = CSVTable(header: ["what", "date", "value", "high", "unit", "hedge", "outlet", "article", "sentence"])
        for claim in group.claims {
            table.rows.append([group.what, claim.asOf ?? claim.sentence.published ?? "", SVGChart.number(claim.value),
                               claim.high.map(SVGChart.number) ?? "", claim.unit ?? "", claim.hedge ?? "", claim.sentence.outlet,
                               claim.sentence.article, claim.sentence.text])
        }
        return table.text
    }
}
