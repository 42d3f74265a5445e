import Analyze
import Model
import Testing
@testable import Link

/// An outlet's repeated sentences, on invented articles.
@Suite struct RepeatedSentenceFinderTests {
    static let promo = "Sign up for the Harbour Bulletin to get every story first. "
        + "Our reporters cover the harbour, the council and the courts every single day of the week."

    static func articles(outlet: String, count: Int, promoEvery: Int) -> [Document] {
        (0..<count).map { number in
            var text = "The council met on day \(number) to discuss item \(number * 7 + 3) of the harbour plan. "
                + "Members voted \(number + 4) to \(number + 1) on the proposal number \(number)."
            if number % promoEvery == 0 { text += " " + promo }
            var document = LinkFixtures.document("\(outlet)-\(number)", outlet: outlet, date: "2023-03-06", text: text)
            SentenceSplitter().annotate(&document)
            return document
        }
    }

    @Test func sentenceRepeatedAcrossManyArticlesOfOneOutletIsBoilerplate() {
        let documents = RepeatedSentenceFinderTests.articles(outlet: "Coast Herald", count: 40, promoEvery: 2)
        let found = RepeatedSentenceFinder().find(documents)
        #expect(found.count == 2)
        #expect(RepeatedSentenceFinderTests.promo.hasPrefix(found.first?.text ?? "-") || RepeatedSentenceFinderTests.promo.hasSuffix(found.first?.text ?? "-"))
        #expect(found.first?.articleCount == 20)
        #expect(found.first?.occurrences.count == 20)
        #expect(found.first?.reason == "outlet boilerplate: repeated in 20 Coast Herald articles")
    }

    @Test func rareRepeatsAndOtherOutletsDoNotCount() {
        // 4 of 40 articles: below the minimum of 5 articles.
        let sparse = RepeatedSentenceFinderTests.articles(outlet: "Coast Herald", count: 40, promoEvery: 10)
        #expect(RepeatedSentenceFinder().find(sparse).isEmpty)
        // 5 articles of 200 is 2.5%: below the 5% share.
        let large = RepeatedSentenceFinderTests.articles(outlet: "Coast Herald", count: 200, promoEvery: 40)
        #expect(RepeatedSentenceFinder().find(large).isEmpty)
    }

    @Test func exactCopiesCountOnce() {
        let one = RepeatedSentenceFinderTests.articles(outlet: "Coast Herald", count: 1, promoEvery: 1)[0]
        let copies = (0..<8).map { number -> Document in
            var copy = one
            copy.id = "copy-\(number)"
            return copy
        }
        #expect(RepeatedSentenceFinder().find(copies).isEmpty)
    }

    @Test func boilerplateOnlyRecordIsNobodysCopyOrOriginal() {
        let documents = RepeatedSentenceFinderTests.articles(outlet: "Coast Herald", count: 40, promoEvery: 2)
        var adOnly = LinkFixtures.document("ad-only", outlet: "Coast Herald", date: "2023-03-05", text: RepeatedSentenceFinderTests.promo)
        SentenceSplitter().annotate(&adOnly)
        let all = documents + [adOnly]
        let boilerplate = RepeatedSentenceFinder().find(all)
        let involvesAd = { (link: DuplicateLink) in link.original == "ad-only" || link.copy == "ad-only" }
        // Without the boilerplate, the ad is taken for a copy contained in the articles that print it.
        #expect(DuplicateDetector().detect(all).links.contains(where: involvesAd))
        let report = DuplicateDetector().detect(all, boilerplateSentences: boilerplate)
        #expect(!report.links.contains(where: involvesAd))
    }
}

@Suite struct RepeatedSentenceOccurrenceTests {
    /// A later article of the outlet has the known sentence found where it stands; another outlet's does not.
    @Test func aKnownSentenceIsFoundInALaterArticleOfItsOutlet() {
        let known = BoilerplateSentence(source: "Herald", text: "Sign up for our morning newsletter today.", articleCount: 6,
                                        occurrences: [.init(document: "old", start: 0, end: 41)])
        let text = "The council met on Monday. Sign up for our morning newsletter today. It voted on the budget."
        var later = LinkFixtures.document("new", outlet: "Herald", date: "2023-03-06", text: text)
        SentenceSplitter().annotate(&later)
        let found = RepeatedSentenceFinder().occurrences(of: [known], in: later)
        #expect(found.count == 1)
        let occurrence = try! #require(found.first?.occurrences.first)
        #expect(occurrence.document == "new")
        let bytes = Array(text.utf8)
        #expect(String(decoding: bytes[occurrence.start..<occurrence.end], as: UTF8.self) == "Sign up for our morning newsletter today.")
        var elsewhere = LinkFixtures.document("other", outlet: "Metro", date: "2023-03-06", text: text)
        SentenceSplitter().annotate(&elsewhere)
        #expect(RepeatedSentenceFinder().occurrences(of: [known], in: elsewhere).isEmpty)
    }
}
