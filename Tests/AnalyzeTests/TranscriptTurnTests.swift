import Testing
import Model
@testable import Analyze

/// Broadcast transcripts flattened into one paragraph: guest turns are direct quotes of their labelled speaker, the
/// anchors' and correspondents' turns are narration, and a news page with one uppercase "NEW:" is no transcript.
@Suite struct TranscriptTurnTests {
    private let transcript = "Storm Over Norland Aired March 3, 2031 - 10:00 ET THIS IS A RUSH TRANSCRIPT. "
        + "JANE MORROW, NBX ANCHOR: Welcome back. The storm has reached the coast and I think that the worst is still ahead. "
        + "KARL ODENSE, MAYOR OF TARMA (via translator): We have opened four shelters. Nobody should stay near the harbour tonight. "
        + "MORROW: Mayor, how many people have left the city? "
        + "ODENSE: About ten thousand have left since Sunday. "
        + "PAUL VEGA, NBX CORRESPONDENT: The wind is picking up here and officials said that the bridge would close at noon. "
        + "UNIDENTIFIED FEMALE: We lost everything in the flood."

    @Test func findsLabelledTurnsAndTheirSpeakers() {
        let text = TokenizedText(transcript)
        let turns = TranscriptTurnFinder(text: text).turns()
        #expect(turns.map(\.speakerName) == ["Jane Morrow", "Karl Odense", "Jane Morrow", "Karl Odense", "Paul Vega", nil])
        #expect(turns.map(\.ownVoice) == [true, false, true, false, true, false])
    }

    @Test func guestTurnsAreDirectQuotesOfTheirSpeaker() throws {
        let doc = analyzed(transcript)
        let shelters = try #require(doc.quote(containing: "opened four shelters"))
        #expect(shelters.kind == .direct)
        #expect(shelters.speakerName == "Karl Odense")
        #expect(doc.text(of: shelters.span).hasSuffix("harbour tonight."))
        #expect(!doc.text(of: shelters.span).contains("MORROW"))
        let surname = try #require(doc.quote(containing: "ten thousand have left"))
        #expect(surname.speakerName == "Karl Odense")
        let unnamed = try #require(doc.quote(containing: "lost everything"))
        #expect(unnamed.speaker == nil)
    }

    @Test func anchorTurnsAreNarrationButKeepTheSpeechTheyReport() throws {
        let doc = analyzed(transcript)
        #expect(doc.quote(containing: "how many people") == nil)
        // the anchor's own "I think that …" is narration; the same words in a news article stay as they were
        #expect(doc.quote(containing: "worst is still ahead") == nil)
        let reported = try #require(doc.quote(containing: "bridge would close"))
        #expect(reported.kind == .indirect)
    }

    @Test func aNewsPageWithOneUppercaseLabelIsNoTranscript() {
        let text = TokenizedText("NEW: The army has closed the bridge. Officials said the road would reopen on Monday. "
            + "UPDATE: Ten people were hurt.")
        #expect(TranscriptTurnFinder(text: text).turns().isEmpty)
    }
}
