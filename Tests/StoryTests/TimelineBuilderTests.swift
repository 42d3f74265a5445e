import Testing
import Model
@testable import Link
@testable import Story

@Suite struct TimelineBuilderTests {
    @Test func datesEventsByTheirTimeExpressionsAcrossOutlets() {
        var options = TimelineOptions(dates: 2, sentencesPerDate: 1)
        options.minimumWords = 5
        let timeline = TimelineBuilder(options: options).build(StoryFixtures.strike(), copies: ["wire-1-copy"])
        #expect(timeline.entries.map(\.date) == ["2023-03-06", "2023-03-09"])
        let monday = timeline.entries[0]
        #expect(monday.mentions == 2)
        #expect(monday.events.count == 1)
        let event = monday.events[0]
        #expect(event.sentence.text.contains("on Monday"))
        #expect(event.dateEvidence.contains("on Monday"))
        #expect(Set(event.outlets) == ["Coast Herald", "Metro Daily"])
        // Every cited sentence really is in the cited article.
        let documents = Dictionary(uniqueKeysWithValues: StoryFixtures.strike().map { ($0.id, $0) })
        for entry in timeline.entries {
            for event in entry.events {
                for citation in [event.sentence] + event.support {
                    #expect(documents[citation.document]?.text.contains(citation.text) == true)
                }
            }
        }
    }

    @Test func respectsBudgetAndRange() {
        var options = TimelineOptions(dates: 10, sentencesPerDate: 1)
        options.minimumWords = 3
        options.start = CalendarDate(iso: "2023-03-07")
        options.end = CalendarDate(iso: "2023-03-09")
        let timeline = TimelineBuilder(options: options).build(StoryFixtures.strike())
        #expect(!timeline.entries.isEmpty)
        for entry in timeline.entries {
            #expect(entry.date >= "2023-03-07" && entry.date <= "2023-03-09")
            #expect(entry.events.count <= 1)
        }
    }

    @Test func aCopyIsNotASecondReport() {
        var options = TimelineOptions(dates: 5, sentencesPerDate: 2)
        options.minimumWords = 3
        let withCopy = TimelineBuilder(options: options).build(StoryFixtures.strike())
        let withoutCopy = TimelineBuilder(options: options).build(StoryFixtures.strike(), copies: ["wire-1-copy"])
        let thursday = { (timeline: Timeline) in timeline.entries.first { $0.date == "2023-03-09" }?.mentions ?? 0 }
        #expect(thursday(withCopy) == thursday(withoutCopy) + 1)
    }

    @Test func quotesInEventSentencesAreAttached() {
        var options = TimelineOptions(dates: 5, sentencesPerDate: 3)
        options.minimumWords = 3
        options.redundancy = 0.99
        options.supportSimilarity = 0.99
        let timeline = TimelineBuilder(options: options).build(StoryFixtures.strike())
        let quotes = timeline.entries.flatMap(\.events).flatMap(\.quotes)
        #expect(quotes.contains { $0.speaker == "Elena Marsh" && $0.text.contains("Perishable cargo") })
    }

    @Test func dayOfTimexValues() {
        #expect(DateMention.day(of: Timex(span: Span(0, 1), kind: .date, value: "2021-12-21"))?.description == "2021-12-21")
        #expect(DateMention.day(of: Timex(span: Span(0, 1), kind: .time, value: "2021-12-21T10:00"))?.description == "2021-12-21")
        #expect(DateMention.day(of: Timex(span: Span(0, 1), kind: .date, value: "2021-12")) == nil)
        #expect(DateMention.day(of: Timex(span: Span(0, 1), kind: .date, value: "2021-W50")) == nil)
        #expect(DateMention.day(of: Timex(span: Span(0, 1), kind: .duration, value: "P7D")) == nil)
        #expect(DateMention.day(of: Timex(span: Span(0, 1), kind: .date, value: "2021-12-21", modifier: "BEFORE")) == nil)
    }
}
