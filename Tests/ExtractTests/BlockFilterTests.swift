import Model
import Testing
@testable import Extract

/// Furniture lines and repeated blocks inside the main container.
@Suite struct BlockFilterTests {
    let filter = BlockFilter(latest: CalendarDate(year: 2030, month: 1, day: 1))

    func paragraph(_ text: String) -> ContentBlock { ContentBlock(kind: .paragraph, text: text, node: 0) }

    @Test func aLongBlockRepeatedLaterIsDroppedOnce() {
        let description = "A wheel thrown stoneware bowl with a speckled glaze, made by hand in our studio by the sea."
        let blocks = [paragraph(description), paragraph("Dishwasher safe."), paragraph(description),
                      paragraph("Dishwasher safe.")]
        let result = filter.filter(blocks)
        #expect(result.kept.map(\.text) == [description, "Dishwasher safe.", "Dishwasher safe."])
        #expect(result.removed.map(\.reason) == ["repeated block"])
    }

    @Test func aTeaserSectionGoesUpToTheNextHeadingOfItsLevel() {
        let body = "The ferry company will add two crossings a day from March, the council said on Tuesday, after complaints about queues."
        let long = Array(repeating: "The quay also gets a new waiting room with seats, a kiosk and a timetable board.", count: 5).joined(separator: " ")
        let blocks = [paragraph(body), ContentBlock(kind: .heading(2), text: "Related articles", node: 0),
                      ContentBlock(kind: .heading(3), text: "Bridge repairs start in May", node: 0),
                      paragraph("The old bridge closes for six weeks."),
                      ContentBlock(kind: .heading(2), text: "What changes for passengers", node: 0),
                      paragraph("Tickets stay the same price."),
                      paragraph("Recently viewed"), paragraph("Harbour map poster"), paragraph(long),
                      paragraph("Recommended:"), paragraph("Memory: 8 GB RAM")]
        let result = filter.filter(blocks)
        // "Recommended:" (system requirements) is a debris line by itself but opens no section.
        #expect(result.kept.map(\.text) == [body, "What changes for passengers", "Tickets stay the same price.", long,
                                            "Memory: 8 GB RAM"])
        #expect(result.removed.map(\.reason) == ["teaser section heading", "teaser section", "teaser section",
                                                 "teaser section heading", "teaser section", "read-also teaser"])
    }

    @Test func teaserSectionHeadingsInOtherLanguagesAndSourceListsOpenASection() {
        let body = "Le conseil municipal a voté mardi la rénovation du quai, après un long débat sur les coûts et les marées."
        for heading in ["À lire aussi", "Artículos relacionados", "Das könnte Sie auch interessieren", "Article Sources:",
                        "Other related articles...", "End of Article"] {
            let result = filter.filter([paragraph(body), ContentBlock(kind: .heading(2), text: heading, node: 0),
                                        paragraph("Un autre article du site.")])
            #expect(result.kept.map(\.text) == [body], "\(heading)")
        }
    }

    @Test func aLoneLabelEndingTheContentIsDropped() {
        let body = "The ferry company will add two crossings a day from March, the council said on Tuesday, after complaints about queues."
        for label in ["Impressum", "Schlagworte:", "Mots-clés", "Filed under:", "Etiquetas"] {
            let result = filter.filter([paragraph(body), paragraph(label)])
            #expect(result.kept.map(\.text) == [body])
            #expect(result.removed.map(\.reason) == ["trailing label"])
        }
        // The same word inside the body, or as the only block, stays.
        let inside = filter.filter([paragraph("Impressum"), paragraph(body)])
        #expect(inside.kept.map(\.text) == ["Impressum", body])
        #expect(filter.filter([paragraph("Impressum")]).kept.count == 1)
        // "Related" at the end goes too (as a teaser heading with nothing under it).
        #expect(filter.filter([paragraph(body), paragraph("Related")]).kept.map(\.text) == [body])
    }
}
