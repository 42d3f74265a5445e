import Link
import Model

/// An article's text with its annotations marked inline, for people to read what the pipeline found:
/// quotes `«…»` followed by `{speaker}`, entities `[…]{LABEL}`, time expressions `⟦…⟧{value}` and numbers `⟨…⟩{value unit}`.
///
/// Marks nest; an annotation that crosses the boundary of one already open is listed but not marked.
public enum ArticleMarkup {
    struct Mark {
        var span: Span
        var open: String
        var close: String
        var rank: Int
    }

    public static func render(_ document: Document) -> String {
        var marks: [Mark] = []
        for quote in document.quotes {
            let speaker = quote.speakerName ?? quote.speaker.map { document.text(of: $0) } ?? "unattributed"
            marks.append(Mark(span: quote.span, open: "«", close: "»{\(quote.kind == .indirect ? "reported: " : "")\(speaker)}", rank: 0))
        }
        for entity in document.entities {
            marks.append(Mark(span: entity.span, open: "[", close: "]{\(entity.label.rawValue)}", rank: 1))
        }
        for timex in document.timexes {
            marks.append(Mark(span: timex.span, open: "⟦", close: "⟧{\(timex.value)}", rank: 2))
        }
        for quantity in document.quantities {
            marks.append(Mark(span: quantity.span, open: "⟨", close: "⟩{\(label(quantity))}", rank: 3))
        }
        // Outer marks first: by start, longer first, then by rank.
        marks = marks.filter { !$0.span.isEmpty && $0.span.end <= document.text.utf8.count }
            .sorted { ($0.span.start, -$0.span.end, $0.rank) < ($1.span.start, -$1.span.end, $1.rank) }
        var accepted: [Mark] = []
        var open: [Mark] = []
        for mark in marks {
            while let last = open.last, last.span.end <= mark.span.start { open.removeLast() }
            if let last = open.last, mark.span.end > last.span.end { continue }  // crosses an open mark
            accepted.append(mark)
            open.append(mark)
        }
        // Splice: insertions at each byte offset, closings (innermost first) before openings.
        var closings: [Int: [Mark]] = [:]
        var openings: [Int: [Mark]] = [:]
        for mark in accepted {
            openings[mark.span.start, default: []].append(mark)
            closings[mark.span.end, default: []].insert(mark, at: 0)
        }
        let bytes = Array(document.text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + accepted.count * 12)
        for offset in 0...bytes.count {
            for mark in closings[offset] ?? [] { out.append(contentsOf: mark.close.utf8) }
            for mark in openings[offset] ?? [] { out.append(contentsOf: mark.open.utf8) }
            if offset < bytes.count { out.append(bytes[offset]) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A number as people read it: "13000", "2.5", "40–60 ships".
    static func label(_ quantity: Quantity) -> String {
        var label = String(number: quantity.value)
        if let high = quantity.high { label += "–" + String(number: high) }
        if let unit = quantity.unit { label += " " + unit }
        return label
    }
}
