import Testing
import Model
@testable import Analyze

@Suite struct QuoteExtractorTests {
    @Test func directQuoteWithSpeakerAfter() throws {
        let doc = analyzed("“The bridge will reopen in March,” Transport Minister Jane Holloway said on Monday.")
        let quote = try #require(doc.quote(containing: "bridge will reopen"))
        #expect(quote.kind == .direct)
        #expect(doc.speakerText(quote) == "Jane Holloway")
        #expect(quote.cue.map { doc.text(of: $0) } == "said")
    }

    @Test func accordingToRunningToTheEndOfTheTextDoesNotTrap() {
        // The speaker phrase runs to the end of the text with no comma or final stop after it.
        for text in ["According to the regional health ministry", "According to officials in the capital city of the province",
                     "Unrest spread, according to witnesses"] {
            let doc = analyzed(text)
            #expect(doc.quotes.allSatisfy { !$0.span.isEmpty && $0.span.end <= doc.text.utf8.count })
        }
    }

    @Test func timeWordsBetweenTheVerbAndThatAreNotContent() throws {
        let doc = analyzed("Harbour director Lena Moss said late on Tuesday that the port would reopen to ferries within a week.")
        let quote = try #require(doc.quote(containing: "would reopen"))
        #expect(quote.kind == .indirect)
        #expect(doc.text(of: quote.span).hasPrefix("that the port"))
        #expect(doc.speakerText(quote) == "Lena Moss")
    }

    @Test func whatSomeoneCalledIsNotANestedQuote() throws {
        let doc = analyzed("Mayor Tom Reed said the city would answer what he called reckless cuts by the regional government with a lawsuit.")
        #expect(doc.quote(containing: "city would answer") != nil)
        #expect(doc.quotes.count == 1)
    }

    @Test func theSpeakersOwnClauseIsNotQuotedTwice() throws {
        let doc = analyzed("Health official Ana Ruiz said she expects the new clinic to open in the spring after the last inspections.")
        #expect(doc.quotes.count == 1)
        #expect(doc.speakerText(try #require(doc.quotes.first)) == "Ana Ruiz")
    }

    @Test func splitQuoteSharesItsSpeaker() throws {
        let doc = analyzed("\"We tried everything,\" said Marta Ruiz, the mayor. \"Nothing worked.\"")
        let first = try #require(doc.quote(containing: "tried everything"))
        let second = try #require(doc.quote(containing: "Nothing worked"))
        #expect(first.kind == .direct && second.kind == .direct)
        #expect(doc.speakerText(first) == "Marta Ruiz")
        #expect(second.speakerCluster == first.speakerCluster)
    }

    @Test func colonIntroducesQuoteInNextParagraph() throws {
        let doc = analyzed("Company chief Omar Haddad told staff:\n\n“We will not close the plant.”")
        let quote = try #require(doc.quote(containing: "close the plant"))
        #expect(doc.speakerText(quote) == "Omar Haddad")
    }

    @Test func indirectSpeechWithThatClause() throws {
        let doc = analyzed("Health officials said that the outbreak had been contained in three districts.")
        let quote = try #require(doc.quote(containing: "outbreak had been contained"))
        #expect(quote.kind == .indirect)
        #expect(doc.speakerText(quote) == "Health officials")
    }

    @Test func accordingToGivesSource() throws {
        let doc = analyzed("The convoy left the city before dawn, according to Interfax.")
        let quote = try #require(doc.quote(containing: "convoy left the city"))
        #expect(quote.kind == .indirect)
        #expect(doc.speakerText(quote) == "Interfax")
    }

    @Test func partialQuoteInsideIndirectSpeechIsIndirect() throws {
        let doc = analyzed("Senator Paul Dillon said the plan was “a costly mistake” for the region.")
        let quote = try #require(doc.quote(containing: "costly mistake"))
        #expect(quote.kind == .indirect)
        #expect(!doc.quotes.contains { $0.kind == .direct })
    }

    @Test func pronounSpeakerResolvesToPerson() throws {
        let doc = analyzed("Foreign Minister Anna Berg arrived in Oslo on Friday.\n\n“We want calm,” she said.")
        let quote = try #require(doc.quote(containing: "We want calm"))
        #expect(doc.speakerText(quote) == "she")
        let cluster = try #require(quote.speakerCluster)
        #expect(doc.entityClusters[cluster].name == "Anna Berg")
    }

    @Test func nonPersonSourceIsKept() throws {
        let doc = analyzed("The Kremlin said in a statement that the exercises would end on Sunday.")
        let quote = try #require(doc.quote(containing: "exercises would end"))
        #expect(quote.speakerName == "Kremlin")
    }

    @Test func headlineQuoteWithColon() throws {
        let doc = analyzed("Dillon: We Will Rebuild the Bridge\n\nSenator Paul Dillon spoke in Hartford on Monday.")
        let quote = try #require(doc.quote(containing: "We Will Rebuild"))
        #expect(quote.kind == .direct)
        #expect(doc.speakerText(quote) == "Dillon")
    }

    @Test func unbalancedQuotesNeverDropTheDocument() {
        let doc = analyzed("“This is unacceptable, the minister said. Officials said the talks would resume next week.")
        #expect(!doc.quotes.isEmpty)
    }

    @Test func guillemetsAndLowNineQuotesWithCRLF() throws {
        let doc = analyzed("«We will not leave», the minister said.\r\n\r\n„Wir bleiben hier“, said Chancellor Olaf Weber.")
        let german = try #require(doc.quote(containing: "Wir bleiben hier"))
        #expect(german.kind == .direct)
        #expect(doc.speakerText(german) == "Olaf Weber")
        #expect(doc.quote(containing: "We will not leave")?.kind == .direct)
    }

    @Test func multiParagraphQuoteIsOneQuote() throws {
        let doc = analyzed("Mayor Lena Ortiz said:\n\n“The river rose overnight.\n\n“We moved everyone to the school,” she added.")
        let quote = try #require(doc.quote(containing: "river rose"))
        #expect(doc.text(of: quote.span).contains("moved everyone"))
        #expect(quote.speakerName == "Lena Ortiz")
    }
}
