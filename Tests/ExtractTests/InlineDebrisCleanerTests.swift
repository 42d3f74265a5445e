import Model
import Testing
@testable import Extract

/// Debris inside one long line of text (how scraped feeds deliver pages), on invented text.
@Suite struct InlineDebrisCleanerTests {
    let cleaner = InlineDebrisCleaner()

    func reasons(_ result: InlineDebrisCleaner.Result) -> [String] { result.removed.map(\.reason) }

    @Test func wireStampAndDatelineGoBeforeTheLead() {
        let text = "OSLO | Wed Mar 4, 2009 7:02 am EDT OSLO (Reuters) - The harbour authority said on Wednesday that "
            + "two ferries had collided. Nobody was hurt, it said."
        let result = cleaner.clean(text)
        #expect(result.text == "The harbour authority said on Wednesday that two ferries had collided. Nobody was hurt, it said.")
        #expect(reasons(result).contains("page stamp (publication time)"))
        #expect(reasons(result).contains("dateline (place, agency)"))
    }

    @Test func placeOnlyDatelineAndAgencyDateline() {
        let result = cleaner.clean("TROMSO -- TROMSO (AP) -- Fishing boats stayed in port on Monday as the storm passed.")
        #expect(result.text == "Fishing boats stayed in port on Monday as the storm passed.")
    }

    @Test func commentSectionEndsTheArticle() {
        let text = "The council approved the bridge budget on Tuesday, its chair said. We welcome comments that advance "
            + "the story through relevant opinion. I think the bridge is a waste of money! You people never learn."
        let result = cleaner.clean(text)
        #expect(result.text == "The council approved the bridge budget on Tuesday, its chair said.")
        #expect(result.restReason == "reader comments section")
        #expect(result.removed.last?.text.hasSuffix("You people never learn.") == true)
    }

    @Test func commentStampOpensAComment() {
        let text = "Engineers will test the valve next week. At 14:05 on 3rd Apr 2011, riverfan wrote: I say close the plant."
        let result = cleaner.clean(text)
        #expect(result.text == "Engineers will test the valve next week.")
        #expect(reasons(result) == ["reader comment"])
    }

    @Test func stampAfterACommentTakesTheCommentVoicedSentencesBeforeIt() {
        let text = "The minister resigned on Friday after the vote, officials said. Do you really believe that? "
            + "I sure don't !!! May 2, 2012 at 9:15 pm | Report abuse | Another reader comment follows here."
        let result = cleaner.clean(text)
        #expect(result.text == "The minister resigned on Friday after the vote, officials said.")
    }

    @Test func wireTrailersInBracketsAndBare() {
        let text = "Shares closed 2 percent lower. (Additional reporting by Ana Lind in Lisbon; Editing by Tom Berg) "
            + "The next report is due in June. Editing by Mara Quist"
        let result = cleaner.clean(text)
        #expect(result.text == "Shares closed 2 percent lower. The next report is due in June.")
        #expect(reasons(result) == ["wire credits (reporting, editing)", "wire credits (reporting, editing)"])
    }

    @Test func contributorsSentenceGoes() {
        let result = cleaner.clean("The dam held overnight. The Northern Wire Service contributed to this report.")
        #expect(result.text == "The dam held overnight.")
    }

    @Test func editorsNoteRunsToTheDateline() {
        let text = "Editor's note: Jo Smith is a science writer. She lives in Perth. (CNN) -- The comet will be visible on Sunday."
        let result = cleaner.clean(text)
        #expect(result.text == "The comet will be visible on Sunday.")
        #expect(reasons(result) == ["editor's note", "dateline (place, agency)"])
    }

    @Test func guardianStyleStampCaptionAndCredit() {
        let text = "Ferry strike ends Unions accept the offer Tuesday 3 May 2011 18.20 BST Passengers wait at the quay. "
            + "Photograph: Lee Dunn/Northpix The strike ended on Tuesday after unions accepted the offer."
        let result = cleaner.clean(text)
        #expect(result.text == "Ferry strike ends Unions accept the offer The strike ended on Tuesday after unions accepted the offer.")
        #expect(reasons(result) == ["page stamp (publication time)", "photo caption and credit"])
        #expect(result.removed.last?.text == "Passengers wait at the quay. Photograph: Lee Dunn/Northpix")
    }

    @Test func captionGluedToTheHeadlineLosesOnlyItsCredit() {
        let text = "Ferry strike ends as unions accept the pay offer after three weeks of talks between the company and "
            + "the crews Passengers wait at the quay Photograph: Lee Dunn/Northpix The strike ended on Tuesday."
        let result = cleaner.clean(text)
        #expect(result.text.hasPrefix("Ferry strike ends as unions accept"))
        #expect(result.text.contains("Passengers wait at the quay The strike ended on Tuesday."))
        #expect(result.removed.map(\.text) == ["Photograph: Lee Dunn/Northpix"])
    }

    @Test func galleryKeepsItsCaptions() {
        let text = "Harbour views A tug turns in the basin. Photograph: Ann Vik/Seapix Gulls over the pier. Photograph: "
            + "Ann Vik/Seapix Nets drying on the quay. Photograph: Bo Lund/Seapix"
        let result = cleaner.clean(text)
        #expect(result.text == "Harbour views A tug turns in the basin. Gulls over the pier. Nets drying on the quay.")
        #expect(result.removed.count == 3)
    }

    @Test func pageStampWithLastUpdated() {
        let result = cleaner.clean("4 June 2012 Last updated at 09:41 GMT The airport reopened this morning.")
        #expect(result.text == "The airport reopened this morning.")
        #expect(reasons(result) == ["page stamp (last update)"])
    }

    @Test func agencyPhotoCreditTakesItsCaption() {
        let text = "The bridge opened in 1990. A crane lifts a beam in the harbour, May 2, 2011. (AP Photo/Kim Ross) Traffic resumed."
        let result = cleaner.clean(text)
        #expect(result.text == "The bridge opened in 1990. Traffic resumed.")
    }

    @Test func plainArticleTextIsUntouched() {
        let text = "\"We will rebuild the school,\" the mayor said on Monday. Reporting on the fire has been careful, "
            + "and the editor of the local paper wrote that the town owes its firefighters. At 10:15, the bells rang."
        let result = cleaner.clean(text)
        #expect(result.text == text)
        #expect(result.removed.isEmpty)
    }

    @Test func languageBoundCommentClosures() {
        let result = cleaner.clean("Le conseil a voté le budget mardi. Les commentaires sont fermés. Jean: super article")
        #expect(result.text == "Le conseil a voté le budget mardi.")
    }

    @Test func plainTextScrapeDropsEverythingAfterACommentSection() {
        let text = "Harbour reopens after storm\n\nThe harbour reopened on Monday after the storm, the port authority said. "
            + "This discussion is now closed.\n\nGreat news for the town, I hope it lasts.\n\nMe too."
        let article = ArticleExtractor(latestDate: CalendarDate(year: 2030, month: 1, day: 1)).extract(plainText: text)
        #expect(!article.text.contains("discussion"))
        #expect(!article.text.contains("I hope"))
        #expect(!article.text.contains("Me too"))
        #expect(article.text.contains("The harbour reopened on Monday"))
        #expect(article.removed.filter { $0.reason == "reader comments section" }.count == 3)
    }

    @Test func commentLegendSentencesGoAndTheArticleStays() {
        let text = "The harbour authority approved the new quay on Monday. This commenter is a Courier editor, reporter "
            + "or producer. Courier editors recommend this comment or reader post. You must be logged in to report a "
            + "comment. The quay opens in May, the authority said."
        let result = cleaner.clean(text)
        #expect(result.text == "The harbour authority approved the new quay on Monday. The quay opens in May, the authority said.")
        #expect(Set(reasons(result)) == ["comment section furniture"])
    }

    @Test func commentFormAndCallForCommentsInSeveralLanguages() {
        for call in ["Please tell us what you think of the plan.", "Dites-nous ce que vous en pensez.",
                     "Sagen Sie uns Ihre Meinung.", "Díganos qué piensa."] {
            let result = cleaner.clean("The ferry will run twice a day from March. " + call + " Tickets cost 4 euros.")
            #expect(result.text == "The ferry will run twice a day from March. Tickets cost 4 euros.")
            #expect(reasons(result) == ["call for comments"])
        }
        let form = cleaner.clean("Have thieves used your card? Please note that if your comments are published, your "
            + "name may also be published. The bank said it would refund every customer.")
        #expect(form.text == "Have thieves used your card? The bank said it would refund every customer.")
    }

    @Test func aSelectionOfReaderCommentsEndsTheArticle() {
        let result = cleaner.clean("The mayor opened the new school on Friday. Thanks for your comments. Please read a "
            + "selection below: I went to that school and it was falling apart, I'm glad it is finally fixed!")
        #expect(result.text == "The mayor opened the new school on Friday.")
        #expect(result.restReason == "reader comments section")
    }

    @Test func liveUpdateStampsAndWireVersionNotesGo() {
        let text = "(Adds quote from harbour master) Storms closed the port on Tuesday. -- (Update 4:12 p.m. Cairo, "
            + "9:12 a.m. ET) Ferries resumed later. (Updated 7:40 p.m. (0240 in Lisbon)) The harbour master said the "
            + "worst was over."
        let result = cleaner.clean(text)
        #expect(result.text == "Storms closed the port on Tuesday. -- Ferries resumed later. The harbour master said the worst was over.")
        #expect(reasons(result) == ["wire version note", "page stamp (live update time)", "page stamp (live update time)"])
    }

    @Test func stampsWithAbbreviatedMonthsAndDatedDatelinesGo() {
        let listing = cleaner.clean("Ferry fares rise updated: Tue Dec 13 2011 11:22:00 The ferry company raised fares. "
            + "Aug 9, 2010 16:00 UTC Port traffic grew.")
        #expect(listing.text == "Ferry fares rise The ferry company raised fares. Port traffic grew.")
        let bbc = cleaner.clean("Last updated: 14 January, 2010 - 17:26 GMT Quake survivors wait for aid in the capital.")
        #expect(bbc.text == "Quake survivors wait for aid in the capital.")
        let dateline = cleaner.clean("LISBON, Aug 9 (Reuters) - The port reopened on Tuesday.")
        #expect(dateline.text == "The port reopened on Tuesday.")
        #expect(reasons(dateline) == ["dateline (place, date, agency)"])
    }

    @Test func editionPromptAndProgrammeTrailerGo() {
        let result = cleaner.clean("You've selected the U.S. Edition. Would you like to make this your default edition? "
            + "YES | NO Tune in week nights at 2200 CET The harbour show visits ten ports.")
        #expect(result.text == "The harbour show visits ten ports.")
        #expect(reasons(result) == ["edition prompt", "programme trailer"])
    }

    @Test func captionCreditsWithoutAColonOrInBracketsGoWithTheirCaption() {
        let slashed = cleaner.clean("The port reopened on Tuesday. A crane lifts a container. Photograph Ana Reis/AP "
            + "The harbour master said the worst was over.")
        #expect(slashed.text == "The port reopened on Tuesday. The harbour master said the worst was over.")
        let agency = cleaner.clean("The port reopened. Workers clear the quay. Photograph Reuters The mayor thanked them.")
        #expect(agency.text == "The port reopened. The mayor thanked them.")
        let bracketed = cleaner.clean("The port reopened. Houses on the hillside collapsed (Photo: Red Cross) The mayor thanked them.")
        #expect(bracketed.text == "The port reopened. The mayor thanked them.")
        #expect(reasons(bracketed) == ["photo caption and credit"])
    }

    @Test func mediaPlayerNoticesGo() {
        let result = cleaner.clean("Reporters visit a camp for families who lost their homes. This BBC News clip is "
            + "published as part of BBC News Online and was first broadcast on 10 March 2010. Please note this clip is "
            + "only available in Flash. Children get a few hours of school each day.")
        #expect(result.text == "Reporters visit a camp for families who lost their homes. Children get a few hours of school each day.")
        #expect(Set(reasons(result)) == ["media player notice"])
    }
}
