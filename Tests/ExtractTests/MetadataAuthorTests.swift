import Testing
@testable import Extract

/// Author names from bylines: several authors in one byline, byline noise after the name.
@Suite struct MetadataAuthorTests {
    func authors(meta: String) -> [String] {
        let body = String(repeating: "<p>The harbour authority approved the new quay on Monday after a long debate about costs, tides and jobs in the town.</p>", count: 3)
        let html = "<html><head><meta name=\"author\" content=\"\(meta)\"></head><body><article>\(body)</article></body></html>"
        return ArticleExtractor().extract(html: html).metadata.authors
    }

    @Test func twoAuthorsJoinedByAndAreTwoAuthors() {
        #expect(authors(meta: "Mara Lind and Tom Okafor") == ["Mara Lind", "Tom Okafor"])
        #expect(authors(meta: "Mara Lind, Ana Reis &amp; Tom Okafor") == ["Mara Lind", "Ana Reis", "Tom Okafor"])
        #expect(authors(meta: "Lena Vogt und Jonas Beck") == ["Lena Vogt", "Jonas Beck"])
    }

    @Test func aNameWithAJoiningWordStaysOneAuthor() {
        #expect(authors(meta: "José Ortega y Gasset") == ["José Ortega y Gasset"])
        #expect(MetadataExtractor.splitAuthors("Harbour and Coast Desk") == ["Harbour and Coast Desk"])
    }

    @Test func bylineNoiseAfterTheNameGoes() {
        #expect(authors(meta: "Mara Lind - January 10, 2020 21 minutes - 4312 words") == ["Mara Lind"])
        #expect(MetadataExtractor.cleanAuthor("By Tom Okafor · 5 min read") == "Tom Okafor")
        #expect(MetadataExtractor.cleanAuthor("Anne-Marie Lind") == "Anne-Marie Lind")
    }
}
