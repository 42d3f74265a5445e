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

    /// A generic `date` meta is often the last change: a microdata publication date or a date element under the
    /// title comes first.
    @Test func genericDateMetaComesAfterTheDatedElements() {
        let withMicrodata = PublicationDateFinderTests.page(
            head: "<meta name=\"date\" content=\"2022-01-21T15:38:44+01:00\">", lang: "de",
            afterTitle: "<span class=\"news-list-date\"><time itemprop=\"datePublished\" datetime=\"2022-01-27\">27.01.2022</time></span>")
        #expect(extractor.extract(html: withMicrodata).metadata.published?.date == PublicationDateFinderTests.day(2022, 1, 27))
        let withElement = PublicationDateFinderTests.page(
            head: "<meta name=\"DC.date\" content=\"2022-01-21\">", lang: "de",
            afterTitle: "<div class=\"news-single-timedata\">25.01.2022</div>")
        #expect(extractor.extract(html: withElement).metadata.published?.date == PublicationDateFinderTests.day(2022, 1, 25))
        let alone = PublicationDateFinderTests.page(head: "<meta name=\"date\" content=\"2022-01-21\">", lang: "de")
        let published = extractor.extract(html: alone).metadata.published
        #expect(published?.date == PublicationDateFinderTests.day(2022, 1, 21))
        #expect(published?.source == .meta)
    }

    /// A JSON-LD date written for humans comes from a template; the date element under the title wins when they
    /// differ. An ISO JSON-LD date keeps precedence.
    @Test func humanWrittenJSONLDDateGivesWayToTheShownDate() {
        func page(_ value: String) -> String {
            PublicationDateFinderTests.page(
                head: "<script type=\"application/ld+json\">{\"@type\":\"BlogPosting\",\"datePublished\":\"\(value)\"}</script>",
                afterTitle: "<div class=\"post-date\">August 25, 2024</div>")
        }
        #expect(extractor.extract(html: page("Jun 24, 2025")).metadata.published?.date == PublicationDateFinderTests.day(2024, 8, 25))
        let iso = extractor.extract(html: page("2025-06-24T10:00:00Z")).metadata.published
        #expect(iso?.date == PublicationDateFinderTests.day(2025, 6, 24))
        #expect(iso?.source == .jsonLD)
    }

    /// …and so does a plain line right under the title when the page has no date element.
    @Test func humanWrittenJSONLDDateGivesWayToAPlainDateLineUnderTheTitle() {
        let html = PublicationDateFinderTests.page(
            head: "<script type=\"application/ld+json\">{\"@type\":\"Article\",\"datePublished\":\"Jun 12, 2025\"}</script>",
            afterTitle: "<div><p>November 2, 2022</p><p>|</p><p>Sponsored by Acme</p></div>")
        let published = extractor.extract(html: html).metadata.published
        #expect(published?.date == PublicationDateFinderTests.day(2022, 11, 2))
        #expect(published?.source == .text)
    }

    /// `published-date` is a publication meta key: it beats the first timestamp in the page source.
    @Test func publishedDashDateMetaKey() {
        let html = PublicationDateFinderTests.page(
            head: """
            <meta name="modified-time" content="2026-01-15T17:15:38.126Z">
            <meta name="published-date" content="2021-02-16">
            """)
        let published = extractor.extract(html: html).metadata.published
        #expect(published?.date == PublicationDateFinderTests.day(2021, 2, 16))
        #expect(published?.source == .meta)
    }

    /// A URL day one day before a late-night UTC stamp is the site's own day; one day before an evening stamp is not a
    /// time-zone shift (the URL was made the day before), and the stamp keeps its day.
    @Test func urlDayShiftNeedsAPlausibleHour() {
        func page(_ stamp: String) -> String {
            PublicationDateFinderTests.page(head: "<meta property=\"article:published_time\" content=\"\(stamp)\">")
        }
        let url = "https://news.example/2020/02/18/bus-timetable-approved/"
        #expect(extractor.extract(html: page("2020-02-19T03:10:00Z"), url: url).metadata.published?.date
                == PublicationDateFinderTests.day(2020, 2, 18))
        #expect(extractor.extract(html: page("2020-02-19T18:37:32+01:00"), url: url).metadata.published?.date
                == PublicationDateFinderTests.day(2020, 2, 19))
        #expect(extractor.extract(html: page("2020-02-17T21:40:00Z"), url: url).metadata.published?.date
                == PublicationDateFinderTests.day(2020, 2, 18))
        #expect(extractor.extract(html: page("2020-02-17T11:40:00Z"), url: url).metadata.published?.date
                == PublicationDateFinderTests.day(2020, 2, 17))
    }

    /// Without an H1 the text search starts at the top of the body: today's date in the page header and dated menu
    /// entries are passed over for the line under the story's heading.
    @Test func textSearchSkipsThePageHeaderAndNavigation() {
        let html = """
        <html lang="en"><body><header><div class="logo">County Post</div><p>Tue, 14 Jan 2020</p></header>
        <nav><a href="/a">Storm week, 12 January 2020</a></nav>
        <main><h2>Bus timetable approved</h2><p>County Post<br>13 Jan 2020, 22:11 GMT+10</p>\(PublicationDateFinderTests.body)</main>
        </body></html>
        """
        #expect(extractor.extract(html: html).metadata.published?.date == PublicationDateFinderTests.day(2020, 1, 13))
    }

    /// A "date" block in the page header whose inner element shows today's date is not a date element.
    @Test func headerBlockWithTodaysDateInsideIsSkipped() {
        let html = PublicationDateFinderTests.page(
            beforeTitle: "<div id=\"block-date\" class=\"block-date\"><p id=\"todays-date-custom\"><strong>Friday</strong>, December 19, 2025</p></div>",
            after: String(repeating: "<p>Filler line.</p>", count: 30) + "<div class=\"meta\"><span class=\"posted-on\">March 2, 2024</span></div>")
        #expect(extractor.extract(html: html).metadata.published?.date == PublicationDateFinderTests.day(2024, 3, 2))
    }

    /// On a forum thread the modified date is the last reply, shown near the top: the thread keeps its first post's day.
    /// A FAQ block on an article does not make it a thread.
    @Test func forumThreadKeepsItsFirstPostDay() {
        let thread = PublicationDateFinderTests.page(
            head: """
            <meta itemprop="datePublished" content="2024-01-14T21:50:50-05:00">
            <meta itemprop="dateModified" content="2024-01-18T08:00:00-05:00">
            """,
            afterTitle: "<p class=\"thread-info\">Last reply: Jan 18, 2024</p>")
        let published = extractor.extract(html: thread, url: "https://forum.example/threads/winter-bus-times.5542550/").metadata.published
        #expect(published?.date == PublicationDateFinderTests.day(2024, 1, 14))
        let article = PublicationDateFinderTests.page(
            head: """
            <script type="application/ld+json">[{"@type":"Article","datePublished":"2020-05-13T15:03:25-05:00",
            "dateModified":"2025-01-02T15:06:08+00:00"},{"@type":"FAQPage","mainEntity":[{"@type":"Question","name":"When?"}]}]</script>
            """,
            afterTitle: "<p class=\"byline\">By Ann Reed · Updated January 2, 2025</p>")
        #expect(extractor.extract(html: article, url: "https://guides.example/questions/bus/").metadata.published?.date
                == PublicationDateFinderTests.day(2025, 1, 2))
    }

    /// A clock icon inside a date element is decoration, not a page-header clock.
    @Test func clockIconInsideADateElementIsKept() {
        let html = PublicationDateFinderTests.page(
            afterTitle: "<span class=\"date\"><i class=\"far fa-clock\"></i> 02 Feb 2026</span>",
            after: "<div class=\"comments\"><span class=\"date\">November 22, 2021</span></div>")
        #expect(extractor.extract(html: html).metadata.published?.date == PublicationDateFinderTests.day(2026, 2, 2))
    }

    /// British, Australian, Indian … English writes the day first; US English the month.
    @Test func dayFirstEnglishRegions() {
        let british = PublicationDateFinderTests.page(lang: "en-GB", afterTitle: "<span class=\"time\">02/10/2020</span>")
        #expect(extractor.extract(html: british).metadata.published?.date == PublicationDateFinderTests.day(2020, 10, 2))
        let american = PublicationDateFinderTests.page(lang: "en-US", afterTitle: "<span class=\"time\">02/10/2020</span>")
        #expect(extractor.extract(html: american).metadata.published?.date == PublicationDateFinderTests.day(2020, 2, 10))
        let folder = extractor.extract(html: PublicationDateFinderTests.page(lang: "en", afterTitle: "<span class=\"time\">02/10/2020</span>"),
                                       url: "https://news.example/en-gb/news/uk/halls-too-full/ar-BB19")
        #expect(folder.metadata.published?.date == PublicationDateFinderTests.day(2020, 10, 2))
    }

    /// The kicker line just above the title ("Dec 12, 2025 · 4 min read") beats a date written in the article text.
    @Test func dateLineAboveTheTitleBeatsADateInTheText() {
        let html = PublicationDateFinderTests.page(
            beforeTitle: "<div class=\"flex gap-2\"><svg></svg> Dec 12, 2025 </div><div>4 min read</div>",
            afterTitle: "<p>The supplier's 1.0 release shipped on 30 October 2025 and changed the schedule.</p>")
        #expect(extractor.extract(html: html).metadata.published?.date == PublicationDateFinderTests.day(2025, 12, 12))
    }

    /// A date block that starts with its date line counts even when a long list of tags follows in it.
    @Test func longDateBlockStartingWithTheDateLine() {
        let tags = (1...8).map { "<span class=\"tag\"><a href=\"/t/\($0)\">public transport topic \($0)</a></span>" }.joined()
        let html = PublicationDateFinderTests.page(
            afterTitle: "<p>Reader note from November 22, 2021 about the old timetable.</p>",
            after: String(repeating: "<p>More notes on buses, ferries and the new timetable.</p>", count: 70)
                + "<div class=\"meta date-section-header\"><span>Posted on April 13, 2023</span><div class=\"tags\">\(tags)</div></div>")
        #expect(extractor.extract(html: html).metadata.published?.date == PublicationDateFinderTests.day(2023, 4, 13))
    }

    /// A byline with a two-digit year ("Von: Jo Bauer | 31.10.23") dates the page; a version number does not.
    @Test func bylineWithATwoDigitYear() {
        let byline = PublicationDateFinderTests.page(
            lang: "de", afterTitle: "<div class=\"article-info\">Von: Jo Bauer <span>|</span> <span>31.10.23</span></div>")
        #expect(extractor.extract(html: byline).metadata.published?.date == PublicationDateFinderTests.day(2023, 10, 31))
        let kicker = PublicationDateFinderTests.page(lang: "de", beforeTitle: "<div class=\"kicker\">Verkehr, 30.10.23</div>")
        #expect(extractor.extract(html: kicker).metadata.published?.date == PublicationDateFinderTests.day(2023, 10, 30))
        let version = PublicationDateFinderTests.page(afterTitle: "<p>The app moved to release 1.2.12.4 this week.</p>")
        #expect(extractor.extract(html: version).metadata.published == nil)
    }

    /// A dated list of other stories in a sidebar or related block is not the page's date element; the byline is.
    @Test func datesInSidebarTeasersAreSkipped() {
        let filler = String(repeating: "<p>More about the route changes.</p>", count: 30)
        let html = PublicationDateFinderTests.page(
            lang: "fr", afterTitle: "<p>Par Jean Roux · 27 Sep 2016</p>" + filler,
            after: """
            <aside class="sidebar"><h2>Dernières actualités</h2><ul>
            <li><a href="/a">Une autre histoire de bus dans la région</a><span class="post-date">09/09/2019</span></li>
            <li><a href="/b">Encore une histoire de tramway en ville</a><span class="post-date">05/07/2019</span></li>
            </ul></aside>
            """)
        #expect(extractor.extract(html: html).metadata.published?.date == PublicationDateFinderTests.day(2016, 9, 27))
        // The same list inside the article, right under the title, still counts (not removed furniture there).
        let kept = PublicationDateFinderTests.page(afterTitle: "<div class=\"meta\"><span class=\"post-date\">09/09/2019</span></div>")
        #expect(extractor.extract(html: kept).metadata.published?.date == PublicationDateFinderTests.day(2019, 9, 9))
    }

    /// Drupal's "submitted" line ("Gespeichert von … am 24. Juli 2017") is a date element.
    @Test func submittedLineIsADateElement() {
        let html = PublicationDateFinderTests.page(
            lang: "de", afterTitle: "<p>Wir fahren am 23.-26.8.2017 zum Treffen.</p>",
            after: "<div class=\"submitted\">Gespeichert von <span class=\"username\">rasos</span> am 24. Juli 2017 - 18:55</div>")
        #expect(extractor.extract(html: html).metadata.published?.date == PublicationDateFinderTests.day(2017, 7, 24))
    }

    /// JSON-LD and Open Graph disagree on the publication day: the one shown under the title wins; with neither
    /// shown, JSON-LD keeps precedence.
    @Test func shownDayDecidesBetweenJSONLDAndOpenGraph() {
        func page(shown: String) -> String {
            PublicationDateFinderTests.page(
                head: """
                <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2022-01-04T07:29:00.000Z"}</script>
                <meta property="article:published_time" content="2022-01-06T08:29:34">
                """,
                afterTitle: "<div class=\"article-info\">\(shown)</div>")
        }
        let published = extractor.extract(html: page(shown: "06.01.2022")).metadata.published
        #expect(published?.date == PublicationDateFinderTests.day(2022, 1, 6))
        #expect(published?.source == .meta)
        #expect(extractor.extract(html: page(shown: "Vanlife")).metadata.published?.date == PublicationDateFinderTests.day(2022, 1, 4))
    }

    /// With no date near the title, a date labelled as updated at the foot of the text beats dates of events
    /// mentioned more often in it.
    @Test func labelledDateBeatsTheMostFrequentDateInThePage() {
        let events = String(repeating: "<p>Die Tagung vom 04.08.2014 in Berlin war gut besucht.</p>", count: 3)
        let html = PublicationDateFinderTests.page(
            lang: "de", after: "<section class=\"more\">" + String(repeating: "<p>Weitere Hinweise zur Arbeit.</p>", count: 200)
                + events + "<p class=\"info\">Aktualisiert: 30.12.2016</p></section>")
        let published = extractor.extract(html: html).metadata.published
        #expect(published?.date == PublicationDateFinderTests.day(2016, 12, 30))
        #expect(published?.source == .text)
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
