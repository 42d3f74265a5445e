import Foundation
import Model
import Story

/// An article's text as HTML with what the pipeline found marked: quotes (with their speaker), entities (with their
/// label), time expressions (with their value) and numbers; each sentence starts with an anchor `s<N>` so citations
/// can point at it, and the cited sentence is marked. Marks nest; one that crosses an open mark is left unmarked
/// (it is still listed beside the text). All text is escaped.
enum ArticleHighlighter {
    struct Mark {
        var start: Int
        var end: Int
        var open: String
        var close: String
        var rank: Int
    }

    static func render(_ view: ArticleView, sentences: [Sentence], text: String, cited: Int?) -> String {
        let scalars = Array(text.unicodeScalars)
        var marks: [Mark] = []
        let map = CodePointMap(text)
        var anchors: [Int: [Int]] = [:]
        for (index, sentence) in sentences.enumerated() {
            let offsets = map.codePoints(of: sentence.span)
            anchors[offsets.start, default: []].append(index)
            if index == cited {
                marks.append(Mark(start: offsets.start, end: offsets.end, open: "<mark class=\"cited\">", close: "</mark>", rank: -1))
            }
        }
        for quote in view.quotes {
            let speaker = quote.detail ?? "unattributed"
            marks.append(Mark(start: quote.start, end: quote.end,
                              open: "<q class=\"quote \(HTML.escape(quote.value))\" title=\"\(HTML.escape((quote.value == "indirect" ? "reported: " : "") + speaker))\">",
                              close: "</q><sup class=\"speaker\">\(HTML.escape(speaker))</sup>", rank: 0))
        }
        for entity in view.entities {
            let title = entity.value + (entity.detail.map { ": " + $0 } ?? "")
            marks.append(Mark(start: entity.start, end: entity.end,
                              open: "<mark class=\"entity \(HTML.escape(entity.value.lowercased()))\" title=\"\(HTML.escape(title))\">",
                              close: "</mark>", rank: 1))
        }
        for timex in view.timexes {
            marks.append(Mark(start: timex.start, end: timex.end,
                              open: "<time class=\"timex\" title=\"\(HTML.escape(timex.value))\">", close: "</time>", rank: 2))
        }
        for number in view.numbers {
            let title = number.value + (number.detail.map { " (\($0))" } ?? "")
            marks.append(Mark(start: number.start, end: number.end,
                              open: "<span class=\"number\" title=\"\(HTML.escape(title))\">", close: "</span>", rank: 3))
        }
        marks = marks.filter { $0.start < $0.end && $0.end <= scalars.count }
            .sorted { ($0.start, -$0.end, $0.rank) < ($1.start, -$1.end, $1.rank) }
        var accepted: [Mark] = []
        var open: [Mark] = []
        for mark in marks {
            while let last = open.last, last.end <= mark.start { open.removeLast() }
            if let last = open.last, mark.end > last.end { continue }
            accepted.append(mark)
            open.append(mark)
        }
        var openings: [Int: [Mark]] = [:]
        var closings: [Int: [Mark]] = [:]
        for mark in accepted {
            openings[mark.start, default: []].append(mark)
            closings[mark.end, default: []].insert(mark, at: 0)
        }
        var out = ""
        var run = String.UnicodeScalarView()
        func flush() {
            out += HTML.escape(String(run))
            run = String.UnicodeScalarView()
        }
        for offset in 0...scalars.count {
            let closing = closings[offset] ?? []
            let opening = openings[offset] ?? []
            let anchor = anchors[offset] ?? []
            if !closing.isEmpty || !opening.isEmpty || !anchor.isEmpty {
                flush()
                for mark in closing { out += mark.close }
                for index in anchor { out += "<a id=\"s\(index)\" class=\"anchor\"></a>" }
                for mark in opening { out += mark.open }
            }
            if offset < scalars.count { run.append(scalars[offset]) }
        }
        flush()
        return out
    }
}
