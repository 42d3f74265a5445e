import Foundation
import Model
import Testing
@testable import Extract

/// The date vocabularies the web writes in markup: Dublin Core in its spellings, schema.org microdata and RDFa, and
/// short numeric dates read in the page's own day order (own invented pages).
@Suite struct DateMarkupVocabularyTests {
    let extractor = ArticleExtractor(latestDate: CalendarDate(year: 2030, month: 1, day: 1))

    static func day(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate { CalendarDate(year: year, month: month, day: day) }

    @Test(arguments: [
        ("<meta name=\"dc:created\" content=\"2017-09-01\">", 2017, 9, 1),
        ("<meta name=\"DC.Issued\" content=\"2021-07-13\">", 2021, 7, 13),
        ("<meta name=\"DCTERMS.created\" content=\"2015-02-03\">", 2015, 2, 3),
        ("<meta property=\"dcterms:issued\" content=\"2014-11-30\">", 2014, 11, 30),
        ("<meta name=\"DC.Date.Issued\" content=\"2012-05-06\">", 2012, 5, 6),
        ("<meta name=\"dct:created\" content=\"2019-08-07T10:00:00Z\">", 2019, 8, 7),
    ])
    func dublinCoreInEverySpelling(head: String, year: Int, month: Int, day: Int) {
        let metadata = extractor.extract(html: PublicationDateFinderTests.page(head: head)).metadata
        #expect(metadata.published?.date == DateMarkupVocabularyTests.day(year, month, day))
        #expect(metadata.published?.source == .meta)
    }

    @Test func dublinCoreModifiedIsNotThePublicationDate() {
        let head = "<meta name=\"DC.Modified\" content=\"2020-01-05\"><meta name=\"dc:issued\" content=\"2019-03-04\">"
        let metadata = extractor.extract(html: PublicationDateFinderTests.page(head: head)).metadata
        #expect(metadata.published?.date == DateMarkupVocabularyTests.day(2019, 3, 4))
        #expect(metadata.modified?.date == DateMarkupVocabularyTests.day(2020, 1, 5))
    }

    @Test(arguments: [
        "<p>By Ann Reed <span property=\"datePublished\" content=\"2016-02-03\">3 Feb</span></p>",
        "<p>By Ann Reed <time property=\"schema:datePublished\" datetime=\"2016-02-03T09:00:00Z\">Wednesday</time></p>",
        "<p>By Ann Reed <span property=\"dc:created\" content=\"2016-02-03\">last week</span></p>",
        "<p>By Ann Reed <time itemprop=\"datePublished\" datetime=\"2016-02-03\">February 3</time></p>",
        "<p>By Ann Reed <span itemprop=\"datePublished\" content=\"2016-02-03\">Feb 3</span></p>",
    ])
    func microdataAndRDFaPublicationDates(afterTitle: String) {
        let metadata = extractor.extract(html: PublicationDateFinderTests.page(afterTitle: afterTitle)).metadata
        #expect(metadata.published?.date == DateMarkupVocabularyTests.day(2016, 2, 3))
    }

    @Test func rdfaModifiedDateIsKeptApart() {
        let afterTitle = """
            <p><span property="dateModified" content="2018-06-01">June 1</span>
            <span property="datePublished" content="2018-05-02">May 2</span></p>
            """
        let metadata = extractor.extract(html: PublicationDateFinderTests.page(afterTitle: afterTitle)).metadata
        #expect(metadata.published?.date == DateMarkupVocabularyTests.day(2018, 5, 2))
        #expect(metadata.modified?.date == DateMarkupVocabularyTests.day(2018, 6, 1))
    }

    /// A short date whose day and month are equal, or whose first number cannot be a month, needs no evidence.
    @Test(arguments: [("Last updated: 5/5/20", 2020, 5, 5), ("Posted 25/12/19", 2019, 12, 25), ("Posted 12/25/19", 2019, 12, 25)])
    func unambiguousShortNumericDates(line: String, year: Int, month: Int, day: Int) {
        let html = PublicationDateFinderTests.page(afterTitle: "<p class=\"meta\">\(line)</p>")
        #expect(extractor.extract(html: html).metadata.published?.date == DateMarkupVocabularyTests.day(year, month, day))
    }

    /// 5/6/20 is 5 June on a British page and May 6 on an American one, and no date at all without evidence.
    @Test func ambiguousShortNumericDatesFollowTheSitesOrder() {
        let line = "<p class=\"meta\">Posted 5/6/20</p>"
        let british = extractor.extract(html: PublicationDateFinderTests.page(lang: "en-GB", afterTitle: line)).metadata
        #expect(british.published?.date == DateMarkupVocabularyTests.day(2020, 6, 5))
        let american = extractor.extract(html: PublicationDateFinderTests.page(lang: "en-US", afterTitle: line)).metadata
        #expect(american.published?.date == DateMarkupVocabularyTests.day(2020, 5, 6))
        let fromUK = extractor.extract(html: PublicationDateFinderTests.page(afterTitle: line),
                                       url: "https://www.countypost.co.uk/news/bus-timetable").metadata
        #expect(fromUK.published?.date == DateMarkupVocabularyTests.day(2020, 6, 5))
        let unknown = extractor.extract(html: PublicationDateFinderTests.page(afterTitle: line),
                                        url: "https://www.countypost.com/news/bus-timetable").metadata
        #expect(unknown.published == nil)
    }

    @Test func shortNumericDatesInsidePathsAndVersionsAreNotDates() {
        let parser = DateStringParser(latest: CalendarDate(year: 2030, month: 1, day: 1))
        #expect(parser.dates(in: "see /5/5/20/index", twoDigitYears: true).isEmpty)
        #expect(parser.dates(in: "ratio 5/5/20.5", twoDigitYears: true).isEmpty)
        #expect(parser.dates(in: "Last updated: 5/5/20", twoDigitYears: false).isEmpty)
        #expect(parser.dates(in: "Last updated: 5/5/20", twoDigitYears: true).first?.date == CalendarDate(year: 2020, month: 5, day: 5))
    }

    @Test func propertyNamesAreReadInOneSpelling() {
        let vocabulary = DateVocabulary.shared
        #expect(vocabulary.propertyName("DC:Created") == "dc.created")
        #expect(vocabulary.propertyName("DCTERMS.Issued") == "dcterms.issued")
        #expect(vocabulary.propertyName("dct:created") == "dcterms.created")
        #expect(vocabulary.propertyName("dc:date:issued") == "dc.date.issued")
        #expect(vocabulary.propertyName("schema:datePublished") == "datepublished")
        #expect(vocabulary.propertyName("article:published_time") == "article:published_time")
        #expect(PublicationDateFinder.region(language: "en-GB", url: nil) == "gb")
        #expect(PublicationDateFinder.region(language: "en", url: "https://news.example.co.uk/a/b") == "uk")
        #expect(PublicationDateFinder.region(language: nil, url: "https://example.com/en-au/story") == "au")
        #expect(PublicationDateFinder.region(language: nil, url: "https://example.com/story") == nil)
    }

    /// The day order of a short date taken from the other slashed dates of the same text.
    @Test func anotherDateInTheTextShowsTheOrder() {
        let parser = DateStringParser(latest: CalendarDate(year: 2030, month: 1, day: 1))
        #expect(parser.dates(in: "Posted 5/6/20. Comments: 25/06/2020 - great", twoDigitYears: true).first?.date
                == CalendarDate(year: 2020, month: 6, day: 5))
        #expect(parser.dates(in: "Posted 5/6/20. Comments: 06/25/2020 - great", twoDigitYears: true).first?.date
                == CalendarDate(year: 2020, month: 5, day: 6))
        // Dates that contradict each other, or none that can tell: the short date is not read.
        #expect(parser.dates(in: "Posted 5/6/20. 25/06/2020 and 06/25/2020", twoDigitYears: true).first?.date
                == CalendarDate(year: 2020, month: 6, day: 25))
        #expect(parser.dates(in: "Posted 5/6/20 by Ann", twoDigitYears: true).isEmpty)
    }
}
