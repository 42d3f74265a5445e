import Testing
import Model
@testable import Link

@Suite struct DuplicateDetectorTests {
    @Test func marksExactCrossOutletCopyOfTheEarlierArticle() {
        let original = LinkFixtures.document("a", outlet: "Coast Herald", date: "2023-03-06", text: LinkFixtures.harbourStrike)
        let copy = LinkFixtures.document("b", outlet: "Daily Wire Service", date: "2023-03-07",
                                         text: LinkFixtures.harbourStrike.replacingOccurrences(of: "\n\n", with: "\n"))
        let other = LinkFixtures.document("c", outlet: "Coast Herald", date: "2023-03-06", text: LinkFixtures.vaccineTrial)
        let report = DuplicateDetector().detect([copy, other, original])
        #expect(report.links.count == 1)
        let link = report.links[0]
        #expect(link.kind == .exact)
        #expect(link.original == "a" && link.copy == "b")
        #expect(link.crossOutlet)
        #expect(link.sharedParagraphs.count == 4)
        #expect(report.originalOf == ["b": "a"])
        #expect(link.reason.contains("Daily Wire Service republishes Coast Herald"))
    }

    @Test func nearCopySaysWhichParagraphsMatch() {
        let a = LinkFixtures.document("a", outlet: "Coast Herald", date: "2023-03-06", text: LinkFixtures.harbourStrike)
        let b = LinkFixtures.document("b", outlet: "Coast Herald", date: "2023-03-06", text: LinkFixtures.harbourStrikeEdited)
        var detector = DuplicateDetector()
        detector.nearDuplicateJaccard = 0.5
        let report = detector.detect([a, b])
        #expect(report.links.count == 1)
        #expect(report.links[0].kind == .nearDuplicate)
        #expect(!report.links[0].crossOutlet)
        // Paragraphs 1, 2 and 4 are identical; 3 was rewritten.
        #expect(report.links[0].sharedParagraphs.map(\.copy) == [0, 1, 3])
    }

    @Test func containedCopyOfALongerArticle() {
        let long = LinkFixtures.harbourStrike + "\n\n" + LinkFixtures.vaccineTrial
        let a = LinkFixtures.document("long", outlet: "Coast Herald", date: "2023-03-06", text: long)
        let b = LinkFixtures.document("short", outlet: "Metro", date: "2023-03-08", text: LinkFixtures.harbourStrike)
        let report = DuplicateDetector().detect([a, b])
        #expect(report.links.map(\.kind) == [.contained])
        #expect(report.links.first?.copy == "short")
    }

    @Test func feedItemWithTheSameHeadlineIsATeaserOfTheArticle() {
        let article = LinkFixtures.document("page", outlet: "unknown outlet (page)", date: "2023-03-06",
                                            text: LinkFixtures.harbourStrike, title: "Harbour workers end strike after pay deal")
        let item = LinkFixtures.document("item", outlet: "Coast Herald", date: "2023-03-06",
                                         text: "Harbour workers end strike after pay deal\n\nDock workers go back to work on Monday.",
                                         title: "Harbour workers end strike after pay deal")
        let unrelated = LinkFixtures.document("other", outlet: "Coast Herald", date: "2023-03-06",
                                              text: "Vaccine trial opens to volunteers\n\nThe trial starts next week.",
                                              title: "Vaccine trial opens to volunteers")
        let report = DuplicateDetector().detect([item, article, unrelated])
        #expect(report.links.count == 1)
        let link = report.links.first
        #expect(link?.kind == .teaser)
        #expect(link?.original == "page" && link?.copy == "item")
        #expect(link?.reason.contains("same headline") == true)
        #expect(link?.reason.contains("listed by Coast Herald") == true)
    }

    @Test func sameLinkMakesATeaserEvenWhenTheHeadlineDiffers() {
        var article = LinkFixtures.document("page", outlet: "Coast Herald", date: "2023-03-06", text: LinkFixtures.harbourStrike,
                                            title: "Strike over at the harbour")
        article.metadata.canonicalURL = "https://www.coastherald.example/news/strike-over/"
        var item = LinkFixtures.document("item", outlet: "Coast Herald", date: "2023-03-06",
                                         text: "Dock workers go back to work on Monday.", title: "Dockers back at work")
        item.metadata.url = "http://coastherald.example/news/strike-over"
        let report = DuplicateDetector().detect([item, article])
        #expect(report.links.map(\.kind) == [.teaser])
        #expect(report.links.first?.reason.contains("same link (coastherald.example/news/strike-over)") == true)
    }

    @Test func findsRepeatedBoilerplateWithoutCallingArticlesCopies() {
        let bodies = [LinkFixtures.harbourStrike, LinkFixtures.vaccineTrial,
                      "Council members in Ostrand approved a new bus lane on the coast road after a two-hour debate on Tuesday evening."]
        let documents = bodies.enumerated().map { index, body in
            LinkFixtures.document("d\(index)", outlet: "Coast Herald", date: "2023-03-0\(index + 1)",
                                  text: body + "\n\n" + LinkFixtures.subscribeBox)
        }
        let report = DuplicateDetector().detect(documents)
        #expect(report.links.isEmpty)
        #expect(report.boilerplate.count == 1)
        #expect(report.boilerplate.first?.text == LinkFixtures.subscribeBox)
        #expect(report.boilerplate.first?.occurrences.count == 3)
    }
}
