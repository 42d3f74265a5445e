import Foundation
import Model
import Testing
@testable import Extract

/// Publication vs modification dates, one test per class of error seen on the dev sets (own fixtures).
@Suite struct PublicationDateFinderTests {
    let extractor = ArticleExtractor(latestDate: CalendarDate(year: 2030, month: 1, day: 1))
    static let body = String(repeating: "<p>The county board approved the new bus timetable after a long public consultation with riders, "
        + "drivers and shop owners along the main routes, and the changes take effect next month.</p>", count: 4)

    static func page(head: String = "", lang: String = "en", beforeTitle: String = "", afterTitle: String = "",
                     after: String = "") -> String {
        """
        <!DOCTYPE html><html lang="\(lang)"><head><meta charset="utf-8"><title>Bus timetable approved | County Post</title>
        \(head)</head><body><header class="masthead">\(beforeTitle)<nav><a href="/">Home</a></nav></header>
        <main><article><h1>Bus timetable approved</h1>\(afterTitle)\(body)</article></main>\(after)
        <footer><p>County Post</p></footer></body></html>
        """
    }

    static func day(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate { CalendarDate(year: year, month: month, day: day) }

    /// A page that shows only its update date keeps the publication day when a publication meta tag states it.
    @Test func publicationMetaTagKeepsThePublishedDayOverAShownUpdate() {
        let html = PublicationDateFinderTests.page(
            head: """
            <meta property="article:published_time" content="2023-04-02T08:00:00+00:00">
            <meta property="article:modified_time" content="2024-01-10T09:00:00+00:00">
            """,
            afterTitle: "<p class=\"byline\">By Ann Reed · Updated January 10, 2024</p>")
        let metadata = extractor.extract(html: html).metadata
        #expect(metadata.published?.date == PublicationDateFinderTests.day(2023, 4, 2))
        #expect(metadata.published?.source == .meta)
        #expect(metadata.modified?.date == PublicationDateFinderTests.day(2024, 1, 10))
    }

    /// Without such a tag (JSON-LD only), the page shows the update date and readers take that one.
    @Test func shownUpdateDateWinsWhenOnlyJSONLDDeclaresPublication() {
        let html = PublicationDateFinderTests.page(
            head: """
            <script type="application/ld+json">{"@type":"Article","headline":"Bus timetable approved",
            "datePublished":"2023-04-02T08:00:00+00:00","dateModified":"2024-01-10T09:00:00+00:00"}</script>
            """,
            afterTitle: "<p class=\"byline\">By Ann Reed · Updated January 10, 2024</p>")
        let metadata = extractor.extract(html: html).metadata
        #expect(metadata.published?.date == PublicationDateFinderTests.day(2024, 1, 10))
        #expect(metadata.modified?.date == PublicationDateFinderTests.day(2024, 1, 10))
    }

    /// Q&A pages: the question's microdata date comes first in the page; answers and comments come later.
    @Test func questionDateComesBeforeAnswerAndCommentDates() {
        let html = PublicationDateFinderTests.page(
            afterTitle: """
            <div class="question"><time itemprop="dateCreated" datetime="2015-03-02T10:00:00Z">10 years ago</time></div>
            """,
            after: """
            <div class="answer"><time itemprop="dateCreated" datetime="2016-05-04T10:00:00Z">9 years ago</time>
            <div class="comment"><span itemprop="datePublished">2019-06-01T12:00:00Z</span></div></div>
            """)
        let published = extractor.extract(html: html).metadata.published
        #expect(published?.date == PublicationDateFinderTests.day(2015, 3, 2))
        #expect(published?.source == .timeElement)
    }

    /// A date line with both an update and a publication label: the publication label wins, whatever the order.
    @Test func labelledPublicationDateBeatsTheUpdateLine() {
        let html = PublicationDateFinderTests.page(
            lang: "de",
            afterTitle: "<p class=\"info\">Letzte Änderung: 31.10.2023 - 14:49 Erschienen am: 01.11.2023</p>")
        let published = extractor.extract(html: html).metadata.published
        #expect(published?.date == PublicationDateFinderTests.day(2023, 11, 1))
        #expect(published?.source == .text)
    }

    /// Today's date in the page header and a member's join date are not the publication date.
    @Test func todayHeaderAndJoinDatesAreNotPublicationDates() {
        let html = PublicationDateFinderTests.page(
            beforeTitle: "<div id=\"todays-date\">Friday, December 19, 2025</div>",
            afterTitle: """
            <div class="postprofile"><span>Joined: Dec 11, 2021</span></div>
            <p class="author">by <a href="/u/7">ferrydan</a> » Tue Aug 27, 2019 1:47 am</p>
            """)
        let published = extractor.extract(html: html).metadata.published
        #expect(published?.date == PublicationDateFinderTests.day(2019, 8, 27))
    }

    /// The current-time line of a forum ("It is currently …") is skipped in the text search too.
    @Test func currentTimeLineIsSkipped() {
        let html = PublicationDateFinderTests.page(
            lang: "de",
            afterTitle: "<p>Aktuelle Zeit: 14.10.2020, 12:18</p><p>Beitrag von r23 » 21.01.2009, 05:42</p>")
        let published = extractor.extract(html: html).metadata.published
        #expect(published?.date == PublicationDateFinderTests.day(2009, 1, 21))
    }

    /// The lead image path carries the upload day; it beats a date in a list of other stories.
    @Test func leadImagePathGivesTheDay() {
        let html = PublicationDateFinderTests.page(
            head: "<meta property=\"og:image\" content=\"https://cdn.example/media/2020/10/26/1361729/873x400.jpg\">",
            after: "<aside class=\"more\"><a href=\"/x\">Older story</a><span>09.08.2020 u 10:52</span></aside>")
        let published = extractor.extract(html: html).metadata.published
        #expect(published?.date == PublicationDateFinderTests.day(2020, 10, 26))
        #expect(published?.source == .url)
    }

    @Test(arguments: [
        ("Last updated on ", DateVocabulary.Label.modified),
        ("By Ann Reed | Published: ", .published),
        ("Erschienen am: ", .published),
        ("Stand: ", .modified),
        ("We understand ", .none),
        ("Updated 3 May 2024 · Published ", .published),
        ("Aktuelle Zeit: ", .ignored),
        ("Member since ", .ignored),
        ("Copyright © ", .none),
        ("", .none),
    ])
    func labelsBeforeADate(context: String, expected: DateVocabulary.Label) {
        #expect(DateVocabulary.shared.label(before: Substring(context)) == expected)
    }
}
