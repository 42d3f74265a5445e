import Analyze
import Model
import Testing
@testable import Story

/// What a figure measures, read from invented sentences about an invented country (Valdoria) by the real taggers.
@Suite struct ClaimFrameReaderTests {
    func tagged(_ text: String, date: String = "2024-09-14") -> Document {
        var document = StoryFixtures.document("a", outlet: "Outlet", date: date, text: text)
        TemporalTagger().annotate(&document)
        QuantityTagger().annotate(&document)
        return document
    }

    func frame(_ text: String, containing figure: String, date: String = "2024-09-14") -> ClaimFrame? {
        let document = tagged(text, date: date)
        guard let quantity = document.quantities.first(where: { document.text(of: $0.span).contains(figure) }),
              let sentence = document.sentenceIndex(containing: quantity.span.start) else { return nil }
        return ClaimFrameReader().frame(of: quantity, sentence: document.sentences[sentence].span, in: document,
                                        reportYear: 2024)
    }

    @Test func aGroupNamedWithTheNumberIsItsScope() {
        // a group of people named with the number is counted apart as that group (ClaimScopeAndPeriodTests)
        let staff = frame("The agency said 14 UN staff were killed in the collapse.", containing: "14")
        #expect(staff?.counted == "killed")
        #expect(staff?.group == "staff")
        #expect(frame("Seventeen United Nations staff died in the quake.", containing: "Seventeen")?.group == "staff")
        // other counted nouns keep the capitalised name as their scope
        #expect(frame("Four Ruritanian engineers were detained in the capital.", containing: "Four")?.scope == "Ruritanian")
        #expect(frame("Eleven Brazilian nationals died in the quake.", containing: "Eleven")?.scope == "Brazilian")
        // a hedge or number opening the sentence is no group, and a plain count has none
        #expect(frame("At least 11 people were killed in the blast.", containing: "11")?.scope == nil)
        // measured amounts keep their own scope rules ("NATO sorties" are the sorties)
        #expect(frame("Planes flew 2,000 NATO sorties over the coast.", containing: "2,000")?.scope == nil)
    }

    @Test func killedDiedAndDeadAreOneEvent() {
        #expect(frame("At least 40 people were killed in the clashes.", containing: "40")?.counted == "killed")
        #expect(frame("Some 55 people have died since the storm hit.", containing: "55")?.counted == "killed")
        #expect(frame("At least 60 were found dead after the attack.", containing: "60")?.counted == "killed")
        #expect(frame("More than 300 people were injured in the stampede.", containing: "300")?.counted == "injured")
        #expect(frame("About 20,000 people have fled the fighting.", containing: "20,000")?.counted == "displaced")
    }

    @Test func bodiesRecoveredAreNotAnEstimateOfTheDead() {
        let bodies = frame("Rescuers said 900 bodies have been recovered from the rubble.", containing: "900")
        #expect(bodies?.counted == "bodies")
    }

    @Test func aRateIsKeptApartFromATotal() {
        let rate = frame("The pipeline leaked 3,000 barrels of crude a day into the bay.", containing: "3,000")
        let total = frame("In all, the pipeline leaked 2 million barrels of crude.", containing: "2 million")
        #expect(rate?.counted == "barrels")
        #expect(rate?.ratePer == "day")
        #expect(total?.counted == "barrels")
        #expect(total?.ratePer == nil)
        #expect(rate?.key != total?.key)
    }

    @Test func oilCapturedIsAnotherQuantityThanOilSpilled() {
        let captured = frame("Crews siphoned 1,500 barrels a day at the wellhead.", containing: "1,500")
        #expect(captured?.counted == "barrels collected")
    }

    @Test func theNamedPlaceIsTheScope() {
        #expect(frame("Officials said 120 people had been killed in Port Selin during the week.", containing: "120")?.scope == "Port Selin")
        #expect(frame("In Marrow, 35 people were killed overnight.", containing: "35")?.scope == "Marrow")
        #expect(frame("At least 219 people have died nationwide.", containing: "219")?.scope == nil)
        // A month after "in" names no place.
        #expect(frame("At least 80 people were killed in March.", containing: "80")?.scope == nil)
        // Where the source spoke is not where the dead were.
        #expect(frame("At least 80 people were killed, the agency said in Geneva.", containing: "80")?.scope == nil)
    }

    @Test func anotherYearIsAnotherEvent() {
        let old = frame("A quake in 1998 killed 2,000 people in the same valley.", containing: "2,000")
        #expect(old?.year == "1998")
        let now = frame("The quake in 2024 killed 2,000 people.", containing: "2,000")
        #expect(now?.year == nil)
        #expect(frame("The war has killed 9,000 people since 2014.", containing: "9,000")?.since == "2014")
    }

    @Test func qualifiersAndSources() {
        let suspected = frame("Health officials reported 176 suspected deaths from the virus.", containing: "176")
        #expect(suspected?.qualifier == "suspected")
        #expect(suspected.map { $0.key.contains("suspected") } == true)
        let confirmed = frame("Officials have confirmed 26 deaths from the virus.", containing: "26")
        #expect(confirmed?.qualifier == "confirmed")
        #expect(confirmed.map { $0.key.contains("confirmed") } == false)
        let cited = frame("At least 233 people have been killed, according to Rights Watch Valdoria.", containing: "233")
        #expect(cited?.source == "Rights Watch Valdoria")
    }

    @Test func aBareNumberCountsNothing() {
        #expect(frame("The committee met 12 times.", containing: "12") == nil)
    }
}
