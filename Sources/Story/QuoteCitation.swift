import Link
import Model

/// A quote with its speaker and where it was reported.
public struct QuoteCitation: Hashable, Codable, Sendable {
    /// The speaker's best name ("Dmitry Peskov"), or the source as written; nil when unattributed.
    public var speaker: String?
    /// The story-level actor the speaker resolves to, when known.
    public var actor: String?
    public var kind: Quote.Kind
    public var text: String
    public var document: String
    /// How users cite the article: its input id, else the document id.
    public var article: String
    public var outlet: String
    public var published: String?
    /// The date the statement was made, when the sentence dates it.
    public var said: String?

    public init(quote: Quote, in document: Document, actor: String? = nil, said: CalendarDate? = nil) {
        let cluster = quote.speakerCluster.flatMap { $0 >= 0 && $0 < document.entityClusters.count ? document.entityClusters[$0] : nil }
        speaker = quote.speakerName ?? cluster?.name ?? quote.speaker.map { document.text(of: $0) }
        self.actor = actor
        kind = quote.kind
        text = SentenceText.clean(document.text(of: quote.span))
        self.document = document.id
        article = document.reference
        outlet = document.outlet
        published = document.publishedDate?.description
        self.said = said?.description
    }

    /// The quote with the story-level actor its speaker's cluster belongs to, the speaker named as that actor.
    public init(quote: Quote, in document: Document, resolution: ActorResolution, said: CalendarDate? = nil) {
        let actorID = quote.speakerCluster.flatMap { resolution.actorOf[document.id]?[$0] }
        self.init(quote: quote, in: document, actor: actorID, said: said)
        if let actorID, let actor = resolution.actor(id: actorID) { speaker = actor.name }
    }
}
