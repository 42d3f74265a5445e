import Testing
import Model
@testable import Link
@testable import Story

@Suite struct BriefBuilderTests {
    func brief() -> Brief {
        let workspace = StoryWorkspace(documents: StoryFixtures.strike())
        var builder = BriefBuilder()
        builder.minimumWords = 5
        builder.summarySentences = 4
        builder.timeline.minimumWords = 5
        return builder.build(try! workspace.story(nil), duplicates: workspace.duplicates)
    }

    @Test func everySummarySentenceCitesItsArticleAndOutlet() {
        let brief = brief()
        let documents = Dictionary(uniqueKeysWithValues: StoryFixtures.strike().map { ($0.id, $0) })
        #expect(brief.summary.count >= 2)
        for sentence in brief.summary {
            let document = documents[sentence.citation.document]
            #expect(document?.text.contains(sentence.citation.text) == true)
            #expect(document?.metadata.source == sentence.citation.outlet)
            #expect(sentence.citation.document != "wire-1-copy")  // copies are not cited as reports
        }
        // No two summary sentences say the same thing.
        #expect(Set(brief.summary.map(\.citation.text)).count == brief.summary.count)
    }

    @Test func briefHasArticlesActorsQuotesClaimsAndCoverage() {
        let brief = brief()
        #expect(brief.articles.count == 4)
        #expect(brief.articles.first { $0.id == "metro-1" }?.estimated == true)
        #expect(brief.articles.first { $0.id == "wire-1-copy" }?.copyOf == "wire-1")
        let marsh = brief.actors.first { $0.id == "elena-marsh" }
        #expect(marsh?.aliases.contains { $0.text == "Marsh" } == true)
        let marshOutlets = Set(marsh?.outlets ?? [])
        #expect(marshOutlets.isSuperset(of: ["Coast Herald", "Metro Daily", "Wire Service"]))
        #expect(brief.quotes.contains { $0.speaker == "Tom Ruiz" && $0.quotes.first?.outlet == "Metro Daily" })
        let ships = brief.claims.first { $0.concept.contains("stranded") }
        #expect(ships != nil)
        #expect(ships?.verdict == .update)  // 40 → more than 60 three days later
        #expect(brief.coverage.outlets.count == 4)
        #expect(brief.coverage.days.map(\.date) == ["2023-03-07", "2023-03-08", "2023-03-10"])
    }

    @Test func markdownHasEverySection() {
        let markdown = BriefMarkdown.render(brief())
        for heading in ["## Summary", "## Articles", "## Timeline", "## Actors", "## Quote book", "## Claims and disagreements",
                        "## Coverage", "## Copies"] {
            #expect(markdown.contains(heading))
        }
        #expect(markdown.contains("estimated, confidence 0.60"))
    }

    @Test func fragmentsAreNotSummarySentences() {
        #expect(BriefBuilder.isWholeSentence("Marsh said talks would resume on Thursday."))
        #expect(BriefBuilder.isWholeSentence("“We will not go back,” Ruiz said."))
        #expect(!BriefBuilder.isWholeSentence("No, they came to us and now they say so.”"))
        #expect(!BriefBuilder.isWholeSentence("and the port stayed closed."))
        #expect(!BriefBuilder.isWholeSentence("• Dock workers walked out."))
    }

    @Test func conversationIsNotReporting() {
        #expect(BriefBuilder.isReporting("Marsh said talks would resume on Thursday."))
        #expect(BriefBuilder.isReporting("“We will not go back,” Ruiz said."))
        #expect(!BriefBuilder.isReporting("So I think the port will reopen soon."))
        #expect(!BriefBuilder.isReporting("Will the port reopen?"))
        #expect(!BriefBuilder.isReporting("JANE DOE, HOST: The port is closed."))
        #expect(!BriefBuilder.isReporting("But that will be up to the union members."))
        #expect(!BriefBuilder.isReporting("March 3, 2023 at 6:27 pm | The port should reopen."))
        #expect(!BriefBuilder.isReporting("\"The port must reopen now, the people need it.\""))
        #expect(!BriefBuilder.isReporting("Yesterday he spoke of a new offer to the union."))
        #expect(BriefBuilder.isReporting("Yesterday the union rejected the new offer."))
    }
}

@Suite struct BriefMarkdownLimitsTests {
    /// A brief with more articles, actors and speakers than the default Markdown shows.
    func crowdedBrief() -> Brief {
        let workspace = StoryWorkspace(documents: StoryFixtures.strike())
        var brief = BriefBuilder().build(try! workspace.story(nil), duplicates: workspace.duplicates)
        let article = brief.articles[0]
        brief.articles = (0..<40).map { index in
            var copy = article
            copy.id = "doc-\(index)"
            copy.article = "input-\(index)"
            return copy
        }
        let actor = brief.actors[0]
        brief.actors = (0..<30).map { index in
            var copy = actor
            copy.id = "actor-\(index)"
            copy.name = "Actor Number\(index)"
            return copy
        }
        return brief
    }

    @Test func theDefaultBriefShowsTheHeadOfEachSectionAndSaysWhatIsLeftOut() {
        let markdown = BriefMarkdown.render(crowdedBrief())
        #expect(markdown.contains("| input-0 |"))
        #expect(!markdown.contains("| input-39 |"))
        #expect(markdown.contains("28 more articles"))
        #expect(markdown.contains("Actor Number0") && !markdown.contains("Actor Number29"))
        #expect(markdown.contains("18 more actors"))
    }

    @Test func theFullBriefShowsEverything() {
        let markdown = BriefMarkdown.render(crowdedBrief(), limits: .full)
        #expect(markdown.contains("| input-39 |") && markdown.contains("Actor Number29"))
        #expect(!markdown.contains("more articles"))
    }
}
