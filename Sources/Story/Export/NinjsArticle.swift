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
        public var name: String
        public var version: String
        public var schema: String
    }

    public var uri: String
    public var standard: Standard
    public var type: String
    public var representationtype: String
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
    /// Not optimised: Swift 6.3.1's CopyPropagation pass crashes on this initialiser in release builds (it runs once
    /// per exported article, so nothing is lost).
    @_optimize(none)
    public init(_ document: Document, uriBase: String = "urn:storyline:article:") {
        let headline = document.displayTitle()
        uri = document.metadata.canonicalURL ?? document.metadata.url ?? uriBase + document.id
        standard = Standard(name: "ninjs", version: "2.0", schema: "http://www.iptc.org/std/ninjs/ninjs-schema_2.0.json#")
        type = "text"
        representationtype = "full"
        firstcreated = document.publishedDate.map { "\($0.description)T00:00:00Z" }
        language = document.metadata.language
        title = headline
        by = document.metadata.authors.isEmpty ? nil : document.metadata.authors.joined(separator: ", ")
        headlines = [Text(role: "main", value: headline)]
        bodies = [NinjsArticle.body(document.text)]
        infosources = [Named(name: document.outlet)]
        altids = (document.metadata.inputID.map { [AltID(role: "input", value: $0)] } ?? [])
            + [AltID(role: "storyline-document", value: document.id)]
        people = NinjsArticle.named(document, .person)
        organisations = NinjsArticle.named(document, .organization)
        places = NinjsArticle.named(document, .place)
    }

    static func body(_ text: String) -> Text {
        Text(role: "main", contenttype: "text/plain", charcount: text.unicodeScalars.count,
             wordcount: text.split(whereSeparator: \.isWhitespace).count, value: text)
    }

    /// The distinct names of the article's entity clusters with this label.
    static func named(_ document: Document, _ label: EntityLabel) -> [Named] {
        var seen: Set<String> = []
        return document.entityClusters.filter { $0.label == label && seen.insert($0.name).inserted }
            .map { Named(name: $0.name, rel: "mentioned") }
    }
}
