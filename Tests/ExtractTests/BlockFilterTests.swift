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
}
