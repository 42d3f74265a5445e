import Foundation
import Store

/// Renders search hits as text, JSON (an array) or CSV (RFC 4180, with a header).
enum SearchResultFormatter {
    static func render(_ hits: [SearchHit], format: SearchCommand.Format) -> String {
        switch format {
        case .text:
            if hits.isEmpty { return "no matches\n" }
            return hits.enumerated().map { index, hit in
                let heading = "\(index + 1). \(hit.title ?? "(untitled)")"
                let details = [hit.date, hit.source, hit.article].compactMap { $0 }.joined(separator: " · ")
                return heading + "\n   " + details + "\n   " + hit.snippet + "\n"
            }.joined(separator: "\n")
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            return String(decoding: (try? encoder.encode(hits)) ?? Data("[]".utf8), as: UTF8.self) + "\n"
        case .csv:
            var out = "rank,article,document_id,date,source,title,url,score,snippet\r\n"
            for (index, hit) in hits.enumerated() {
                let fields = [String(index + 1), hit.article, hit.documentID, hit.date ?? "", hit.source ?? "", hit.title ?? "",
                              hit.url ?? "", String(format: "%.4f", hit.score), hit.snippet]
                out += fields.map(csvField).joined(separator: ",") + "\r\n"
            }
            return out
        }
    }

    static func csvField(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
