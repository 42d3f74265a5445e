import Testing
@testable import Analyze
@testable import Model

/// Counts named before their number. Fixtures are our own sentences (no evaluation texts).
@Suite struct CountBeforeNumberTests {
    func quantities(_ text: String) -> [(text: String, quantity: Quantity)] {
        taggedQuantities(text, published: CalendarDate(year: 2024, month: 6, day: 3))
    }

    @Test func numberOfPeopleDescribedLaterInTheSubject() {
        let found = quantities("The number of people confirmed dead after the mudslide in the hill towns has reached 87, officials said.")
        #expect(found.count == 1)
        #expect(found.first?.text == "87")
        #expect(found.first?.quantity.describes == "dead")
        #expect(found.first?.quantity.unit == "people")
    }

    @Test func putTheTollAt() {
        let found = quantities("Rescuers put the death toll from the ferry fire and the storm at 315 by Monday night.")
        #expect(found.map(\.quantity.value) == [315])
        #expect(found.first?.quantity.describes == "deaths")
        #expect(found.first?.quantity.unit == nil)
    }

    @Test func linkingVerbsAndHedges() {
        let risen = quantities("The number of miners killed in the collapse has risen to 64.").first
        #expect(risen?.quantity.value == 64)
        #expect(risen?.quantity.describes == "killed")
        #expect(risen?.quantity.unit == "miners")
        let climbed = quantities("By noon the toll climbed to at least 18.").first
        #expect(climbed?.quantity.value == 18)
        #expect(climbed?.quantity.hedge == "at least")
        #expect(climbed?.quantity.describes == "toll")
        let stand = quantities("Confirmed deaths now stand at 35.").first
        #expect(stand?.quantity.value == 35)
        #expect(stand?.quantity.describes == "deaths")
        let injured = quantities("The number injured climbed to 90.").first
        #expect(injured?.quantity.describes == "injured")
    }

    @Test func noCountNamedMeansNoClaim() {
        // a linking verb without a count head, a head in another clause, a head without a counted thing
        #expect(quantities("Her score rose to 81 after the final round.").isEmpty)
        #expect(quantities("The death toll is unclear, but ticket sales reached 400.").isEmpty)
        #expect(quantities("The total reached 52 on Friday.").isEmpty)
        // "at" needs a verb that puts the count at the number
        #expect(quantities("The death toll was announced at 14 Harbour Road.").isEmpty)
    }
}
