import Testing
@testable import Analyze
@testable import Model

/// Fixtures are our own texts (no evaluation texts).
@Suite struct DocumentDateEstimatorTests {
    let estimator = DocumentDateEstimator()

    @Test func pageHeaderIsOnlyAnUpperBound() throws {
        let text = """
        Sunny 21 C
        Monday, June 6, 2022

        Ministers met on March 14 to discuss the grain corridor. A second round was held on March 16.
        """
        #expect(estimator.estimate(text: text) == nil)  // below the page-date threshold
        let result = estimator.estimate(text: text, prior: nil, minimumConfidence: 0)
        let estimate = try #require(result)
        #expect(estimate.source == .contentEstimate)
        #expect(estimate.confidence < DocumentDateEstimator.defaultMinimumConfidence)
        #expect(estimate.date.year == 2022)
        #expect(estimate.date.month == 3)
        #expect(estimate.date.day >= 16 && estimate.date.day <= 31)
        #expect(estimate.evidence?.contains("March") == true)
    }

    @Test func aCrawlDateBoundsTheEstimateAndGivesTheYear() throws {
        // No year in the text: without a bound the month-days say nothing of the year; the crawl date (not written in
        // the text) settles it and is never the date itself.
        let text = "Ministers met on March 14 to discuss the grain corridor. A second round was held on March 16."
        #expect(estimator.estimate(text: text, prior: nil, minimumConfidence: 0) == nil)
        let bound = CalendarDate(year: 2023, month: 4, day: 2)
        let estimate = try #require(estimator.estimate(text: text, prior: nil, notAfter: bound, minimumConfidence: 0))
        #expect(estimate.date.year == 2023 && estimate.date.month == 3 && estimate.date.day >= 16, "\(estimate)")
        #expect(estimate.date <= bound)
        #expect(estimate.evidence?.contains("crawled 2023-04-02") == true, "\(estimate)")
        // a page header earlier than the crawl date is the tighter bound
        let header = "Sunny 21 C\nMonday, March 20, 2023\n\n" + text
        let tighter = try #require(estimator.estimate(text: header, prior: nil, notAfter: bound, minimumConfidence: 0))
        #expect(tighter.date <= CalendarDate(year: 2023, month: 3, day: 20), "\(tighter)")
    }

    @Test func yearFromOffsetAndMentionedYear() throws {
        let text = "The dispute, which began in 2011, more than nine years ago, flared again on Monday in early October."
        let result = estimator.estimate(text: text, prior: nil, minimumConfidence: 0)
        let estimate = try #require(result)
        #expect(estimate.date.year == 2020)
        #expect(estimate.date.month == 10)
    }

    @Test func pastAndFutureMonthsBracketTheDate() throws {
        let text = "The envoy visited in early November, after the 2017 accord. Talks are expected to begin in January."
        #expect(estimator.estimate(text: text) == nil)  // too unsure for a page date
        let result = estimator.estimate(text: text, prior: nil, minimumConfidence: 0)
        let estimate = try #require(result)
        #expect(estimate.confidence < 0.5)
        #expect(estimate.date.month == 11 || estimate.date.month == 12)
    }

    @Test func datelineGivesTheDayAndWeekdaysTheYear() throws {
        let text = "GENEVA, March 4 (Wire) -- Delegates said on Thursday that the talks, begun in 2019, had stalled."
        let result = estimator.estimate(text: text)
        let estimate = try #require(result)
        #expect(estimate.date == CalendarDate(year: 2021, month: 3, day: 4))  // the first March 4 after 2019 on a Thursday
        #expect(estimate.evidence?.contains("dateline") == true)
    }

    @Test func nothingToGoOn() {
        #expect(estimator.estimate(text: "The minister spoke on Friday and will travel tomorrow.") == nil)
    }

    @Test func taggerUsesTheEstimateAndMarksValues() {
        var document = Document(id: "e", text: "Officials met on October 3, 2019. They met again on Friday; the plan began in the 1990s.")
        TemporalTagger().annotate(&document)
        #expect(document.metadata.published?.source == .contentEstimate)
        let byText = Dictionary(uniqueKeysWithValues: document.timexes.map { (document.text(of: $0.span), $0) })
        #expect(byText["October 3, 2019"]?.anchoredToEstimate == false)
        #expect(byText["Friday"]?.anchoredToEstimate == true)
        #expect(byText["the 1990s"]?.anchoredToEstimate == false)
    }
}
