import Testing
import Model
@testable import Story

@Suite struct ArticleMarkupTests {
    func span(_ surface: String, in text: String) -> Span {
        StoryFixtures.span(surface, in: Array(text.utf8))!
    }

    @Test func nestedAnnotationsAreMarkedInsideTheirQuote() {
        let text = "Mayor Ana Ruiz said \"the bridge opens on Friday for 300 cars\" at noon."
        var document = Document(id: "d", text: text)
        document.entityClusters = [EntityCluster(id: 0, label: .person, name: "Ana Ruiz")]
        document.entities = [EntityMention(span: span("Ana Ruiz", in: text), label: .person, cluster: 0)]
        document.quotes = [Quote(span: span("the bridge opens on Friday for 300 cars", in: text), kind: .direct,
                                 speaker: span("Ana Ruiz", in: text), speakerCluster: 0, speakerName: "Ana Ruiz")]
        document.timexes = [Timex(span: span("on Friday", in: text), kind: .date, value: "2024-05-10")]
        document.quantities = [Quantity(span: span("300 cars", in: text), value: 300, unit: "cars")]
        #expect(ArticleMarkup.render(document)
            == "Mayor [Ana Ruiz]{PERSON} said \"«the bridge opens ⟦on Friday⟧{2024-05-10} for ⟨300 cars⟩{300 cars}»{Ana Ruiz}\" at noon.")
    }

    @Test func anAnnotationCrossingAnOpenOneIsNotMarked() {
        let text = "One two three four"
        var document = Document(id: "d", text: text)
        document.timexes = [Timex(span: span("One two three", in: text), kind: .date, value: "X")]
        document.quantities = [Quantity(span: span("three four", in: text), value: 3)]
        #expect(ArticleMarkup.render(document) == "⟦One two three⟧{X} four")
    }
}
