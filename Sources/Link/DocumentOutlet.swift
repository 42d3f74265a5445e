import Model

extension Document {
    /// The outlet an article is attributed to: its source, else its site name, else the host of its URL,
    /// else "unknown outlet (<first 8 characters of the id>)" so that unattributed articles are not counted as one outlet.
    public var outlet: String {
        if let source = metadata.source, !source.isEmpty { return source }
        if let site = metadata.siteName, !site.isEmpty { return site }
        if let url = metadata.url ?? metadata.canonicalURL, let host = Document.host(of: url) { return host }
        return "unknown outlet (\(id.prefix(8)))"
    }

    /// The publication date, when known or estimated.
    public var publishedDate: CalendarDate? { metadata.published?.date }

    static func host(of url: String) -> String? {
        guard let schemeEnd = url.range(of: "://") else { return nil }
        let rest = url[schemeEnd.upperBound...]
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }
        guard !host.isEmpty else { return nil }
        return host.hasPrefix("www.") ? String(host.dropFirst(4)) : String(host)
    }
}
