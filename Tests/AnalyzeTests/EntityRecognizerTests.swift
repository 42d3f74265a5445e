import Testing
import Model
@testable import Analyze

@Suite struct EntityRecognizerTests {
    @Test func titledNameCarriesRoleAndDropsTitleFromName() throws {
        let doc = analyzed("Kremlin spokesman Dmitry Peskov spoke to reporters. Later, Russian President Vladimir Putin arrived.")
        let peskov = try #require(doc.entities.first { doc.text(of: $0.span) == "Dmitry Peskov" })
        #expect(peskov.label == .person)
        #expect(peskov.role == "Kremlin spokesman")
        let putin = try #require(doc.entities.first { doc.text(of: $0.span) == "Vladimir Putin" })
        #expect(putin.role == "Russian President")
    }

    @Test func surnameAndDescriptionJoinTheFullName() throws {
        let text = """
        Belarusian President Alexander Lukashenko met officials in Minsk. Lukashenko said the drills were defensive.

        Later the Belarusian leader left for Moscow.
        """
        let doc = analyzed(text)
        let full = try #require(doc.cluster(of: "Alexander Lukashenko"))
        #expect(doc.cluster(of: "Lukashenko") == full)
        #expect(doc.cluster(of: "the Belarusian leader") == full)
        #expect(doc.entityClusters[full].aliases.contains("the Belarusian leader"))
    }

    @Test func aForeignHeadOfGovernmentIsNotTheUntitledPresident() throws {
        let text = """
        President Marek Dvorak called the new Austrian Chancellor on Friday. So did the Austrian chancellor's deputy.

        Later the Austrian Chancellor thanked President Dvorak for the call.
        """
        let doc = analyzed(text)
        let president = try #require(doc.cluster(of: "Marek Dvorak"))
        #expect(doc.cluster(of: "the Austrian Chancellor") != president)
        #expect(!doc.entityClusters[president].aliases.contains { $0.lowercased().contains("chancellor") })
    }

    @Test func acronymJoinsLongForm() throws {
        let doc = analyzed("The North Atlantic Treaty Organization met in Brussels. NATO members agreed on a plan.")
        let long = try #require(doc.cluster(of: "North Atlantic Treaty Organization"))
        #expect(doc.cluster(of: "NATO") == long)
        #expect(doc.entityClusters[long].label == .organization)
    }

    @Test func countryVariantsShareACluster() throws {
        let doc = analyzed("Officials in the United States said the U.S. would respond.")
        let us = try #require(doc.cluster(of: "United States"))
        #expect(doc.cluster(of: "U.S.") == us)
        #expect(doc.entityClusters[us].label == .place)
    }

    @Test func adjectivalDemonymIsNotAMention() {
        let doc = analyzed("The Afghan team won a silver medal in Mexico City.")
        #expect(!doc.entities.contains { doc.text(of: $0.span) == "Afghan" })
        #expect(doc.entities.contains { doc.text(of: $0.span) == "Mexico City" && $0.label == .place })
    }

    @Test func organisationAndPlaceByLastWord() {
        let doc = analyzed("Staff at the Ministry of Defence and the Hudson River Museum were told on Monday.")
        #expect(doc.entities.contains { doc.text(of: $0.span) == "Ministry of Defence" && $0.label == .organization })
        #expect(doc.entities.contains { doc.text(of: $0.span) == "Hudson River Museum" && $0.label == .place })
    }

    @Test func stormsAndLakesByTheirFirstWordDamsByTheirLast() {
        let doc = analyzed("After Cyclone Orla passed, engineers inspected the Marrow Dam near Lake Tessin on Sunday.")
        #expect(doc.entities.contains { doc.text(of: $0.span) == "Cyclone Orla" && $0.label == .other })
        #expect(doc.entities.contains { doc.text(of: $0.span) == "Marrow Dam" && $0.label == .place })
        #expect(doc.entities.contains { doc.text(of: $0.span) == "Lake Tessin" && $0.label == .place })
    }

    @Test func sentenceInitialCommonWordIsNotAName() {
        let doc = analyzed("Meanwhile the rain continued. Yesterday it stopped.")
        #expect(doc.entities.isEmpty)
    }

    @Test func clockZonesAndStampAbbreviationsAreNotNames() {
        let doc = analyzed("The ferry left Lisbon at 1516 GMT and reached Porto at 9 p.m. ET on Aug 9. The harbour said on Tue Mar 4 that BST times apply.")
        let names = doc.entities.map { doc.text(of: $0.span) }
        for stamp in ["GMT", "ET", "Aug", "BST", "Tue", "Tue Mar"] { #expect(!names.contains(stamp)) }
        #expect(names.contains("Lisbon"))
        #expect(names.contains("Porto"))
    }
}
