import Testing
import Model
@testable import Analyze

/// Who said what on invented text: speech acts need a speaker that can speak, pronouns go to the nearest person of
/// their gender, descriptions give way to the name in apposition, and flattened paragraphs keep captions and
/// narration out of quotations.
@Suite struct QuoteSpeakerTests {
    private func speakerName(_ doc: Document, _ fragment: String) throws -> String? {
        let quote = try #require(doc.quote(containing: fragment))
        return quote.speakerCluster.map { doc.entityClusters[$0].name }
    }

    @Test func pronounSkipsAQuotedPersonOfTheOtherGender() throws {
        let doc = analyzed("\"The road is closed,\" said Mark Dunn, the police chief. Nurse Carla Diaz runs the field clinic "
            + "in the valley. \"We are treating forty people a day,\" she said.")
        #expect(try speakerName(doc, "forty people")?.hasSuffix("Carla Diaz") == true)
    }

    @Test func pronounKeepsTheQuotedPersonOverOneNamedInsideTheQuote() throws {
        let doc = analyzed("\"Ask John Hale, he knows,\" said Rosa Mendes. \"We have no power,\" she said.")
        #expect(try speakerName(doc, "no power") == "Rosa Mendes")
    }

    @Test func aSpeakerIntroducedBetweenQuotationsTakesTheNextOne() throws {
        let doc = analyzed("\"The harbour is safe,\" said Tom Baker of the port authority. \"Ships can dock again.\" Professor "
            + "Helen Ward, a marine engineer, said most piers were intact after the storm. \"The cranes still need checks before Monday.\"")
        #expect(try speakerName(doc, "Ships can dock") == "Tom Baker")
        #expect(try speakerName(doc, "cranes still need") == "Helen Ward")
    }

    @Test func aGroupIntroducedBetweenQuotationsDoesNotTakeOver() throws {
        let doc = analyzed("\"Tax cuts favour the rich,\" said Rhea Dalton, a consultant. Experts say the plan is complex. "
            + "\"Nobody reads the whole code.\"")
        #expect(try speakerName(doc, "Nobody reads") == "Rhea Dalton")
    }

    @Test func theNameInAppositionIsTheSpeaker() throws {
        let doc = analyzed("The head of the rescue charity, Paul Greer, said his team was exhausted after ten days of digging.")
        let quote = try #require(doc.quote(containing: "team was exhausted"))
        #expect(doc.speakerText(quote) == "Paul Greer")
    }

    @Test func narrationWithoutASpeakerThatCanSpeakIsNoQuote() {
        for text in ["Video footage showed that the crowd had grown to thousands by noon.",
                     "The fact that the river rose so quickly surprised the engineers who built the dam.",
                     "Residents fled the dunes that had protected the village for decades, and the gunfire continued into the night."] {
            #expect(analyzed(text).quotes.isEmpty, "\(text)")
        }
    }

    @Test func aSpeakerNounOrAgentNounCanSpeak() throws {
        let doc = analyzed("The organisers said the concert had raised more money than last year.")
        #expect(doc.quote(containing: "concert had raised") != nil)
    }

    @Test func aCaptionGluedBeforeAQuotationStaysOutOfIt() throws {
        let doc = analyzed("Thousands queued for water in the heat \"We need help now, not next week,\" Mr Lowe said. \"The tanks are empty.\"")
        let quote = try #require(doc.quote(containing: "We need help now"))
        #expect(quote.kind == .direct)
        #expect(!doc.text(of: quote.span).contains("queued"))
        #expect(doc.speakerText(quote) == "Lowe")
    }

    @Test func aCaptionGluedBeforeTheNextParagraphsMarkEndsTheQuotation() throws {
        let doc = analyzed("\"We worked day and night,\" said Ana Lopez. \"Nobody slept for three days. Volunteers carry supplies "
            + "to the camp \"Then the rain came and flooded the tents.\"")
        let quote = try #require(doc.quote(containing: "Nobody slept"))
        #expect(!doc.text(of: quote.span).contains("Volunteers"))
        #expect(try speakerName(doc, "rain came") == "Ana Lopez")
    }

    @Test func aRunOnQuotationEndsWhereTheNarrationIntroducesSomeone() throws {
        let doc = analyzed("\"We have no tents,\" said Ivan Petrov. \"Families sleep outside in the cold. Maria Costa, a nurse from "
            + "the city, treated children there. She says disease will spread within a week. \"The water is dirty and there is no medicine.\"")
        let first = try #require(doc.quote(containing: "Families sleep"))
        #expect(!doc.text(of: first.span).contains("Maria Costa"))
        let reported = try #require(doc.quote(containing: "disease will spread"))
        #expect(reported.kind == .indirect)
        #expect(try speakerName(doc, "disease will spread") == "Maria Costa")
        #expect(try speakerName(doc, "water is dirty") == "Maria Costa")
    }

    @Test func reportedSpeechWithASpeechVerbAndNoNamedSpeakerStaysUnattributed() throws {
        let doc = analyzed("It was announced that the border would reopen for trucks next week.")
        let quote = try #require(doc.quote(containing: "border would reopen"))
        #expect(quote.speaker == nil)
    }

    @Test func aPronounWithTheWordsOfItsClauseIsThePronoun() throws {
        let doc = analyzed("Mayor Lena Ortiz visited the camp on Friday. She promptly said the shelters would be rebuilt by May.")
        let quote = try #require(doc.quote(containing: "shelters would be rebuilt"))
        #expect(doc.speakerText(quote) == "She")
        #expect(try speakerName(doc, "shelters would be rebuilt") == "Lena Ortiz")
    }

    @Test func aDefiniteDescriptionIsTheNamedEntityItDescribes() throws {
        let doc = analyzed("The Committee for Coastal Safety published its annual figures on Monday. The committee said that nine "
            + "ferries had failed inspections this year.")
        #expect(try speakerName(doc, "nine ferries") == "Committee for Coastal Safety")
        let minister = analyzed("Health Minister Rosa Ibarra visited the hospital in Tarma. The health minister said that vaccines "
            + "would arrive within days.")
        #expect(try speakerName(minister, "vaccines would arrive") == "Rosa Ibarra")
    }

    @Test func aDescriptionDoesNotJoinAMoreSpecificRole() throws {
        let doc = analyzed("Prime Minister Omar Dallal met donors in Tarma. The health minister said that vaccines would arrive within days.")
        #expect(try speakerName(doc, "vaccines would arrive") != "Omar Dallal")
    }

    @Test func aGenericOrganisationDescriptionIsTheOrganisationThatSpokeLast() throws {
        let doc = analyzed("The Vesna Broadcasting Corporation said on Monday that its studio in Tarma had been raided by police. "
            + "The network said that two of its technicians were still missing.")
        #expect(try speakerName(doc, "two of its technicians") == "Vesna Broadcasting Corporation")
        let company = analyzed("Orvik Drilling Ltd blamed the pump maker for the leak. The company said that its engineers had "
            + "followed every rule.")
        #expect(try speakerName(company, "engineers had followed") == "Orvik Drilling Ltd")
    }

    @Test func aGenericOrganisationDescriptionTakesTheSubjectNotAnObject() throws {
        let doc = analyzed("Orvik Drilling Ltd, meanwhile, sought to place blame with Tarma Oil Ltd and regulators. \"Our crew "
            + "followed every rule,\" the company said in a statement.")
        #expect(try speakerName(doc, "Our crew followed") == "Orvik Drilling Ltd")
    }

    @Test func aGenericOrganisationDescriptionTakesAnOrganisationThatSpokeAfterItsContent() throws {
        let doc = analyzed("The clinic in Tarma was closed by the police, the Vesna Broadcasting Corporation said in a statement. "
            + "Nine nurses were detained, the network said.")
        #expect(try speakerName(doc, "Nine nurses") == "Vesna Broadcasting Corporation")
    }

    @Test func aGenericOrganisationDescriptionWithNoOrganisationNearbyStaysUnresolved() throws {
        let doc = analyzed("The storm hit the coast on Sunday. Roads were closed for days. The company said that the plant would "
            + "reopen next month.")
        let quote = try #require(doc.quote(containing: "plant would reopen"))
        #expect(quote.speakerCluster == nil)
    }

    @Test func theOwnerInAPossessiveSpeakerDoesNotSpeak() throws {
        let doc = analyzed("Norland's Health Ministry said that nine people had died in the clashes.")
        let quote = try #require(doc.quote(containing: "nine people had died"))
        #expect(quote.speakerName != "Norland")
        #expect(doc.speakerText(quote)?.contains("Health Ministry") == true)
        let institute = analyzed("The Tarma Marine Institute's director said that the reef had lost half its coral.")
        let second = try #require(institute.quote(containing: "reef had lost"))
        #expect(second.speakerName != "Tarma Marine Institute")
    }

    @Test func aPersonsOfficeStandsForThePerson() throws {
        let doc = analyzed("Mayor Lena Ortiz opened the bridge. Ortiz's office said that the toll would be dropped.")
        #expect(try speakerName(doc, "toll would be dropped") == "Lena Ortiz")
    }

    @Test func aPossessiveOwnerKeepsTheSpeechWhenWhatItOwnsCannotSpeak() throws {
        let doc = analyzed("Mayor Lena Ortiz's letter said that the toll would be dropped in May.")
        #expect(doc.quote(containing: "toll would be dropped") != nil)
    }

    @Test func anOrganisationBeforeASpeakerNounStaysTheSpeaker() throws {
        let doc = analyzed("The Vesna Broadcasting Corporation news agency said that the airport had reopened.")
        let quote = try #require(doc.quote(containing: "airport had reopened"))
        #expect(quote.speakerName == "Vesna Broadcasting Corporation")
    }

    @Test func theCountryUSIsNoFirstPersonPronoun() throws {
        let doc = analyzed("US Deputy Secretary of State for Europe Karen Dorn said Tuesday that she expects the talks to resume.")
        let quote = try #require(doc.quote(containing: "expects the talks"))
        #expect(quote.speakerName == "Karen Dorn")
    }

    @Test func aNameThatOnlyModifiesTheSpeakerNounIsNotTheSpeaker() throws {
        let doc = analyzed("Norland officials said that the border would stay closed until Friday.")
        let quote = try #require(doc.quote(containing: "border would stay closed"))
        #expect(doc.speakerText(quote) == "Norland officials")
        #expect(quote.speakerCluster == nil)
    }

    @Test func quotesBeforeAWireDatelineAreHighlightsAndTeasers() throws {
        let doc = analyzed("Storm hits Tarma NEW: The mayor says the harbour is closed Officials expect more rain "
            + "TARMA, Norland (NBX) -- Mayor Lena Ortiz said on Monday that the harbour would stay closed for a week.")
        #expect(doc.quote(containing: "harbour is closed") == nil)
        let quote = try #require(doc.quote(containing: "harbour would stay closed"))
        #expect(!doc.text(of: quote.span).contains("NBX"))
    }

    @Test func aTitleInItsOwnParagraphBeforeTheDatelineKeepsItsQuote() {
        let doc = analyzed("Mayor says the harbour is closed to ships.\n\nTARMA, Norland (NBX) -- Heavy rain fell on Monday.")
        #expect(doc.quote(containing: "harbour is closed") != nil)
    }

    @Test func theOneQuotedBySomeoneElseIsTheSpeaker() throws {
        let relayed = analyzed("State television quoted Interior Minister Karl Odense as saying that the curfew would be lifted on Friday.")
        let quote = try #require(relayed.quote(containing: "curfew would be lifted"))
        #expect(!relayed.text(of: quote.span).contains("State television"))
        #expect(quote.speakerName == "Karl Odense")
        let passive = analyzed("Mayor Lena Ortiz was quoted as saying that the harbour would reopen next week.")
        #expect(try speakerName(passive, "harbour would reopen") == "Lena Ortiz")
        let group = analyzed("The agency cited witnesses as saying that the army had fired on the crowd.")
        let third = try #require(group.quote(containing: "army had fired"))
        #expect(group.speakerText(third) == "witnesses")
    }
}
