import Foundation
import Model
import Testing
@testable import Extract

/// The seed scrapes (`Tests/Seeds`) and our own fixtures: no debris line left, no content line lost.
@Suite struct PlainTextCleanerTests {
    static let seedsDirectory: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Seeds")

    static func seeds() -> [(String, String)] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: seedsDirectory.path)) ?? []
        return files.filter { $0.hasSuffix(".txt") }.sorted().compactMap { name in
            (try? String(contentsOf: seedsDirectory.appendingPathComponent(name), encoding: .utf8)).map { (name, $0) }
        }
    }

    /// Generic marks of site debris (what a reader would call furniture, not article text).
    static func looksLikeDebris(_ line: String) -> Bool {
        let lower = line.lowercased().trimmingCharacters(in: .whitespaces)
        let markers = ["advertisement", "leave a reply", "leave a comment", "photo:", "read also", "check also",
                       "related news", "recent articles", "latest posts", "please enter your", "your email address",
                       "stay in touch", "latest news, offers", "readers are reading", "don't miss", "source from"]
        if markers.contains(where: { lower.contains($0) }) { return true }
        if lower.range(of: #"^-?[0-9]+([.,][0-9]+)? ?°? ?[cf]$"#, options: .regularExpression) != nil { return true }
        if lower.range(of: #"^[\p{P}\p{S}]+$"#, options: .regularExpression) != nil { return true }
        return false
    }

    static func words(_ line: String) -> Int { line.split(whereSeparator: { $0.isWhitespace }).count }

    @Test func seedsAreAvailable() {
        #expect(PlainTextCleanerTests.seeds().count >= 5, "seed scrapes not found at \(PlainTextCleanerTests.seedsDirectory.path)")
    }

    @Test func seedsKeepNoDebrisLine() {
        let extractor = ArticleExtractor(latestDate: CalendarDate(year: 2030, month: 1, day: 1))
        for (name, text) in PlainTextCleanerTests.seeds() {
            let article = extractor.extract(plainText: text)
            for line in article.text.split(separator: "\n") where PlainTextCleanerTests.looksLikeDebris(String(line)) {
                Issue.record("\(name): debris line left: \(line)")
            }
            for line in article.text.split(separator: "\n") {
                if let match = DateStringParser(latest: CalendarDate(year: 2030, month: 1, day: 1))
                    .dates(in: String(line), limit: 1).first, PlainTextCleanerTests.words(String(line)) <= 5 {
                    Issue.record("\(name): date line left in the text: \(line) (\(match.date))")
                }
            }
        }
    }

    @Test func seedsLoseNoContentLine() {
        let extractor = ArticleExtractor(latestDate: CalendarDate(year: 2030, month: 1, day: 1))
        for (name, text) in PlainTextCleanerTests.seeds() {
            let article = extractor.extract(plainText: text)
            let input = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            // Every sentence-like line (a long line ending like a sentence) that is not debris must survive.
            for line in input where PlainTextCleanerTests.words(line) >= 12 && !PlainTextCleanerTests.looksLikeDebris(line)
                && [".", "!", "?", "\"", "”", "’"].contains(where: { line.hasSuffix($0) }) {
                let body = line.hasPrefix("• ") ? String(line.dropFirst(2)) : line
                #expect(article.text.contains(body), "\(name): content line lost: \(line.prefix(80))")
            }
            // Short lines between two kept paragraphs are subheadings: kept.
            for index in input.indices.dropFirst(2).dropLast(2) {
                let line = input[index]
                guard !line.isEmpty, PlainTextCleanerTests.words(line) <= 10, !PlainTextCleanerTests.looksLikeDebris(line) else { continue }
                let before = input[..<index].last { !$0.isEmpty } ?? ""
                let after = input[(index + 1)...].first { !$0.isEmpty } ?? ""
                if PlainTextCleanerTests.words(before) >= 20 && PlainTextCleanerTests.words(after) >= 20 {
                    #expect(article.text.contains(line), "\(name): subheading lost: \(line)")
                }
            }
        }
    }

    @Test func seedsKeepTheTitleOnceAndRecordRemovals() {
        let extractor = ArticleExtractor(latestDate: CalendarDate(year: 2030, month: 1, day: 1))
        for (name, text) in PlainTextCleanerTests.seeds() {
            let article = extractor.extract(plainText: text)
            let title = try! #require(article.metadata.title, "\(name): no title")
            #expect(article.text.split(separator: "\n").filter { $0 == title }.count == 1, "\(name): title not exactly once")
            // Every removed line is recorded with a reason, and removed lines are not in the text.
            for block in article.removed {
                #expect(!block.reason.isEmpty)
                if block.reason != "repeated title" {
                    #expect(!article.text.split(separator: "\n").contains(Substring(block.text)), "\(name): removed but present: \(block.text)")
                }
            }
            #expect(article.metadata.published == nil || article.metadata.published?.source == .text)
        }
    }

    @Test func headerDateIsDebrisNotPublicationDate() {
        let scrape = """
        23.5 C
        Springfield
        Tuesday, March 3, 2026

        Latest Posts

        Council approves the new river bridge after a long debate

        - Advertisement -

        The city council approved the construction of a new bridge over the river on Monday evening, after a debate that lasted more than six hours and drew hundreds of residents to the town hall.

        Funding questions

        The project will cost an estimated 40 million dollars, most of it covered by a state grant, the mayor said, adding that construction could start in the autumn if the final permits arrive in time.

        Read Also: Storm damages two schools in the north

        Opponents argued that the bridge would bring more traffic to the old town, and several residents asked for a referendum before any contract is signed with a builder.

        • The vote was 7 to 4.
        • Construction could take two years.

        Related News

        Mayor opens new library in the east district
        Police arrest suspect in warehouse fire …

        Leave A Reply

        Please enter your comment!
        """
        let article = ArticleExtractor(latestDate: CalendarDate(year: 2030, month: 1, day: 1)).extract(plainText: scrape)
        #expect(article.metadata.title == "Council approves the new river bridge after a long debate")
        #expect(article.metadata.published == nil)
        let reasons = Dictionary(article.removed.map { ($0.text, $0.reason) }, uniquingKeysWith: { a, _ in a })
        #expect(reasons["Tuesday, March 3, 2026"] == "page header date")
        #expect(reasons["23.5 C"] == "weather widget")
        #expect(reasons["Mayor opens new library in the east district"] == "teaser of another story")
        #expect(article.text.contains("Funding questions"))
        #expect(article.text.contains("The vote was 7 to 4."))
        #expect(!article.text.contains("Storm damages"))
        #expect(!article.text.contains("Springfield"))
        #expect(article.markdown.contains("## Funding questions"))
        #expect(article.markdown.contains("- Construction could take two years."))
    }

    @Test func dateLineUnderTheTitleIsThePublicationDate() {
        let scrape = """
        Harbour workers end their strike after a pay deal

        February 14, 2022

        Dock workers returned to work on Monday after union leaders accepted a pay offer that raises wages by six percent this year and another four percent next year, ending a two-week strike.
        """
        let article = ArticleExtractor(latestDate: CalendarDate(year: 2030, month: 1, day: 1)).extract(plainText: scrape)
        #expect(article.metadata.published?.date == CalendarDate(year: 2022, month: 2, day: 14))
        #expect(article.metadata.published?.source == .text)
        #expect(!article.text.contains("February 14, 2022"))
    }

    @Test func weatherWidgetAndBreadcrumbAreNotTheTitle() {
        let scrape = """
        Riverside Gazette
        Kellbrook  21°C  Light rain

        Home » Local » Ferry service returns to the north bank after repairs

        Ferry service returns to the north bank after repairs

        The ferry between the two banks of the river carried its first passengers on Thursday after six weeks of repairs to the landing stage, the operator said.
        """
        let article = ArticleExtractor(latestDate: CalendarDate(year: 2030, month: 1, day: 1)).extract(plainText: scrape)
        #expect(article.metadata.title == "Ferry service returns to the north bank after repairs")
        #expect(!article.text.contains("21°C"))
        #expect(!article.text.contains("Home »"))
        #expect(article.removed.contains { $0.reason == "weather widget" && $0.text.contains("21°C") })
        #expect(article.removed.contains { $0.reason == "breadcrumb" })
        #expect(article.text.contains("carried its first passengers on Thursday"))
    }

    @Test func temperatureInsideASentenceIsKept() {
        let scrape = """
        Heat grips the valley

        Temperatures reached 41°C in the valley on Tuesday, the highest reading since records began, forecasters said.
        """
        let article = ArticleExtractor(latestDate: CalendarDate(year: 2030, month: 1, day: 1)).extract(plainText: scrape)
        #expect(article.text.contains("Temperatures reached 41°C in the valley on Tuesday"))
    }

    @Test func crlfAndCarriageReturnLinesAreSplit() {
        let lines = ["Lighthouse keepers return to the northern cape", "",
                     "Three keepers moved back into the lighthouse on Sunday after the foundation was repaired over the winter, the coastal authority said in a statement on its website.",
                     "", "- Advertisement -", "", "The lamp will be lit again next month."]
        for separator in ["\r\n", "\r", "\n"] {
            let article = ArticleExtractor(latestDate: CalendarDate(year: 2030, month: 1, day: 1))
                .extract(plainText: lines.joined(separator: separator))
            #expect(article.metadata.title == "Lighthouse keepers return to the northern cape")
            #expect(!article.text.contains("Advertisement"))
            #expect(article.text.contains("The lamp will be lit again next month."))
        }
    }

    @Test func repeatedHeadlineWinsOverFlattenedNavigation() {
        let scrape = """
        HARBOUR NEWS
        Monday, 3 March 2031

        Home  World  Sport  Business  Weather  Video

        Bridge inspectors find cracks in the old river crossing

        Tuesday, 18 February 2031

        Bridge inspectors find cracks in the old river crossing

        Inspectors found cracks in two of the supporting piers of the old river crossing during a routine survey, the city council said, and the bridge will close to lorries from next week.
        """
        let article = ArticleExtractor(latestDate: CalendarDate(year: 2040, month: 1, day: 1)).extract(plainText: scrape)
        #expect(article.metadata.title == "Bridge inspectors find cracks in the old river crossing")
        #expect(article.metadata.siteName == "Harbour News")
        #expect(article.metadata.notAfter == CalendarDate(year: 2031, month: 3, day: 3))
        #expect(article.metadata.published?.date == CalendarDate(year: 2031, month: 2, day: 18))
        #expect(!article.text.contains("Weather  Video"))
        #expect(article.removed.contains { $0.reason == "masthead (site name)" && $0.text == "HARBOUR NEWS" })
    }

    @Test func aWeatherPlaceAboveTheDateIsNotAMasthead() {
        let scrape = """
        12.5 C
        Kellbrook
        Friday, June 6, 2031

        Ferry service returns to the north bank after repairs

        The ferry between the two banks of the river carried its first passengers on Thursday after six weeks of repairs to the landing stage, the operator said.
        """
        let article = ArticleExtractor(latestDate: CalendarDate(year: 2040, month: 1, day: 1)).extract(plainText: scrape)
        #expect(article.metadata.siteName == nil)
        #expect(article.metadata.title == "Ferry service returns to the north bank after repairs")
    }
}
