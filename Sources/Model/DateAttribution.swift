/// A date with where it came from and how sure we are of it.
public struct DateAttribution: Hashable, Codable, Sendable {
    /// Where a date was found.
    public enum Source: String, Codable, Sendable, CaseIterable {
        case input          // given with the input (JSON Lines `date`, WARC/HTTP header, feed item)
        case jsonLD         // schema.org JSON-LD datePublished/dateModified
        case meta           // <meta> tags (article:published_time, og, dc, …)
        case timeElement    // <time datetime>
        case url            // a date in the URL path
        case text           // a date written in the page near the title/byline
        case contentEstimate  // inferred from the time expressions in the article body
        case user           // set by the user (`storyline date`), with the user's note as evidence
    }

    public var date: CalendarDate
    public var source: Source
    /// 0…1.
    public var confidence: Double
    /// A short human-readable reason ("latest dated event 2022-02-17 + 'on Friday'").
    public var evidence: String?
    /// For an estimate: the earliest and latest days the evidence leaves plausible (nil when not worked out).
    public var earliest: CalendarDate?
    public var latest: CalendarDate?

    public init(date: CalendarDate, source: Source, confidence: Double, evidence: String? = nil,
                earliest: CalendarDate? = nil, latest: CalendarDate? = nil) {
        self.date = date
        self.source = source
        self.confidence = confidence
        self.evidence = evidence
        self.earliest = earliest
        self.latest = latest
    }

    /// True when the date was estimated from content rather than read from the page or input.
    public var isEstimated: Bool { source == .contentEstimate }
}
