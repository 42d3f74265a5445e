import Foundation
import Testing
import Model
@testable import Analyze

/// Where the seed scrapes live: `Tests/Seeds` in the repository.
enum SeedFolder {
    static let url = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Seeds")
}

/// The five real scrapes in `Tests/Seeds` (raw text, site debris included): every quote with its speaker.
@Suite struct SeedScrapeTests {
    static var seedsFolder: URL { SeedFolder.url }

    func seed(_ prefix: String) throws -> Document {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.seedsFolder.path)
        let name = try #require(files.first { $0.hasPrefix(prefix) })
        let text = try String(contentsOf: Self.seedsFolder.appendingPathComponent(name), encoding: .utf8)
        var document = Document(id: name, text: text)
        AnalysisPipeline.standard().run(&document)
        return document
    }

    func speaker(_ doc: Document, _ fragment: String) throws -> (Quote, String?) {
        let quote = try #require(doc.quote(containing: fragment), "no quote containing \(fragment)")
        return (quote, quote.speakerName)
    }

    @Test func peskovDoveOfPeace() throws {
        let (quote, name) = try speaker(seed("001_"), "NATO is not a dove of peace")
        #expect(quote.kind == .direct)
        #expect(name == "Dmitry Peskov")
    }

    @Test func putinMissiles() throws {
        let (quote, name) = try speaker(seed("004_"), "Are we the ones putting missiles")
        #expect(quote.kind == .direct)
        #expect(name == "Vladimir Putin")
    }

    @Test func lukashenkoNoWishForWar() throws {
        let doc = try seed("000_")
        let (quote, name) = try speaker(doc, "We do not wish for war")
        #expect(quote.kind == .direct)
        #expect(name == "Alexander Lukashenko")
        // the quoted heading above his paragraph ("the President of Belarus stated …")
        let (heading, headingName) = try speaker(doc, "We do not seek escalation")
        #expect(heading.kind == .direct)
        #expect(headingName == "Alexander Lukashenko")
    }

    @Test func donfriedDirectAndIndirect() throws {
        let doc = try seed("002_")
        let (direct, directName) = try speaker(doc, "My impression is that during January")
        #expect(direct.kind == .direct)
        #expect(directName == "Karen Donfried")
        let (indirect, indirectName) = try speaker(doc, "she expects the dialogue on Ukraine")
        #expect(indirect.kind == .indirect)
        #expect(indirectName == "Karen Donfried")
    }

    @Test func kulebaIllegitimate() throws {
        let doc = try seed("003_")
        let (quote, name) = try speaker(doc, "illegitimate")
        #expect(quote.kind == .indirect) // a partial quote inside reported speech
        #expect(doc.speakerText(quote) == "he")
        #expect(name == "Kuleba")
    }

    @Test func putinAliasesShareOneCluster() throws {
        let putinIn004 = try seed("004_")
        let full = try #require(putinIn004.cluster(of: "Vladimir Putin"))
        #expect(putinIn004.cluster(of: "Putin") == full)
        #expect(putinIn004.entities.contains { putinIn004.text(of: $0.span) == "the Russian leader" && $0.cluster == full })
        #expect(putinIn004.entityClusters[full].roles.contains("Russian President"))
        let putinIn002 = try seed("002_")
        let cluster002 = try #require(putinIn002.cluster(of: "Vladimir Putin"))
        #expect(putinIn002.entities.contains { putinIn002.text(of: $0.span).lowercased() == "the russian president" && $0.cluster == cluster002 })
        #expect(putinIn002.entities.contains { putinIn002.text(of: $0.span).lowercased() == "the russian leader" && $0.cluster == cluster002 })
    }
}
