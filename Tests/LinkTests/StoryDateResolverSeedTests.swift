import Foundation
import Testing
import Analyze
import Extract
import Model
@testable import Link

/// Where the seed scrapes live: `Tests/Seeds` in the repository.
private enum SeedScrapes {
    static let url = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Seeds")
}

/// The five real seed scrapes of one story (Dec 2021 – Feb 2022), none with a publication date: extract, analyse,
/// resolve the story's dates together. What each seed's own text makes checkable is said per expectation; no answer
/// is written into the code.
@Suite struct StoryDateResolverSeedTests {
    func resolvedSeeds() throws -> [String: Document] {
        let names = try FileManager.default.contentsOfDirectory(atPath: SeedScrapes.url.path)
            .filter { $0.hasSuffix(".txt") }.sorted()
        #expect(names.count == 5)
        let extractor = ArticleExtractor()
        let pipeline = AnalysisPipeline.standard()
        var documents: [Document] = []
        for name in names {
            let text = try String(contentsOf: SeedScrapes.url.appendingPathComponent(name), encoding: .utf8)
            let article = extractor.extract(plainText: text)
            var document = Document(id: String(name.prefix(3)), text: article.text, metadata: article.metadata)
            pipeline.run(&document)
            documents.append(document)
        }
        let resolved = StoryDateResolver().resolve(documents)
        for document in resolved {
            let p = document.metadata.published
            print("seed \(document.id): \(p?.date.description ?? "none") conf \(p?.confidence ?? 0) — \(p?.evidence ?? "")")
        }
        return Dictionary(uniqueKeysWithValues: resolved.map { ($0.id, $0) })
    }

    @Test func everySeedIsDatedWithinTheStory() throws {
        let seeds = try resolvedSeeds()
        for (id, document) in seeds {
            let published = try #require(document.metadata.published, "seed \(id) undated")
            #expect(published.source == .contentEstimate)
            #expect(published.date >= CalendarDate(year: 2021, month: 11, day: 1)
                    && published.date <= CalendarDate(year: 2022, month: 3, day: 31), "seed \(id): \(published)")
            // every relative expression now carries a calendar value marked as resolved against the estimate
            #expect(document.timexes.contains { $0.anchoredToEstimate }, "seed \(id)")
        }
    }

    @Test func seedsWithMonthEvidenceGetTheirMonth() throws {
        let seeds = try resolvedSeeds()
        // 002 says "in early December" (past) and "to begin in January" (future): December; its year (it names only
        // 2008 and 2014) comes from the story: 004 counts "more than seven years" from 2014, 001's page header
        // (May 25, 2022) bounds it from above.
        let december = try #require(seeds["002"]?.metadata.published)
        #expect(december.date.year == 2021 && december.date.month == 12, "\(december)")
        // 001 reports "On January 12" and "On January 10" in the past, below a page header of May 25, 2022.
        let january = try #require(seeds["001"]?.metadata.published)
        #expect(january.date >= CalendarDate(year: 2022, month: 1, day: 12)
                && january.date <= CalendarDate(year: 2022, month: 2, day: 15), "\(january)")
        #expect(january.date != CalendarDate(year: 2022, month: 5, day: 25))
        // 004: "since 2014 … more than seven years ago" sets the year floor by itself (not before mid-2021);
        // its reported weekday ("on Thursday", past) makes the day a Thursday or shortly after.
        let year = try #require(seeds["004"]?.metadata.published)
        #expect(year.date >= CalendarDate(year: 2021, month: 7, day: 1), "\(year)")
        #expect([4, 5, 6].contains(year.date.weekday), "\(year)")
        // 004 also says Biden warned Putin "at a conference earlier this month", the video conference 002 dates "in
        // early December": the same event (shared names and words near both expressions), so 004 is in December.
        #expect(year.date.year == 2021 && year.date.month == 12, "\(year)")
        #expect(year.evidence?.contains("= 'early December' in 002") == true)
    }

    @Test func confidenceIsLowWhereTheTextSaysLittle() throws {
        let seeds = try resolvedSeeds()
        // 000 has only weekdays ("on Friday", "on Thursday", "Tomorrow") and 003 only "today", "yesterday",
        // "last week" and 2014: no month, so their month comes from the story alone.
        for id in ["000", "003"] {
            let published = try #require(seeds[id]?.metadata.published)
            #expect(published.confidence < 0.3, "seed \(id): \(published)")
        }
        // month-day evidence (001) is worth more than weekdays alone (000)
        let january = try #require(seeds["001"]?.metadata.published)
        let weekdays = try #require(seeds["000"]?.metadata.published)
        #expect(january.confidence > weekdays.confidence)
    }
}
