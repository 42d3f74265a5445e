import Link
import Model

/// An article as an IPTC ninjs 2.0 news item (the JSON news format of the IPTC): its id as a `uri`, headline, plain-text
/// body, byline, language, publication time, outlet as an info source, the input id as an alternative id, and the
/// people, organisations and places the article names.
public struct NinjsArticle: Encodable, Sendable {
    public struct Text: Encodable, Sendable {
        public var role: String?
        public var contenttype: String?
        public var charcount: Int?
        public var wordcount: Int?
        public var value: String
    }
    public struct Named: Encodable, Sendable {
        public var name: String
        public var rel: String?
        public var literal: String?
    }
    public struct AltID: Encodable, Sendable {
        public var role: String
        public var value: String
    }
    public struct Standard: Encodable, Sendable {
        public var name = "ninjs"
        public var version = "2.0"
        public var schema = "http://www.iptc.org/std/ninjs/ninjs-schema_2.0.json#"
    }

    public var uri: String
    public var standard = Standard()
    public var type = "text"
    public var representationtype = "full"
    public var firstcreated: String?
    public var language: String?
    public var title: String
    public var by: String?
    public var headlines: [Text]
    public var bodies: [Text]
    public var infosources: [Named]
    public var altids: [AltID]
    public var people: [Named]
    public var organisations: [Named]
    public var places: [Named]

    /// The item for a document; `uriBase` prefixes the document id when the article has no URL of its own.
    public init(_ document: Document, uriBase: String = "urn:storyline:article:") {
        uri = document.metadata.canonicalURL ?? document.metadata.url ?? uriBase + document.id
        firstcreated = document.publishedDate.map { "\($0.description)T00:00:00Z" }
        language = document.metadata.language
        title = document.displayTitle()
        by = document.metadata.authors.isEmpty ? nil : document.metadata.authors.joined(separator: ", ")
        headlines = [Text(role: "main", value: title)]
        let text = document.text
        bodies = [Text(role: "main", contenttype: "text/plain", charcount: text.unicodeScalars.count,
                       wordcount: text.split(whereSeparator: \.isWhitespace).count, value: text)]
        infosources = [Named(name: document.outlet)]
        altids = [AltID(role: "storyline-document", value: document.id)]
        if let inputID = document.metadata.inputID { altids.insert(AltID(role: "input", value: inputID), at: 0) }
        var seen: Set<String> = []
        var people: [Named] = [], organisations: [Named] = [], places: [Named] = []
        for cluster in document.entityClusters where seen.insert(cluster.label.rawValue + "|" + cluster.name).inserted {
            let named = Named(name: cluster.name, rel: "mentioned")
            switch cluster.label {
            case .person: people.append(named)
            case .organization: organisations.append(named)
            case .place: places.append(named)
            case .other: continue
            }
        }
        self.people = people
        self.organisations = organisations
        self.places = places
    }
}
