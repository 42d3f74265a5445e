import Foundation
import Model
@testable import Analyze

/// Runs the sentence, entity and quote analyzers on a text (the order the standard pipeline uses).
func analyzed(_ text: String, id: String = "test") -> Document {
    var document = Document(id: id, text: text)
    SentenceSplitter().annotate(&document)
    EntityRecognizer().annotate(&document)
    QuoteExtractor().annotate(&document)
    return document
}

/// The quantities the temporal and quantity taggers find in a text published on `published`, each with its text.
func taggedQuantities(_ text: String, published: CalendarDate) -> [(text: String, quantity: Quantity)] {
    var document = Document(id: "q", text: text, metadata: ArticleMetadata(
        published: DateAttribution(date: published, source: .input, confidence: 1)))
    TemporalTagger().annotate(&document)
    QuantityTagger().annotate(&document)
    return document.quantities.map { (document.text(of: $0.span), $0) }
}

extension Document {
    /// The quote whose text contains `fragment`.
    func quote(containing fragment: String) -> Quote? {
        quotes.first { text(of: $0.span).contains(fragment) }
    }

    func speakerText(_ quote: Quote) -> String? { quote.speaker.map { text(of: $0) } }

    /// The cluster of the first mention whose text is exactly `surface`.
    func cluster(of surface: String) -> Int? {
        entities.first { text(of: $0.span) == surface }?.cluster
    }
}
