/// A ``Timeline`` in the JSON format TimelineJS (Knight Lab) reads: a title slide and one slide per event, each with its
/// date, the sentence as headline and its citation (outlet, article id, publication date) as text.
public struct TimelineJSDocument: Encodable, Sendable {
    public struct Date: Encodable, Sendable {
        public var year: String
        public var month: String?
        public var day: String?
    }
    public struct Text: Encodable, Sendable {
        public var headline: String
        public var text: String
    }
    public struct Slide: Encodable, Sendable {
        public var startDate: Date?
        public var text: Text
        public var group: String?
        public var uniqueID: String?

        enum CodingKeys: String, CodingKey {
            case startDate = "start_date", text, group, uniqueID = "unique_id"
        }
    }

    public var title: Slide
    public var events: [Slide]

    public init(_ timeline: Timeline, title: String, story: String) {
        self.title = Slide(startDate: nil, text: Text(headline: TimelineJSDocument.escape(title), text: "Story \(story), built by Storyline from the cited articles."),
                           group: nil, uniqueID: "\(story)-title")
        var events: [Slide] = []
        for entry in timeline.entries {
            guard let date = TimelineJSDocument.date(entry.date) else { continue }
            for (index, event) in entry.events.enumerated() {
                let citation = event.sentence
                var cited = "\(citation.outlet), \(citation.article)"
                if let published = citation.published { cited += ", published \(published)" }
                if event.outlets.count > 1 { cited += "; also reported by " + event.outlets.filter { $0 != citation.outlet }.joined(separator: ", ") }
                events.append(Slide(startDate: date, text: Text(headline: TimelineJSDocument.escape(citation.text), text: "<p>" + TimelineJSDocument.escape(cited) + "</p>"),
                                    group: nil, uniqueID: "\(story)-\(entry.date)-\(index + 1)"))
            }
        }
        self.events = events
    }

    /// "2011-02-16", "2011-02" or "2011" as TimelineJS date parts.
    static func date(_ value: String) -> Date? {
        let parts = value.split(separator: "-").map(String.init)
        guard let year = parts.first, year.count == 4, Int(year) != nil else { return nil }
        return Date(year: year, month: parts.count > 1 ? String(Int(parts[1]) ?? 1) : nil,
                    day: parts.count > 2 ? String(Int(parts[2]) ?? 1) : nil)
    }

    /// TimelineJS renders `text` as HTML: article words must not become markup.
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
