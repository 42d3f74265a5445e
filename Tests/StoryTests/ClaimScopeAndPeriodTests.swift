import Analyze
import Model
import Testing
@testable import Story

/// What a figure is about beyond its counted thing: the group of people it counts, one day's count against a running
/// total, a past year named earlier in the sentence, a place behind a possessor, and figures joined by "and". Invented
/// sentences about an invented country (Valdoria, its city Marrow), tagged by the real taggers.
@Suite struct ClaimScopeAndPeriodTests {
    func tagged(_ id: String, _ date: String, _ text: String) -> Document {
        var document = StoryFixtures.document(id, outlet: "Outlet \(id)", date: date, text: text)
        TemporalTagger().annotate(&document)
        QuantityTagger().annotate(&document)
        return document
    }

    func frame(_ text: String, containing figure: String) -> ClaimFrame? {
        let document = tagged("a", "2024-09-14", text)
        guard let quantity = document.quantities.first(where: { document.text(of: $0.span).contains(figure) }),
              let sentence = document.sentenceIndex(containing: quantity.span.start) else { return nil }
        return ClaimFrameReader().frame(of: quantity, sentence: document.sentences[sentence].span, in: document,
                                        reportYear: 2024)
    }

    @Test func aGroupOfPeopleIsCountedApart() {
        let staff = frame("The agency said 17 UN staff were killed in the quake.", containing: "17")
        #expect(staff?.counted == "killed")
        #expect(staff?.group == "staff")
        // the tagger carries "missing" over to the second figure; the group's fate follows it
        let dead = frame("Up to 150 staff remain missing and 36 personnel are now confirmed dead.", containing: "36")
        #expect(dead?.counted == "killed")
        #expect(dead?.group == "staff")
        let protesters = frame("Five protesters were shot dead by the police in Marrow.", containing: "Five")
        #expect(protesters?.counted == "killed")
        #expect(protesters?.group == "protesters")
        // the size of a group is no outcome of it, and people in general are no group
        let troops = frame("Some 150,000 troops are deployed along the border.", containing: "150,000")
        #expect(troops?.counted == "troops")
        #expect(troops?.group == nil)
        let personnel = frame("Tens of thousands of military personnel are on alert.", containing: "thousands")
        #expect(personnel?.counted == "troops")
        #expect(personnel?.group == nil)
        #expect(frame("At least 11 people were killed in the blast.", containing: "11")?.group == nil)
        #expect(staff?.key != frame("At least 17 people were killed in the quake.", containing: "17")?.key)
    }

    @Test func oneDaysCountIsNoRunningTotal() {
        #expect(frame("At least 20 people were killed on Friday in the capital.", containing: "20")?.period == "day")
        #expect(frame("Doctors said 40 people were hurt in Wednesday's clashes.", containing: "40")?.period == "day")
        // a day beside a running-total word dates the count
        #expect(frame("The toll rose to 300 on Friday.", containing: "300")?.period == nil)
        #expect(frame("So far 300 people have been killed since Friday.", containing: "300")?.period == nil)
        // a weekday after a speech verb dates the statement
        #expect(frame("The rights group said Tuesday 302 people had been killed.", containing: "302")?.period == nil)
        let day = frame("At least 20 people were killed on Friday.", containing: "20")
        let total = frame("At least 20 people have been killed in the unrest.", containing: "20")
        #expect(day?.key != total?.key)
    }

    @Test func figuresJoinedByAndShareTheirScope() {
        let three = frame("Three people died and 639 were injured in Wednesday's clashes in Selin Square.", containing: "Three")
        #expect(three?.counted == "killed")
        #expect(three?.scope == "Selin Square")
        #expect(three?.period == "day")
    }

    @Test func aPossessorBeforeThePlaceIsDropped() {
        let toll = frame("The death toll from the violent clashes in Marrow's Selin Square has reached 11.", containing: "11")
        #expect(toll?.counted == "killed")
        #expect(toll?.scope == "Selin Square")
        #expect(toll?.period == nil)
    }

    @Test func theStorysOwnFirstDayIsNoPeriod() {
        // "Tuesday's earthquake" on the day the story began is the story's own event: its toll joins the series.
        let documents = [
            tagged("a", "2024-01-12", "Tuesday's earthquake has left an estimated 50,000 dead."),
            tagged("b", "2024-01-13", "Officials fear the quake has killed as many as 60,000 people."),
        ]
        let group = ClaimAligner().align(documents).first
        #expect(Set(group?.claims.map(\.value) ?? []) == [50_000, 60_000])
    }

    @Test func aPastYearEarlierInTheSentenceIsAnotherEvent() {
        let storms = frame("Deforestation worsened the storms of 1998, when almost a thousand people were killed.",
                           containing: "thousand")
        #expect(storms?.year == "1998")
        // a four-digit time stamp opening a live report is no year
        let stamp = frame("1948 The authorities in Valdoria have counted 9,000 to 10,000 dead.", containing: "9,000")
        #expect(stamp?.year == nil)
        #expect(stamp?.counted == "killed")
        // a starting year is no other event
        #expect(frame("The war has killed 9,000 people since 2014.", containing: "9,000")?.year == nil)
    }

    @Test func aPastEventAndOneDaysCountNeverJoinTheStorysSeries() {
        let documents = [
            // the story begins on Monday 4 March; the clashes are on Wednesday 6 March
            tagged("a", "2024-03-04", "At least 150 people have been killed in Valdoria since the protests began."),
            tagged("b", "2024-03-05", "The crackdown has killed at least 160 people across Valdoria, a rights group said."),
            tagged("c", "2024-03-06", "Three people died and 600 were injured in Wednesday's clashes in Selin Square."),
            tagged("d", "2024-03-07", "Doctors said 5 people were killed in Wednesday's clashes in Selin Square."),
            tagged("e", "2024-03-07", "In 1982, an uprising in Marrow ended when 200 people were killed."),
            tagged("f", "2024-03-08", "The army crushed the uprising of 1982, in which some 180 people were killed."),
            tagged("g", "2024-03-08", "At least 170 people have died in Valdorian protests, the group said."),
        ]
        let result = ClaimAligner().align(documents)
        let values = { (group: ClaimGroup?) in Set(group?.claims.map(\.value) ?? []) }
        #expect(values(result.first { $0.claims.contains { $0.value == 150 } }) == [150, 160, 170])
        #expect(values(result.first { $0.claims.contains { $0.value == 5 } }) == [3, 5])
        #expect(!result.contains { group in group.claims.contains { $0.value == 200 } && group.claims.contains { $0.value == 150 } })
    }
}
