import Foundation
import Testing
@testable import Analyze
@testable import Model

/// The five seed scrapes (`Tests/Seeds`): every time expression found and resolved, the casualty and troop figures
/// found with hedges and counted nouns.
@Suite struct SeedArticlesTests {
    static let seedsDirectory = SeedFolder.url

    func analyzed(_ prefix: String) throws -> Document {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.seedsDirectory.path)
        let name = try #require(names.first { $0.hasPrefix(prefix) })
        let text = try String(contentsOf: Self.seedsDirectory.appendingPathComponent(name), encoding: .utf8)
        var document = Document(id: name, text: text)
        AnalysisPipeline(analyzers: [TemporalTagger(), QuantityTagger()]).run(&document)
        return document
    }

    func timex(_ document: Document, _ text: String) -> Timex? {
        document.timexes.first { document.text(of: $0.span) == text }
    }

    func quantity(_ document: Document, containing text: String) -> Quantity? {
        document.quantities.first { document.text(of: $0.span).contains(text) }
    }

    @Test func everyTimeExpressionResolvedWhenTheDateCanBeEstimated() throws {
        for prefix in ["001", "002", "003", "004"] {
            let document = try analyzed(prefix)
            let published = try #require(document.metadata.published, "\(prefix): no estimate")
            #expect(published.source == .contentEstimate)
            #expect(!document.timexes.isEmpty)
            for timex in document.timexes where timex.kind == .date || timex.kind == .time {
                #expect(!timex.value.contains("X"), "\(prefix): '\(document.text(of: timex.span))' → \(timex.value)")
            }
        }
    }

    @Test func headerDateIsNotThePublicationDate() throws {
        let document = try analyzed("001")
        let published = try #require(document.metadata.published)
        #expect(published.date < CalendarDate(year: 2022, month: 5, day: 25))
        #expect(timex(document, "January 12")?.value == "2022-01-12")
        #expect(timex(document, "January 12")?.anchoredToEstimate == true)
        #expect(timex(document, "the early 1990s")?.value == "199")
        #expect(timex(document, "every year")?.kind == .set)
        #expect(timex(document, "5-10 minutes")?.kind == .duration)
    }

    @Test func yearFromSince2014AndSevenYearsAgo() throws {
        let document = try analyzed("004")
        #expect(document.metadata.published?.date.year == 2021)
        let offset = try #require(timex(document, "more than seven years ago"))
        #expect(offset.value == "2014")
        #expect(offset.modifier == "MORE_THAN")
    }

    @Test func pastTenseMonthsAndWeekdays() throws {
        let document = try analyzed("002")
        let published = try #require(document.metadata.published)
        // past "in early December", future "in January": a December date, on or after the reported Tuesday
        #expect(published.date.month == 12)
        let tuesday = try #require(timex(document, "Tuesday"))
        let tuesdayDate = try #require(CalendarDate(iso: tuesday.value))
        #expect(tuesdayDate.weekday == 2)
        #expect(tuesdayDate <= published.date)
        #expect(timex(document, "early December")?.modifier == "EARLY")
    }

    @Test func undatedWeekdaysStayUnanchored() throws {
        let document = try analyzed("000")
        #expect(timex(document, "Friday afternoon")?.value == "XXXX-WXX-5TAF")
        #expect(timex(document, "Thursday")?.value == "XXXX-WXX-4")
        #expect(timex(document, "Tomorrow") != nil)
        #expect(timex(document, "days")?.kind == .duration)
    }

    @Test func casualtyAndTroopFigures() throws {
        let troops = try #require(quantity(try analyzed("000"), containing: "150,000"))
        #expect(troops.value == 150_000)
        #expect(troops.unit == "troops")
        #expect(troops.hedge == "approximately")

        let nearly = try #require(quantity(try analyzed("002"), containing: "13,000"))
        #expect(nearly.value == 13_000)
        #expect(nearly.hedge == "nearly")
        #expect(nearly.describes == "killed")

        let seed003 = try analyzed("003")
        let atLeast = try #require(quantity(seed003, containing: "13,000"))
        #expect(atLeast.hedge == "at least")
        #expect(atLeast.describes == "killed")
        let displaced = try #require(quantity(seed003, containing: "two million"))
        #expect(displaced.value == 2_000_000)
        #expect(displaced.describes == "displaced")

        let seed004 = try analyzed("004")
        let moreThan = try #require(quantity(seed004, containing: "14,000"))
        #expect(moreThan.value == 14_000)
        #expect(moreThan.unit == "people")
        #expect(moreThan.hedge == "more than")
        #expect(moreThan.describes == "killed")
        #expect(quantity(seed004, containing: "30 nations")?.unit == "nations")
    }
}
