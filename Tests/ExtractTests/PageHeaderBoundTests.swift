import Testing
import Model
@testable import Extract

/// A date printed in a scrape's page header is the day the page was shown: an upper bound, not the publication date.
@Suite struct PageHeaderBoundTests {
    @Test func headerDateBecomesNotAfter() {
        let scrape = """
        11 C
        Harbourtown
        Tuesday, March 14, 2023

        Ferry operators agree to restore the winter timetable

        The three ferry operators serving the island agreed on Friday to restore the winter timetable after weeks of \
        complaints from commuters and shop owners, the harbour board said in a statement.
        """
        let article = ArticleExtractor().extract(plainText: scrape)
        #expect(article.metadata.notAfter == CalendarDate(year: 2023, month: 3, day: 14))
        #expect(article.metadata.published == nil)
        #expect(article.removed.contains { $0.reason == "page header date" })
    }

    @Test func noHeaderNoBound() {
        let article = ArticleExtractor().extract(plainText: """
        Ferry operators agree to restore the winter timetable

        The three ferry operators serving the island agreed on Friday to restore the winter timetable.
        """)
        #expect(article.metadata.notAfter == nil)
    }
}
