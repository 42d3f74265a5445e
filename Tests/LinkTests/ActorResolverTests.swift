import Testing
import Model
@testable import Link

@Suite struct ActorResolverTests {
    func documents() -> [Document] {
        [
            LinkFixtures.document("a", outlet: "Coast Herald", date: "2023-03-06",
                                  text: "Port authority chief Elena Marsh met the union. The official said talks would resume.",
                                  entities: [("Elena Marsh", .person, "Elena Marsh", true), ("The official", .person, "Elena Marsh", false)]),
            LinkFixtures.document("b", outlet: "Metro", date: "2023-03-07",
                                  text: "Marsh warned that cargo was spoiling. Tom Ruiz of the union disagreed.",
                                  entities: [("Marsh", .person, "Marsh", true), ("Tom Ruiz", .person, "Tom Ruiz", true)]),
            LinkFixtures.document("c", outlet: "Wire", date: "2023-03-07",
                                  text: "Elena Marsh and union leader Ruiz will meet again. Valmera Port Authority confirmed.",
                                  entities: [("Elena Marsh", .person, "Elena Marsh", true), ("Ruiz", .person, "Ruiz", true),
                                             ("Valmera Port Authority", .organization, "Valmera Port Authority", true)]),
        ]
    }

    @Test func mergesFullNamesSurnamesAndDescriptionsAcrossOutlets() {
        let actors = ActorResolver().resolve(documents())
        let marsh = actors.first { $0.name == "Elena Marsh" }
        #expect(marsh != nil)
        #expect(marsh?.documents == ["a", "b", "c"])
        #expect(marsh?.outlets == ["Coast Herald", "Metro", "Wire"])
        #expect(Set(marsh?.aliases.map(\.text) ?? []) == ["Elena Marsh", "The official", "Marsh"])
        #expect(marsh?.aliases.first { $0.text == "Marsh" }?.documents == ["b"])
        #expect(marsh?.id == "elena-marsh")
        let ruiz = actors.first { $0.name == "Tom Ruiz" }
        #expect(ruiz?.documents == ["b", "c"])
        #expect(actors.count == 3)
    }

    @Test func ambiguousSurnameStaysApart() {
        let docs = [
            LinkFixtures.document("a", outlet: "X", date: nil, text: "John Smith spoke. Anna Smith replied.",
                                  entities: [("John Smith", .person, "John Smith", true), ("Anna Smith", .person, "Anna Smith", true)]),
            LinkFixtures.document("b", outlet: "Y", date: nil, text: "Smith declined to comment.",
                                  entities: [("Smith", .person, "Smith", true)]),
        ]
        let actors = ActorResolver().resolve(docs)
        #expect(actors.count == 3)
    }

    @Test func overridesMergeAndSplit() {
        let merged = ActorResolver().resolve(documents(), overrides: [ActorOverride(kind: .merge, actors: ["tom-ruiz", "Valmera Port Authority"])])
        #expect(merged.count == 2)
        #expect(merged.contains { $0.id == "tom-ruiz" && $0.documents == ["b", "c"] && $0.aliases.contains { $0.text == "Valmera Port Authority" } })
        let split = ActorResolver().resolve(documents(), overrides: [ActorOverride(kind: .split, actors: ["elena-marsh"], aliases: ["Marsh"])])
        #expect(split.count == 4)
        #expect(split.first { $0.id == "elena-marsh" }?.documents == ["a", "c"])
        #expect(split.contains { $0.name == "Marsh" && $0.documents == ["b"] })
    }

    @Test func membershipMapsClustersToActors() {
        let resolution = ActorResolver().resolution(documents())
        #expect(resolution.actorOf["b"]?[0] == "elena-marsh")
        #expect(resolution.actorOf["c"]?[1] == "tom-ruiz")
    }
}

@Suite struct ActorResolverStoryTests {
    typealias Entity = (surface: String, label: EntityLabel, name: String, isName: Bool)

    func article(_ id: String, _ entities: [Entity], roles: [String: [String]] = [:]) -> Document {
        let text = entities.map(\.surface).joined(separator: " said. ") + " said."
        var document = LinkFixtures.document(id, outlet: "Outlet \(id)", date: "2024-05-0\(id.count % 9 + 1)", text: text, entities: entities)
        for index in document.entityClusters.indices {
            document.entityClusters[index].roles = roles[document.entityClusters[index].name] ?? []
        }
        return document
    }

    @Test func transliterationsAndLabelErrorsMakeOnePersonTypedByMostMentions() {
        let docs = [
            article("a", [("Omran Qadrani", .person, "Omran Qadrani", true)]),
            article("b", [("Omran Gadhrani", .person, "Omran Gadhrani", true)]),
            article("c", [("Omran Qadrani", .organization, "Omran Qadrani", true)]),
            article("d", [("Khadrani", .other, "Khadrani", true)]),
            article("e", [("Gaddrani", .place, "Gaddrani", true)]),
            article("f", [("Muammar Selvo", .person, "Muammar Selvo", true)]),
            article("g", [("Moammar Selvo", .person, "Moammar Selvo", true)]),
        ]
        let actors = ActorResolver().resolve(docs)
        let qadrani = actors.filter { $0.aliases.contains { ["Khadrani", "Gaddrani", "Omran Gadhrani"].contains($0.text) } }
        #expect(qadrani.count == 1)
        #expect(qadrani.first?.documents.count == 5)
        #expect(qadrani.first?.label == .person)
        #expect(qadrani.first?.labelEvidence["PERSON"] == 2)
        #expect(qadrani.first?.labelEvidence["PLACE"] == 1)
        #expect(actors.filter { $0.name.hasSuffix("Selvo") }.count == 1)
    }

    @Test func anOrganisationKeepsItsLabelWhateverOneArticleSaid() {
        let docs = [
            article("a", [("Velda Shipping", .organization, "Velda Shipping", true)]),
            article("b", [("VELDA SHIPPING", .person, "VELDA SHIPPING", true)]),
            article("c", [("Velda Shipping", .organization, "Velda Shipping", true)]),
        ]
        let actors = ActorResolver().resolve(docs)
        #expect(actors.count == 1)
        #expect(actors.first?.label == .organization)
        #expect(actors.first?.name == "Velda Shipping")
    }

    @Test func kinAndNamesakesStayApartUnlessOneIsFarBetterReported() {
        var docs = [
            article("a", [("Hamid Vostrany", .person, "Hamid Vostrany", true)]),
            article("b", [("Leila Vostrany", .person, "Leila Vostrany", true)]),
            article("c", [("Vostrany", .person, "Vostrany", true)]),
        ]
        #expect(ActorResolver().resolve(docs).count == 3)
        for id in ["d", "e", "f", "g", "h"] { docs.append(article(id, [("Hamid Vostrany", .person, "Hamid Vostrany", true)])) }
        let actors = ActorResolver().resolve(docs)
        #expect(actors.count == 2)
        #expect(actors.first { $0.name == "Hamid Vostrany" }?.aliases.contains { $0.text == "Vostrany" } == true)
        #expect(actors.first { $0.name == "Leila Vostrany" }?.documents == ["b"])
    }

    @Test func middleNamesAndNicknamesDecide() {
        let docs = [
            article("a", [("Arlen T. Moss", .person, "Arlen T. Moss", true)]),
            article("b", [("Arlen P. Moss", .person, "Arlen P. Moss", true)]),
            article("c", [("Arlen Moss", .person, "Arlen Moss", true)]),
            article("d", [("Bob Tarrant", .person, "Bob Tarrant", true)]),
            article("e", [("Robert Tarrant", .person, "Robert Tarrant", true)]),
            article("f", [("Alan Pryce", .person, "Alan Pryce", true)]),
            article("g", [("Boris Pryce", .person, "Boris Pryce", true)]),
        ]
        let actors = ActorResolver().resolve(docs)
        #expect(actors.filter { $0.name.hasSuffix("Moss") }.count == 3)
        #expect(actors.filter { $0.name.hasSuffix("Tarrant") }.count == 1)
        #expect(actors.filter { $0.name.hasSuffix("Pryce") }.count == 2)
    }

    @Test func namesOneLetterApartStayApartWhenAnArticleHoldsBoth() {
        let together = [
            article("a", [("Hamad Kassiri", .person, "Hamad Kassiri", true), ("Hamid Kassiri", .person, "Hamid Kassiri", true)]),
            article("b", [("Hamid Kassiri", .person, "Hamid Kassiri", true)]),
        ]
        #expect(ActorResolver().resolve(together).count == 2)
        let apart = [
            article("a", [("Port Misurava", .place, "Port Misurava", true)]),
            article("b", [("Port Misrava", .place, "Port Misrava", true)]),
        ]
        #expect(ActorResolver().resolve(apart).count == 1)
    }

    @Test func acronymsJoinTheirOnlyExpansion() {
        let docs = [
            article("a", [("Bay of Lurren", .place, "Bay of Lurren", true)]),
            article("b", [("BOL", .organization, "BOL", true)]),
            article("c", [("Tarvel Oceanic Survey", .organization, "Tarvel Oceanic Survey", true)]),
            article("d", [("TOS", .organization, "TOS", true)]),
        ]
        let actors = ActorResolver().resolve(docs)
        #expect(actors.count == 2)
        #expect(actors.first { $0.name == "Bay of Lurren" }?.aliases.contains { $0.text == "BOL" } == true)
    }

    @Test func aDescriptionStaysOnlyWithTheActorItFits() {
        var docs: [Document] = []
        for id in ["a", "b", "c"] {
            docs.append(article(id, [("Tomas Ferrio", .person, "Tomas Ferrio", true), ("the Peruvian leader", .person, "Tomas Ferrio", false)]))
        }
        docs.append(article("d", [("Ines Marlo", .person, "Ines Marlo", true), ("the Peruvian leader", .person, "Ines Marlo", false)],
                            roles: ["Ines Marlo": ["Chilean minister"]]))
        docs.append(article("e", [("Ruy Casto", .person, "Ruy Casto", true), ("the Peruvian leader", .person, "Ruy Casto", false)],
                            roles: ["Ruy Casto": ["Peruvian opposition leader"]]))
        let actors = ActorResolver().resolve(docs)
        #expect(actors.first { $0.name == "Tomas Ferrio" }?.aliases.contains { $0.text == "the Peruvian leader" } == true)
        #expect(actors.first { $0.name == "Ines Marlo" }?.aliases.contains { $0.text == "the Peruvian leader" } == false)
        // an opposition leader does not hold the office "the Peruvian leader" names
        #expect(actors.first { $0.name == "Ruy Casto" }?.aliases.contains { $0.text == "the Peruvian leader" } == false)
    }

    @Test func aNameThatGivesMiddleNamesGivesThemAll() {
        let docs = [
            article("a", [("Harlan W. Brisco", .person, "Harlan W. Brisco", true)]),
            article("b", [("Harlan W. Brisco", .person, "Harlan W. Brisco", true)]),
            article("c", [("Harlan K. W. Brisco", .person, "Harlan K. W. Brisco", true)]),
        ]
        let actors = ActorResolver().resolve(docs)
        #expect(actors.filter { $0.name.hasSuffix("Brisco") }.count == 2)
        #expect(actors.first { $0.name == "Harlan W. Brisco" }?.documents == ["a", "b"])
    }

    @Test func aCompanysLegalFormIsNotPartOfItsName() {
        let docs = [
            article("a", [("Norvex Co", .organization, "Norvex Co", true)]),
            article("b", [("Norvex Inc.", .organization, "Norvex Inc.", true)]),
            article("c", [("Norvex", .person, "Norvex", true)]),
            article("d", [("Pellam Holdings Plc", .organization, "Pellam Holdings Plc", true)]),
            article("e", [("Pellam Holdings", .organization, "Pellam Holdings", true)]),
        ]
        let actors = ActorResolver().resolve(docs)
        let norvex = actors.filter { $0.name.hasPrefix("Norvex") }
        #expect(norvex.count == 1)
        #expect(norvex.first?.documents.count == 3)
        #expect(norvex.first?.label == .organization)
        #expect(actors.filter { $0.name.hasPrefix("Pellam") }.count == 1)
    }

    /// A bare surname the articles tag as a town ("Welk") does not make a person who goes by a full name a place.
    @Test func mentionsUnderTheFullNameDecideTheLabel() throws {
        let docs = ["a", "b", "c"].map { (id: String) -> Document in
            article(id, [("Dana Welk", .person, "Dana Welk", true), ("Welk", .place, "Welk", true), ("Welk", .place, "Welk", true),
                         ("Welk", .place, "Welk", true)])
        }
        let actors = ActorResolver().resolve(docs)
        let welk = try #require(actors.first { $0.name == "Dana Welk" })
        #expect(welk.label == .person)
        #expect(welk.aliases.contains { $0.text == "Welk" })
        // the evidence of every mention is kept
        #expect(welk.labelEvidence["PLACE"] == 9)
        // a one-word name is typed by all its mentions
        let town = ActorResolver().resolve([article("d", [("Welk", .place, "Welk", true), ("Welk", .place, "Welk", true)]),
                                           article("e", [("Welk", .person, "Welk", true)])])
        #expect(town.first?.label == .place)
    }

    @Test func aNationalitysPeopleIsAGroupNotAPerson() {
        let docs: [Document] = [
            article("a", [("Peruvians", .person, "Peruvians", true)]),
            article("b", [("Peruvians", .person, "Peruvians", true)]),
            article("c", [("Peru", .place, "Peru", true)]),
        ]
        let actors = ActorResolver().resolve(docs)
        #expect(actors.first { $0.name == "Peruvians" }?.label == .other)
        #expect(actors.first { $0.name == "Peru" }?.label == .place)
        #expect(!ActorResolver.namesAPeople("Peru") && ActorResolver.namesAPeople("the Haitians"))
    }


    /// A bare name no person bears is the one organisation whose name it starts; a person's surname is not.
    @Test func aBareNameJoinsTheOneOrganisationItStarts() {
        let docs: [Document] = [
            article("a", [("Korrath Drilling", .organization, "Korrath Drilling", true)]),
            article("b", [("Korrath Drilling", .organization, "Korrath Drilling", true), ("Korrath", .person, "Korrath", true)]),
            article("c", [("Korrath", .other, "Korrath", true)]),
            article("d", [("Velmont Group", .organization, "Velmont Group", true), ("Velmont Energy", .organization, "Velmont Energy", true)]),
            article("e", [("Velmont", .person, "Velmont", true)]),
            article("f", [("Ostrava Fund", .organization, "Ostrava Fund", true), ("Jana Ostrava", .person, "Jana Ostrava", true)]),
            article("g", [("Ostrava", .organization, "Ostrava", true)]),
        ]
        let actors = ActorResolver().resolve(docs)
        let korrath = actors.first { $0.aliases.contains { $0.text == "Korrath Drilling" } }
        #expect(korrath?.documents.count == 3)
        #expect(korrath?.label == .organization)
        // two organisations start with it: it joins neither
        #expect(actors.contains { $0.name == "Velmont" })
        // a person bears it: it does not join the company
        #expect(actors.first { $0.name == "Ostrava Fund" }?.documents == ["f"])
        // a capitalised word most of whose articles do not name the organisation stays apart
        let relief: [Document] = [
            article("h", [("Disaster Relief Fund", .organization, "Disaster Relief Fund", true)]),
            article("i", [("Disaster", .other, "Disaster", true)]),
            article("j", [("Disaster", .place, "Disaster", true), ("Disaster Relief Fund", .organization, "Disaster Relief Fund", true)]),
            article("k", [("Disaster", .other, "Disaster", true)]),
        ]
        #expect(ActorResolver().resolve(relief).count == 2)
    }

    /// A name the articles type as an organisation but write after "in" or "near" is a place; an organisation
    /// seldom written so stays one.
    @Test func anOrganisationWrittenAfterInOrNearIsAPlace() {
        func typed(_ id: String, _ text: String, _ name: String) -> Document {
            LinkFixtures.document(id, outlet: "Outlet \(id)", date: "2024-05-01", text: text,
                                  entities: [(name, .organization, name, true)])
        }
        let docs = [
            typed("a", "Fighting went on in Dar Velim on Sunday.", "Dar Velim"),
            typed("b", "Shelling was heard near Dar Velim at dawn.", "Dar Velim"),
            typed("c", "Dar Velim fell to the rebels.", "Dar Velim"),
            typed("d", "The Velim Relief Council said aid had arrived.", "Velim Relief Council"),
            typed("e", "Donors gave to the Velim Relief Council in March.", "Velim Relief Council"),
        ]
        let actors = ActorResolver().resolve(docs)
        #expect(actors.first { $0.name == "Dar Velim" }?.label == .place)
        #expect(actors.first { $0.name == "Velim Relief Council" }?.label == .organization)
        #expect(ActorResolver.wordBefore(12, in: Array("Fighting in  Dar".utf8)) == "in")
    }
}

@Suite struct ActorDescriptionFilterTests {
    func actor(_ name: String, roles: [String], description: String, in documents: [String]) -> Actor {
        Actor(id: ActorResolver.slug(name), label: .person, name: name,
              aliases: [ActorAlias(text: name, isName: true, documents: documents), ActorAlias(text: description, isName: false, documents: documents)],
              roles: roles, documents: documents, outlets: [], mentions: documents.count)
    }

    @Test func aHolderWhoseRolesFitWinsOverTheMostFrequentHolder() {
        let actors = ActorDescriptionFilter().filtered([
            actor("Dana Whitlow", roles: ["President"], description: "the Peruvian leader", in: ["a", "b", "c"]),
            actor("Ramon Ustari", roles: ["Peruvian leader"], description: "the Peruvian leader", in: ["d"]),
            actor("Lise Carno", roles: ["Peruvian vice president"], description: "the Peruvian president", in: ["e"]),
        ])
        #expect(actors[0].aliases.count == 1)
        #expect(actors[1].aliases.count == 2)
        // a vice president does not hold the office "president"; she is the only holder, so it stays
        #expect(actors[2].aliases.count == 2)
    }
}

/// Bare names join on the evidence of their own article or story; organisation names in another order, acronyms written
/// in capitals by one article, and modifiers and articles in front of a name do not make two actors.
@Suite struct ActorResolverEvidenceTests {
    typealias Entity = (surface: String, label: EntityLabel, name: String, isName: Bool)

    func article(_ id: String, _ entities: [Entity]) -> Document {
        let text = entities.map(\.surface).joined(separator: " said. ") + " said."
        return LinkFixtures.document(id, outlet: "Outlet \(id)", date: "2024-05-01", text: text, entities: entities)
    }

    /// "Charlie" joins "Charlie Vance" when its article or its story names him, never across stories.
    @Test func aBareGivenNameJoinsOnlyAPersonOfItsArticleOrStory() {
        let docs = [
            article("a", [("Charlie Vance", .person, "Charlie Vance", true)]),
            article("b", [("Charlie Vance", .person, "Charlie Vance", true)]),
            article("c", [("Charlie", .person, "Charlie", true)]),
        ]
        let apart = ActorResolver().resolution(docs, stories: ["a": 0, "b": 0, "c": 1]).actors
        #expect(apart.count == 2)
        #expect(apart.first { $0.name == "Charlie" }?.documents == ["c"])
        let together = ActorResolver().resolution(docs, stories: ["a": 0, "b": 0, "c": 0]).actors
        #expect(together.count == 1)
        #expect(together.first?.name == "Charlie Vance")
        // a company named with its legal form is not a person whose given name it is
        let company = [
            article("a", [("Harlow Sperry Moon", .person, "Harlow Sperry Moon", true)]),
            article("b", [("Harlow Sperry Moon", .person, "Harlow Sperry Moon", true)]),
            article("c", [("Harlow", .other, "Harlow", true)]),
            article("d", [("Harlow Co.", .organization, "Harlow Co.", true)]),
        ]
        let companyActors = ActorResolver().resolve(company)
        #expect(companyActors.first { $0.name == "Harlow Sperry Moon" }?.documents == ["a", "b"])
        // its own article names him: joined whatever the stories
        let named = docs + [article("d", [("Charlie Vance", .person, "Charlie Vance", true), ("Charlie", .person, "Charlie", true)])]
        let actors = ActorResolver().resolution(named, stories: ["a": 0, "b": 0, "c": 1, "d": 2]).actors
        #expect(actors.first { $0.name == "Charlie Vance" }?.documents == ["a", "b", "d"])
    }

    /// A bare surname goes to the bearer its own article names, not to the store's best reported bearer (of two named,
    /// the far better reported); an article naming no bearer leaves it to the store's evidence.
    @Test func aBareSurnameGoesToTheBearerItsArticleNames() {
        var docs: [Document] = []
        for id in ["a", "b", "c", "d", "e"] { docs.append(article(id, [("Bram Holt", .person, "Bram Holt", true)])) }
        docs.append(article("f", [("Nina Holt", .person, "Nina Holt", true), ("Holt", .person, "Holt", true)]))
        docs.append(article("g", [("Holt", .person, "Holt", true)]))
        docs.append(article("h", [("Bram Holt", .person, "Bram Holt", true), ("Nina Holt", .person, "Nina Holt", true),
                                  ("Holt", .person, "Holt", true)]))
        let actors = ActorResolver().resolve(docs)
        #expect(actors.count == 2)
        let nina = actors.first { $0.name == "Nina Holt" }
        #expect(nina?.documents == ["f", "h"])
        // "h" names both: the far better reported Bram takes it
        #expect(nina?.aliases.first { $0.text == "Holt" }?.documents == ["f"])
        #expect(actors.first { $0.name == "Bram Holt" }?.aliases.first { $0.text == "Holt" }?.documents == ["g", "h"])
        #expect(ActorResolver().resolution(docs).actorOf["h"]?[2] == "bram-holt")
    }

    @Test func organisationNamesInAnotherOrderAreOneActor() {
        let docs = [
            article("a", [("Department of Fisheries", .organization, "Department of Fisheries", true)]),
            article("b", [("Fisheries Department", .organization, "Fisheries Department", true)]),
            article("c", [("Department of the Fisheries", .organization, "Department of the Fisheries", true)]),
            article("d", [("Civic Transitional Board", .organization, "Civic Transitional Board", true)]),
            article("e", [("Transitional Civic Board", .organization, "Transitional Civic Board", true)]),
            article("f", [("Relief and Shelter Committee", .organization, "Relief and Shelter Committee", true)]),
            article("g", [("Relief Shelter Committee", .organization, "Relief Shelter Committee", true)]),
            // people are not reordered
            article("h", [("Lee Marvan", .person, "Lee Marvan", true)]),
            article("i", [("Marvan Lee", .person, "Marvan Lee", true)]),
        ]
        let actors = ActorResolver().resolve(docs)
        #expect(actors.count == 5)
        #expect(actors.first { $0.aliases.contains { $0.text == "Fisheries Department" } }?.documents == ["a", "b", "c"])
    }

    @Test func acronymsWrittenInCapitalsOnceOrAfterACountryJoinTheirExpansion() {
        let docs = [
            article("a", [("Tarvel Oceanic Survey", .organization, "Tarvel Oceanic Survey", true)]),
            article("b", [("Tos", .organization, "Tos", true)]),
            article("c", [("TOS", .organization, "TOS", true)]),
            article("d", [("Coastal Mapping Service", .organization, "Coastal Mapping Service", true)]),
            article("e", [("USCMS", .organization, "USCMS", true)]),
        ]
        let actors = ActorResolver().resolve(docs)
        #expect(actors.count == 2)
        #expect(actors.first { $0.name == "Tarvel Oceanic Survey" }?.documents == ["a", "b", "c"])
        #expect(actors.first { $0.name == "Coastal Mapping Service" }?.documents == ["d", "e"])
        // several expansions: the far better reported one takes it
        var many: [Document] = []
        for id in ["a", "b", "c", "d"] { many.append(article(id, [("Relief Aid Board", .organization, "Relief Aid Board", true)])) }
        many.append(article("e", [("Regional Audit Bureau", .organization, "Regional Audit Bureau", true)]))
        many.append(article("f", [("RAB", .organization, "RAB", true)]))
        #expect(ActorResolver().resolve(many).first { $0.name == "Relief Aid Board" }?.documents == ["a", "b", "c", "d", "f"])
    }

    @Test func modifiersAndArabicArticlesInFrontOfANameDoNotMakeAnotherActor() {
        let docs = [
            article("a", [("Velnor Petroleum", .organization, "Velnor Petroleum", true)]),
            article("b", [("Dallas-based Velnor Petroleum", .organization, "Dallas-based Velnor Petroleum", true)]),
            article("c", [("Karo TV", .organization, "Karo TV", true)]),
            article("d", [("state-run Karo TV", .organization, "state-run Karo TV", true)]),
            article("e", [("Zarqeen", .place, "Zarqeen", true)]),
            article("f", [("Az Zarqeen", .organization, "Az Zarqeen", true)]),
            article("g", [("Zarqeen", .place, "Zarqeen", true)]),
        ]
        let actors = ActorResolver().resolve(docs)
        #expect(actors.count == 3)
        #expect(actors.first { $0.name == "Velnor Petroleum" }?.label == .organization)
        #expect(actors.first { $0.name == "Zarqeen" }?.documents == ["e", "f", "g"])
        #expect(actors.first { $0.name == "Zarqeen" }?.label == .place)
    }

    /// "Reliefcorps said": a one-word name no person bears and no name list knows is not a person; a known surname is.
    @Test func anUnknownOneWordNameIsNotAPerson() {
        let docs = [
            article("a", [("Reliefcorps", .person, "Reliefcorps", true)]),
            article("b", [("Reliefcorps", .person, "Reliefcorps", true), ("Harbourtown", .place, "Harbourtown", true)]),
            article("c", [("Graham", .person, "Graham", true)]),
            article("d", [("Ana Vostrik", .person, "Ana Vostrik", true), ("Ivo Vostrik", .person, "Ivo Vostrik", true)]),
            article("e", [("Vostrik", .person, "Vostrik", true)]),
            article("f", [("Ben Tarquell", .person, "Ben Tarquell", true)]),
        ]
        let actors = ActorResolver().resolve(docs)
        #expect(actors.first { $0.name == "Reliefcorps" }?.label == .organization)
        #expect(actors.first { $0.name == "Harbourtown" }?.label == .place)
        #expect(actors.first { $0.name == "Graham" }?.label == .person)
        // borne by two people of the store: still a person
        #expect(actors.first { $0.name == "Vostrik" }?.label == .person)
        // a given name that is also a name particle ("Ben") still makes two words
        #expect(actors.first { $0.name == "Ben Tarquell" }?.label == .person)
    }

    /// "U.S. Fisheries Department" is still the "Fisheries Department" once "U.S." is written out.
    @Test func aCountryPrefixedOrganisationJoinsItsPlainName() {
        let docs = [
            article("a", [("U.S. Fisheries Department", .organization, "U.S. Fisheries Department", true)]),
            article("b", [("Fisheries Department", .organization, "Fisheries Department", true)]),
            article("c", [("UN Relief Board", .organization, "UN Relief Board", true)]),
            article("d", [("United Nations Relief Board", .organization, "United Nations Relief Board", true)]),
        ]
        #expect(ActorResolver().resolve(docs).count == 2)
    }
}
