import Foundation
import Link
import Model
import Store

/// The text `storyline demo` prints about the stored documents: articles, outlets, dates, entities, quotes,
/// numbers and time expressions. Each section shows what the stages have produced so far.
struct DemoReport {
    let documents: [Document]
    let summary: StoreSummary
    /// Document id → how it copies another document ("teaser", "contained", …), for the article list.
    var copyKinds: [String: String] = [:]

    func render() -> String {
        var out: [String] = []
        out.append("Articles (\(documents.count)), by date:")
        let ordered = documents.sorted { ($0.metadata.published?.date.description ?? "9999") < ($1.metadata.published?.date.description ?? "9999") }
        for document in ordered {
            let date: String
            if let published = document.metadata.published {
                date = published.date.description + (published.isEstimated ? "~" : " ")
            } else {
                date = "undated     "
            }
            let words = document.text.split(whereSeparator: { $0 == " " || $0 == "\n" }).count
            let title = document.metadata.title ?? String(document.text.prefix(60)).replacingOccurrences(of: "\n", with: " ")
            out.append("  \(date) \(pad(document.outlet, 28)) \(truncate(title, 70))  [\(words) words\(copyKinds[document.id].map { ", \($0)" } ?? "")]")
        }
        if documents.contains(where: { $0.metadata.published?.isEstimated == true }) {
            out.append("  (~ = date estimated from the content)")
        }
        out.append("")
        let outlets = Dictionary(grouping: documents, by: \.outlet).map { ($0.key, $0.value.count) }
            .sorted { ($1.1, $0.0) < ($0.1, $1.0) }
        out.append("Outlets: " + outlets.map { "\($0.0) (\($0.1))" }.joined(separator: ", "))
        let dates = documents.compactMap { $0.metadata.published?.date }
        if let first = dates.min(), let last = dates.max() { out.append("Dates: \(first) … \(last)") }
        out.append(String(format: "Raw input kept: %@ (compressed to %@)", byteString(summary.rawBytes), byteString(summary.storedRawBytes)))
        out.append("")
        out.append(contentsOf: entitySection())
        out.append(contentsOf: quoteSection())
        out.append(contentsOf: quantitySection())
        let timexes = documents.reduce(0) { $0 + $1.timexes.count }
        let sentences = documents.reduce(0) { $0 + $1.sentences.count }
        out.append("Sentences: \(sentences); time expressions: \(timexes)")
        return out.joined(separator: "\n")
    }

    private func entitySection() -> [String] {
        var articlesPerName: [String: (label: EntityLabel, articles: Int, aliases: Set<String>)] = [:]
        for document in documents {
            for cluster in document.entityClusters {
                var entry = articlesPerName[cluster.name] ?? (cluster.label, 0, [])
                entry.articles += 1
                entry.aliases.formUnion(cluster.aliases.filter { $0 != cluster.name })
                articlesPerName[cluster.name] = entry
            }
        }
        guard !articlesPerName.isEmpty else { return ["Entities: none found yet", ""] }
        let top = articlesPerName.sorted { $0.value.articles != $1.value.articles ? $0.value.articles > $1.value.articles : $0.key < $1.key }.prefix(12)
        var lines = ["Entities in most articles:"]
        for (name, entry) in top {
            let aliases = entry.aliases.sorted().prefix(4).joined(separator: "; ")
            lines.append("  \(pad(entry.label.rawValue, 6)) \(pad(name, 34)) \(entry.articles) article\(entry.articles == 1 ? "" : "s")"
                         + (aliases.isEmpty ? "" : "  aka \(aliases)"))
        }
        return lines + [""]
    }

    private func quoteSection() -> [String] {
        let quotes = documents.flatMap { document in document.quotes.map { (document, $0) } }
        guard !quotes.isEmpty else { return ["Quotes: none found yet", ""] }
        var lines = ["Quotes (\(quotes.count); first 8):"]
        for (document, quote) in quotes.prefix(8) {
            let text = document.text(of: quote.span).replacingOccurrences(of: "\n", with: " ")
            lines.append("  \(pad(quote.speakerName ?? "?", 26)) \(quote.kind == .direct && !"\"\u{201C}\u{2018}'".contains(text.first ?? " ") ? "\u{201C}" + truncate(text, 70) + "\u{201D}" : truncate(text, 72))  — \(document.metadata.source ?? "unknown")")
        }
        return lines + [""]
    }

    private func quantitySection() -> [String] {
        let quantities = documents.flatMap { document in document.quantities.filter { $0.describes != nil || $0.unit != nil }.map { (document, $0) } }
        guard !quantities.isEmpty else { return ["Numbers: none found yet", ""] }
        var lines = ["Numbers with what they count (first 10):"]
        for (document, quantity) in quantities.prefix(10) {
            let parts = [quantity.hedge, document.text(of: quantity.span), quantity.describes.map { "→ \($0)" }].compactMap { $0 }
            lines.append("  " + truncate(parts.joined(separator: " "), 70) + "  — \(document.metadata.source ?? "unknown")")
        }
        return lines + [""]
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? String(text.prefix(width)) : text + String(repeating: " ", count: width - text.count)
    }

    private func truncate(_ text: String, _ width: Int) -> String {
        text.count <= width ? text : String(text.prefix(width - 1)) + "…"
    }

    private func byteString(_ bytes: Int64) -> String {
        bytes >= 1_048_576 ? String(format: "%.1f MB", Double(bytes) / 1_048_576) : String(format: "%.1f KB", Double(bytes) / 1024)
    }
}
