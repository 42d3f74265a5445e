import Testing
@testable import Analyze
@testable import Model

/// Fixtures are our own sentences (no evaluation texts).
@Suite struct QuantityTaggerTests {
    func run(_ text: String) -> [(text: String, quantity: Quantity)] {
        var document = Document(id: "q", text: text, metadata: ArticleMetadata(
            published: DateAttribution(date: CalendarDate(year: 2022, month: 2, day: 1), source: .input, confidence: 1)))
        TemporalTagger().annotate(&document)
        QuantityTagger().annotate(&document)
        return document.quantities.map { (document.text(of: $0.span), $0) }
    }

    @Test func countedNounsAndHedges() {
        let found = run("The army massed approximately 150,000 troops near the border.")
        #expect(found.count == 1)
        #expect(found.first?.text == "approximately 150,000 troops")
        #expect(found.first?.quantity.value == 150_000)
        #expect(found.first?.quantity.unit == "troops")
        #expect(found.first?.quantity.hedge == "approximately")
    }

    @Test func describesWhatTheSentenceSays() {
        let killed = run("The flood has killed more than 2,400 people in the valley.").first
        #expect(killed?.quantity.value == 2_400)
        #expect(killed?.quantity.hedge == "more than")
        #expect(killed?.quantity.describes == "killed")
        let displaced = run("Officials said over three million have been displaced.").first
        #expect(displaced?.quantity.value == 3_000_000)
        #expect(displaced?.quantity.describes == "displaced")
    }

    @Test func moneyPercentAndScales() {
        let found = run("The fund raised $1.2bn, about 60% of its goal, and spent €40 million.")
        #expect(found.map(\.quantity.value) == [1_200_000_000, 60, 40_000_000])
        #expect(found.map(\.quantity.unit) == ["dollar", "percent", "euro"])
        #expect(found[1].quantity.hedge == "about")
    }

    @Test func ranges() {
        let minutes = run("The ferry takes 5-10 minutes.").first
        #expect(minutes?.quantity.value == 5)
        #expect(minutes?.quantity.high == 10)
        #expect(minutes?.quantity.unit == "minute")
        let money = run("Tickets cost between $10 and $15 billion in total.").first
        #expect(money?.quantity.value == 10_000_000_000)
        #expect(money?.quantity.high == 15_000_000_000)
    }

    @Test func wordNumbersAndUnits() {
        let found = run("Two million visitors walked 12 km in twenty-four hours.")
        #expect(found.map(\.quantity.value) == [2_000_000, 12, 24])
        #expect(found.map(\.quantity.unit) == ["visitors", "kilometre", "hour"])
    }

    @Test func yearsDatesAndLabelsAreNotQuantities() {
        #expect(run("The alliance grew to 30 nations in 2004.").map(\.quantity.value) == [30])
        #expect(run("On January 12 the Game 2 recap aired on iPhone 11.").isEmpty)
    }

    @Test func bareNumbersOnlyOnRequest() {
        let text = "He scored 3 of 7."
        #expect(QuantityTagger().quantities(in: text).isEmpty)
        #expect(QuantityTagger(includeBareNumbers: true).quantities(in: text).map(\.value) == [3, 7])
    }
}
