/// Renders a ``Timeline`` as Markdown: one heading per date, one bullet per event with its citation,
/// supporting outlets and quotes.
public enum TimelineMarkdown {
    public static func render(_ timeline: Timeline, title: String? = nil, headingLevel: Int = 1) -> String {
        var out = ""
        let hashes = String(repeating: "#", count: headingLevel)
        if let title { out += "\(hashes) Timeline: \(title)\n\n" }
        if timeline.entries.isEmpty { out += "_No dated events found._\n" }
        for entry in timeline.entries {
            out += "\(hashes)# \(entry.date)\n\n"
            out += "_\(entry.mentions) sentence\(entry.mentions == 1 ? " mentions" : "s mention") this date; \(entry.published) article\(entry.published == 1 ? "" : "s") published that day._\n\n"
            for event in entry.events {
                out += "- \(event.sentence.text) \(cite(event.sentence))\n"
                out += "  - dated by: \(event.dateEvidence)\n"
                if event.outlets.count > 1 || !event.support.isEmpty {
                    out += "  - reported by: \(event.outlets.joined(separator: ", "))"
                    if !event.support.isEmpty {
                        out += " (" + event.support.map { "[\($0.outlet), \($0.article)]" }.joined(separator: " ") + ")"
                    }
                    out += "\n"
                }
                for quote in event.quotes {
                    out += "  - quote: \(quote.speaker ?? "unattributed"): “\(quote.text)” [\(quote.outlet), \(quote.article)]\n"
                }
            }
            out += "\n"
        }
        return out
    }

    /// "[outlet, article, published date]".
    static func cite(_ citation: SentenceCitation) -> String {
        var parts = [citation.outlet, citation.article]
        if let published = citation.published {
            parts.append(published + (citation.publishedEstimated == true ? " (est.)" : ""))
        }
        return "[" + parts.joined(separator: ", ") + "]"
    }
}
