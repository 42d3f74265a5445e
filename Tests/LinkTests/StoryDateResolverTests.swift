import Testing
import Analyze
import Model
@testable import Link

/// Our own small fixtures (invented events), one per kind of date clue, run through the story date resolver.
@Suite struct StoryDateResolverTests {
    let resolver = StoryDateResolver()

    func dated(_ id: String, _ date: String, _ text: String) -> Document {
        Document(id: id, text: text, metadata: ArticleMetadata(
            published: DateAttribution(date: CalendarDate(iso: date)!, source: .jsonLD, confidence: 0.95)))
    }

    func undated(_ id: String, _ text: String, notAfter: String? = nil) -> Document {
        Document(id: id, text: text, metadata: ArticleMetadata(notAfter: notAfter.flatMap(CalendarDate.init(iso:))))
    }

    func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    func estimate(_ documents: [Document], _ id: String) throws -> DateAttribution {
        let resolved = resolver.resolve(documents)
        let document = try #require(resolved.first { $0.id == id })
        let published = try #require(document.metadata.published)
        #expect(published.source == .contentEstimate)
        return published
    }

    @Test func pastMonthDayWithoutYearIsShortlyBeforePublication() throws {
        let documents = [
            dated("a", "2023-05-10", "The bridge over the Tarn river was closed to lorries in 2023, the county said."),
            undated("b", "On May 2, the council voted to close the bridge. Residents protested the decision loudly."),
        ]
        let published = try estimate(documents, "b")
        #expect(published.date >= day("2023-05-02") && published.date <= day("2023-05-31"))
        #expect(published.evidence?.contains("May 2") == true)
    }

    @Test func pastEarlyMonthAndFutureMonthGiveTheMonthBetween() throws {
        let documents = [
            dated("a", "2024-10-01", "The ministry opened a consultation on the new port in 2024."),
            undated("b", "The minister met the delegation in early October. Formal talks are due to begin in November, "
                    + "officials said."),
        ]
        let published = try estimate(documents, "b")
        #expect(published.date.year == 2024 && published.date.month == 10, "\(published)")
    }

    @Test func pastWeekdayIsThePublicationDayOrShortlyBefore() throws {
        let documents = [
            dated("a", "2024-06-03", "The harbour strike began on Monday in 2024 and spread to the rail depots."),
            undated("b", "On June 10, the union met the port authority. The strike leader resigned on Tuesday, the union "
                    + "said."),
        ]
        let published = try estimate(documents, "b")
        // 2024-06-11 is a Tuesday: the report is from that Tuesday or the day after.
        #expect(published.date >= day("2024-06-11") && published.date <= day("2024-06-12"), "\(published)")
    }

    @Test func yearsAgoCountedFromANamedYearSetsTheYear() throws {
        let documents = [
            undated("a", "The border dispute began in 2012. The talks, which started more than ten years ago, collapsed "
                    + "on Friday, negotiators said."),
            undated("b", "The envoy visited the capital in early February and said a deal was close."),
        ]
        let resolved = resolver.resolve(documents)
        let a = try #require(resolved[0].metadata.published)
        let b = try #require(resolved[1].metadata.published)
        // more than ten years after 2012: not before mid-2022; a Friday or the day after; the envoy's February is
        // the one within the story's weeks
        #expect(a.date >= day("2022-07-01") && a.date.weekday >= 5 && a.date.weekday <= 6, "\(a)")
        #expect(b.date.month == 2 && abs(b.date.dayNumber - a.date.dayNumber) < 90, "\(b)")
    }

    @Test func aClearlySmallerTollPlacesAnArticleBeforeTheReportWithTheLargerOne() throws {
        // x's words are mostly those of c (published 2023-03-16), but its toll (at least 12 dead in the flooded Brenna
        // valley) is clearly below a's (at least 40 there, 2023-03-02; the sentences share the valley's words): the
        // larger count's report is probably the later one, so x goes before a, on the Tuesday its text names (or the
        // day after).
        let pipeline = AnalysisPipeline(analyzers: [SentenceSplitter(), QuantityTagger()])
        func analysed(_ document: Document) -> Document { var copy = document; pipeline.run(&copy); return copy }
        let documents = [
            analysed(dated("a", "2023-03-02", "Rescuers in the flooded Brenna valley said at least 40 people were killed "
                           + "when the Orvane dam failed.")),
            analysed(dated("c", "2023-03-16", "Engineers inspecting the broken Orvane dam found cracks in the spillway "
                           + "walls and the sluice gates, and the farms remain under water.")),
            analysed(undated("x", "Engineers inspecting the broken Orvane dam on Tuesday found cracks in the spillway "
                             + "walls and the sluice gates, and the farms remain under water. In the flooded Brenna "
                             + "valley at least 12 people were killed, rescuers said.")),
        ]
        let published = try estimate(documents, "x")
        #expect(published.date >= day("2023-02-20") && published.date <= day("2023-03-02"), "\(published)")
        #expect([2, 3].contains(published.date.weekday), "\(published)")
        #expect(published.evidence?.contains("before a (2023-03-02)") == true, "\(published)")
        // the plausible range is given and holds the estimate
        let earliest = try #require(published.earliest), latest = try #require(published.latest)
        #expect(earliest <= published.date && published.date <= latest)
        // without the count trend, x goes with the article it reads like (after a)
        var weights = DateClueWeights()
        weights.countTrendWeights = []
        let plain = try #require(StoryDateResolver(weights: weights).estimate(documents)["x"])
        #expect(plain.date > day("2023-03-02"), "\(plain)")
    }

    @Test func theWholeWindowIsPlausibleForAnArticleWithoutClues() throws {
        let documents = [
            dated("a", "2025-03-04", "The cyclone reached the coast of the invented province of Lessa."),
            undated("b", "Relief convoys reached the flooded villages of Lessa, the agency said."),
        ]
        let published = try estimate(documents, "b")
        let earliest = try #require(published.earliest), latest = try #require(published.latest)
        #expect(latest.dayNumber - earliest.dayNumber >= 60, "\(published)")
        #expect(published.confidence <= 0.1)
    }

    @Test func pageHeaderDateIsAnUpperBoundNotTheDate() throws {
        let documents = [undated("a", "On January 12, the two delegations met behind closed doors.", notAfter: "2022-05-25")]
        let published = try estimate(documents, "a")
        #expect(published.date != day("2022-05-25"))
        #expect(published.date >= day("2022-01-12") && published.date <= day("2022-02-28"), "\(published)")
        #expect(published.evidence?.contains("not after 2022-05-25") == true)
    }

    @Test func futureDatedEventBoundsFromAbove() throws {
        let documents = [undated("a", "The summit will take place on April 20, 2026, the organisers announced.")]
        let published = try estimate(documents, "a")
        #expect(published.date < day("2026-04-20") && published.date >= day("2025-10-01"), "\(published)")
    }

    @Test func anArticleWithAYearLendsItToOneWithOnlyAMonth() throws {
        let documents = [
            undated("month", "The leaders spoke by video link in early December. Talks will begin in January, a "
                    + "spokesman said."),
            undated("year", "The region was annexed in 2014. The fighting, which began more than seven years ago, has "
                    + "killed thousands. The president spoke on Thursday."),
            undated("header", "On January 12, the council met in Brussels and discussed the proposals.",
                    notAfter: "2022-05-25"),
        ]
        let resolved = resolver.resolve(documents)
        let month = try #require(resolved[0].metadata.published)
        let header = try #require(resolved[2].metadata.published)
        #expect(month.date.year == 2021 && month.date.month == 12, "\(month)")
        #expect(header.date.year == 2022 && header.date.month == 1, "\(header)")
    }

    @Test func firmlyDatedArticlesAreUnchangedAndAnchorTheWindow() throws {
        let first = dated("a", "2025-03-04", "The cyclone reached the coast of the invented province.")
        let second = dated("b", "2025-03-10", "Relief convoys reached the flooded villages.")
        let documents = [first, second, undated("c", "The engineers inspected the dam on Thursday, the ministry said.")]
        let resolved = resolver.resolve(documents)
        #expect(resolved[0].metadata.published == first.metadata.published)
        #expect(resolved[1].metadata.published == second.metadata.published)
        let c = try #require(resolved[2].metadata.published)
        #expect(c.date >= day("2025-01-01") && c.date <= day("2025-05-31"), "\(c)")
        #expect(c.date.weekday == 4 || c.date.weekday == 5, "\(c)")
    }

    @Test func timexesAreResolvedAgainstTheEstimate() throws {
        let documents = [
            dated("a", "2023-05-10", "The bridge was closed in 2023."),
            undated("b", "On May 2, the council voted to close the bridge. The mayor resigned on Tuesday."),
        ]
        let resolved = resolver.resolve(documents)
        let b = resolved[1]
        let estimate = try #require(b.metadata.published).date
        let tuesday = try #require(b.timexes.first { b.text(of: $0.span) .contains("Tuesday") })
        #expect(tuesday.anchoredToEstimate)
        let value = try #require(CalendarDate(iso: tuesday.value))
        #expect(value.weekday == 2 && value <= estimate)
        #expect(resolved[0].timexes.isEmpty)  // dated documents are not re-analysed
    }

    @Test func confidenceFollowsHowConstrainedTheArticleIs() throws {
        let documents = [
            dated("a", "2023-05-10", "The bridge over the river was closed to lorries, the county said."),
            undated("monthDay", "On May 2, the council voted to close the bridge. On May 3, protesters gathered."),
            undated("weekday", "The council voted on Tuesday to close the bridge to lorries."),
            undated("nothing", "The council voted to close the bridge to lorries."),
        ]
        let resolved = resolver.resolve(documents)
        let monthDay = try #require(resolved[1].metadata.published).confidence
        let weekday = try #require(resolved[2].metadata.published).confidence
        let nothing = try #require(resolved[3].metadata.published)
        #expect(nothing.confidence <= 0.1)
        #expect(nothing.evidence?.contains("no date clues") == true)
        #expect(monthDay > weekday && weekday >= nothing.confidence, "\(monthDay) \(weekday) \(nothing.confidence)")
    }

    @Test func nothingToGoOnLeavesDocumentsUndated() {
        let documents = [undated("a", "The council voted on Tuesday to close the bridge.")]
        #expect(resolver.resolve(documents)[0].metadata.published == nil)
    }

    @Test func aPerArticleEstimateIsKeptOnlyWhenTheStoryAgrees() throws {
        func estimated(_ id: String, _ date: String, _ text: String) -> Document {
            Document(id: id, text: text, metadata: ArticleMetadata(
                published: DateAttribution(date: day(date), source: .contentEstimate, confidence: 0.5, evidence: "own")))
        }
        let firm = dated("a", "2024-06-03", "The harbour strike began in 2024 and spread to the rail depots.")
        let text = "On June 10, the union met the port authority. The strike leader resigned on Tuesday."
        let agreeing = resolver.resolve([firm, estimated("b", "2024-06-12", text)])[1].metadata.published
        #expect(agreeing?.evidence == "own" && agreeing?.date == day("2024-06-12"))
        let contradicted = resolver.resolve([firm, estimated("b", "2015-07-01", text)])[1].metadata.published
        #expect(contradicted?.evidence != "own" && contradicted?.date.year == 2024, "\(String(describing: contradicted))")
    }

    @Test func aRelativeExpressionTakesTheMonthAnotherArticleNamesForTheSameEvent() throws {
        let documents = [
            undated("a", "The two ministers met earlier this month in Valmont, where Foreign Minister Oda Lind called the "
                    + "meeting useful. The ministers met again and called the new meeting useful too."),
            dated("b", "2023-10-20", "Foreign Minister Oda Lind travelled to Valmont in early October for a meeting with "
                  + "her counterpart on fishing rights."),
            dated("c", "2023-11-24", "The ministers met again and called the new meeting useful, the ministry said."),
        ]
        let published = try estimate(documents, "a")
        #expect(published.date.year == 2023 && published.date.month == 10, "\(published)")
        #expect(published.evidence?.contains("this month' = 'early October' in b") == true, "\(published)")
        // without the alignment the article would follow its most similar neighbour (c, in November)
        var weights = DateClueWeights()
        weights.alignmentWeight = 0
        let unaligned = StoryDateResolver(weights: weights).resolve(documents)[0].metadata.published
        #expect(unaligned?.date.month == 11, "\(String(describing: unaligned))")
    }

    @Test func wordsEveryArticleUsesDoNotMakeTheSameEvent() {
        let documents = [
            undated("a", "Valmont officials met earlier this month to discuss the Valmont harbour."),
            dated("b", "2023-10-20", "Valmont officials said in early October that the Valmont harbour would reopen."),
            dated("c", "2023-11-24", "Valmont officials reopened the Valmont harbour after repairs."),
        ]
        let alignments = DateAlignmentFinder().alignments(documents, undated: [0])
        #expect(alignments.isEmpty, "\(alignments)")
    }

    @Test func aYearUsedAsAModifierIsNotAPastEvent() throws {
        let documents = [
            undated("b", "On May 2, 2023, the council backed the 2050 emissions target, which will cut traffic by half."),
        ]
        let published = try estimate(documents, "b")
        #expect(published.date >= day("2023-05-02") && published.date <= day("2023-05-31"), "\(published)")
    }
}
