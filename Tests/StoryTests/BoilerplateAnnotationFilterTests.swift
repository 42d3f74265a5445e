import Link
import Model
import Testing
@testable import Story

/// Annotations inside an outlet's boilerplate sentences leave the analysis; the rest stays, clusters renumbered.
@Suite struct BoilerplateAnnotationFilterTests {
    static let promo = "Editor Ann Vik says: join the Harbour Club today."
    static let text = "Mayor Bo Lund said the port would reopen. " + promo + " Lund said 40 ships were waiting."

    func document() -> Document {
        var annotations = StoryFixtures.Annotations()
        annotations.entities = [("Ann Vik", .person, "Ann Vik", true), ("Bo Lund", .person, "Bo Lund", true)]
        annotations.quotes = [("the port would reopen", "Bo Lund"), ("join the Harbour Club today", "Ann Vik")]
        annotations.quantities = [("40 ships", 40, nil, "ships", nil)]
        return StoryFixtures.document("a", outlet: "Coast Herald", date: "2023-03-06", text: BoilerplateAnnotationFilterTests.text, annotations)
    }

    func boilerplate(_ document: Document) -> BoilerplateSentence {
        let start = Array(document.text.utf8).count - Array((BoilerplateAnnotationFilterTests.promo + " Lund said 40 ships were waiting.").utf8).count
        let end = start + BoilerplateAnnotationFilterTests.promo.utf8.count
        return BoilerplateSentence(source: "Coast Herald", text: BoilerplateAnnotationFilterTests.promo, articleCount: 12,
                                   occurrences: [.init(document: "a", start: start, end: end)])
    }

    @Test func annotationsInsideBoilerplateGo() {
        let original = document()
        #expect(original.quotes.count == 2)
        let filtered = BoilerplateAnnotationFilter.apply([original], boilerplate: [boilerplate(original)])[0]
        #expect(filtered.text == original.text)
        #expect(filtered.quotes.map { filtered.text(of: $0.span) } == ["the port would reopen"])
        #expect(!filtered.entities.contains { filtered.text(of: $0.span) == "Ann Vik" })
        #expect(filtered.quantities.count == 1)
        // The cluster left (Bo Lund) is renumbered, and mentions and speakers follow it.
        #expect(filtered.entityClusters.map(\.name) == ["Bo Lund"])
        #expect(filtered.entityClusters.map(\.id) == [0])
        #expect(filtered.entities.allSatisfy { $0.cluster == 0 })
        #expect(filtered.quotes.first?.speakerCluster == 0)
    }

    @Test func documentsWithoutBoilerplateAreUntouched() {
        let original = document()
        let same = BoilerplateAnnotationFilter.apply([original], boilerplate: [])[0]
        #expect(same.quotes == original.quotes && same.entities == original.entities && same.entityClusters == original.entityClusters)
    }
}
