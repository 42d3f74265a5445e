import Model
import Testing
@testable import Extract

/// Headlines and captions glued to the lead of a one-line page, on invented text.
@Suite struct LeadRunSplitterTests {
    let splitter = LeadRunSplitter()

    @Test func headlineCaptionAndLeadAreSplit() throws {
        let text = "Ferry service hampered by storm damage The quay at Porto Vello lies under water Thousands of "
            + "travellers were stranded on the islands, where Sunday's storm wrecked two piers. "
            + "Officials in Porto Vello said the repairs would take a week."
        let split = try #require(splitter.split(text))
        #expect(split.heading == "Ferry service hampered by storm damage")
        #expect(split.captions == ["The quay at Porto Vello lies under water"])
        #expect(split.rest.hasPrefix("Thousands of travellers were stranded"))
        #expect(split.rest.hasSuffix("would take a week."))
    }

    @Test func anOpenerWordStartsTheLead() throws {
        let text = "Island school reopens after the storm The school on Vello island reopened on Monday, three weeks "
            + "after the storm tore off its roof. Teachers said most pupils came back."
        let split = try #require(splitter.split(text))
        #expect(split.heading == "Island school reopens after the storm")
        #expect(split.captions.isEmpty)
        #expect(split.rest.hasPrefix("The school on Vello island reopened"))
    }

    @Test func namesAndOrdinarySentencesAreNotSplit() {
        // Names and capitals after function words ("of The Times") continue the sentence.
        let names = "The harbour master met Governor Ana Reis on Monday and asked Reis for money to rebuild the two piers. "
            + "Reis said the money would come."
        #expect(splitter.split(names) == nil)
        let plain = "Storms closed the port of Vello on Tuesday, and the ferries to the islands stayed in harbour for "
            + "two days. The Times reported the damage."
        #expect(splitter.split(plain) == nil)
        let newspaper = "A reporter of The Times said on Tuesday that the port of Vello had been closed by the storm."
        #expect(splitter.split(newspaper) == nil)
    }

    @Test func plainTextCleanerKeepsTheHeadingAsALineAndRemovesTheCaption() {
        let text = "Ferry service hampered by storm damage The quay at Porto Vello lies under water Thousands of "
            + "travellers were stranded on the islands, where Sunday's storm wrecked two piers. "
            + "Officials in Porto Vello said the repairs would take a week."
        let result = PlainTextCleaner(latest: CalendarDate(year: 2030, month: 1, day: 1)).clean(text)
        #expect(result.lines.first?.text == "Ferry service hampered by storm damage")
        #expect(result.lines.count == 2)
        #expect(result.lines.last?.text.hasPrefix("Thousands of travellers") == true)
        #expect(result.removed.contains(RemovedBlock(text: "The quay at Porto Vello lies under water",
                                                     reason: "caption or highlight glued before the lead")))
    }
}
