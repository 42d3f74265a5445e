import Link
import Model

/// Builds the cited brief of a story: an extractive summary ranked across outlets with redundancy removed,
/// then the timeline, actors, quote book, aligned claims and coverage.
///
/// Summary sentences are scored by closeness to the story's TF-IDF centroid, raised by how many other outlets
/// carry a similar sentence (cross-outlet support) and slightly for an article's lead; they are chosen greedily,
/// skipping any sentence too similar to one already chosen and taking at most two per article.
public struct BriefBuilder: Sendable {
    public var summarySentences = 6
    public var timeline = TimelineOptions(dates: 12, sentencesPerDate: 2)
    public var maximumActors = 15
    public var summaryRedundancy: Float = 0.4
    public var supportSimilarity: Float = 0.35
    public var minimumWords = 8
    public var maximumWords = 60

    public init() {}

    public func build(_ selection: StoryWorkspace.Selection, duplicates: DuplicateReport,
                      overrides: [ActorOverride] = []) -> Brief {
        let documents = selection.documents
        let table = SentenceTable(documents: documents, skip: selection.copies)
        let resolution = ActorResolver().resolution(documents, overrides: overrides)
        let copyOf = duplicates.originalOf
        let articles = documents.map { document in
            Brief.ArticleEntry(id: document.id, article: document.reference, outlet: document.outlet, title: document.displayTitle(),
                               published: document.publishedDate?.description,
                               dateSource: document.metadata.published?.source.rawValue,
                               dateConfidence: document.metadata.published?.confidence,
                               dateEvidence: document.metadata.published?.evidence,
                               estimated: document.metadata.published?.isEstimated ?? false,
                               plausibleFrom: document.metadata.published?.earliest?.description,
                               plausibleTo: document.metadata.published?.latest?.description,
                               copyOf: copyOf[document.id])
        }.sorted { ($0.published ?? "9999", $0.id) < ($1.published ?? "9999", $1.id) }
        return Brief(story: selection.story.id, title: selection.story.title, articles: articles,
                     summary: summary(table), timeline: TimelineBuilder(options: timeline).build(table),
                     actors: Array(resolution.actors.prefix(maximumActors)),
                     quotes: quoteBook(table, resolution: resolution),
                     claims: ClaimAligner().align(documents, copies: selection.copies),
                     coverage: coverage(documents, copies: selection.copies),
                     duplicates: duplicates.links.filter { link in documents.contains { $0.id == link.copy } })
    }

    func summary(_ table: SentenceTable) -> [Brief.SummarySentence] {
        let centroid = TermVector.centroid(table.records.map(\.vector))
        let eligible = table.records.indices.filter {
            let record = table.records[$0]
            guard record.words >= minimumWords && record.words <= maximumWords else { return false }
            let text = table.citation(record).text
            return BriefBuilder.isWholeSentence(text) && BriefBuilder.isReporting(text)
        }
        // Pre-rank by centrality, then add cross-outlet support for the best few hundred.
        let central = eligible.map { ($0, table.records[$0].vector.cosine(centroid)) }
            .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.prefix(300)
        // Outlets by number, once per record (the support loop below visits every record for each candidate).
        var outletNumbers: [String: Int] = [:]
        var outletNames: [String] = []
        let documentOutlet = table.documents.map { document -> Int in
            if let number = outletNumbers[document.outlet] { return number }
            outletNumbers[document.outlet] = outletNames.count
            outletNames.append(document.outlet)
            return outletNames.count - 1
        }
        let outletCount = outletNames.count
        var scored: [(record: Int, score: Float, support: [String])] = central.map { recordIndex, centrality in
            let record = table.records[recordIndex]
            let outlet = documentOutlet[record.document]
            var supporters: [Int] = []
            var counted = [Bool](repeating: false, count: outletCount)
            counted[outlet] = true
            for other in table.records where other.document != record.document {
                let otherOutlet = documentOutlet[other.document]
                if counted[otherOutlet] { continue }
                if other.vector.cosine(record.vector) >= supportSimilarity {
                    supporters.append(otherOutlet)
                    counted[otherOutlet] = true
                }
            }
            var score = centrality * (1 + Float(supporters.count) / Float(max(1, outletCount - 1)))
            if record.sentence < 2 { score *= 1.5 } else if record.sentence < 4 { score *= 1.15 }  // news leads
            if !record.mentions.isEmpty { score *= 1.2 }  // dated facts
            return (recordIndex, score, supporters.map { outletNames[$0] })
        }
        scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.record < $1.record }
        var chosen: [(record: Int, score: Float, support: [String])] = []
        var perDocument: [Int: Int] = [:]
        for candidate in scored where chosen.count < summarySentences {
            let record = table.records[candidate.record]
            if perDocument[record.document, default: 0] >= 2 { continue }
            if chosen.contains(where: { table.records[$0.record].vector.cosine(record.vector) >= summaryRedundancy }) { continue }
            chosen.append(candidate)
            perDocument[record.document, default: 0] += 1
        }
        return chosen.map { candidate in
            Brief.SummarySentence(citation: table.citation(table.records[candidate.record]),
                                  score: Double(candidate.score), alsoReportedBy: candidate.support)
        }
    }

    /// False for fragments: a sentence starting in lower case, or with unbalanced quotation marks (a piece of a quote
    /// the splitter cut), or starting with a list bullet.
    static func isWholeSentence(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        if first.properties.isLowercase || "•-–—*".unicodeScalars.contains(first) { return false }
        var opening = 0, closing = 0, straight = 0
        for scalar in text.unicodeScalars {
            switch scalar {
            case "“": opening += 1
            case "”": closing += 1
            case "\"": straight += 1
            default: break
            }
        }
        return opening == closing && straight % 2 == 0
    }

    /// False for sentences that are conversation rather than reporting: questions, transcript speaker labels
    /// ("WOLF SMITH, ANCHOR: …"), comment/byline debris with " | ", sentences opening with a connective or a
    /// pronoun that needs the sentence before ("But …", "He …"), first-person talk (I, we, our, …) outside quotation marks, and bare quotations
    /// with no words around them.
    static func isReporting(_ text: String) -> Bool {
        if text.hasSuffix("?") || text.hasSuffix("?\"") || text.hasSuffix("?”") || text.contains(" | ") { return false }
        // Sentences opening with a connective lean on the one before.
        let opening = text.split(separator: " ", maxSplits: 2).prefix(2).map { $0.lowercased() }
        if let first = opening.first, BriefBuilder.connectives.contains(first) { return false }
        // "Yesterday he spoke of …": a pronoun subject behind a time word leans on the sentence before as well.
        if opening.count == 2, BriefBuilder.timeOpeners.contains(opening[0].trimmingCharacters(in: .punctuationCharacters)),
           BriefBuilder.connectives.contains(opening[1].trimmingCharacters(in: .punctuationCharacters)) { return false }
        if let colon = text.firstIndex(of: ":"), text.distance(from: text.startIndex, to: colon) < 40 {
            let label = text[..<colon]
            if label.contains(where: \.isLetter) && !label.contains(where: \.isLowercase) { return false }
        }
        var outside = ""
        var inQuote = false
        for character in text {
            if character == "“" || character == "”" || character == "\"" {
                inQuote = character == "“" ? true : character == "”" ? false : !inQuote
                continue
            }
            if !inQuote { outside.append(character) }
        }
        let wordList = outside.lowercased().split { !$0.isLetter && $0 != "'" && $0 != "’" }.map(String.init)
        // A bare quotation with no reporting words around it is not a reported sentence.
        guard !wordList.isEmpty else { return false }
        return Set(wordList).isDisjoint(with: BriefBuilder.firstPerson)
    }

    static let connectives: Set<String> = ["but", "and", "because", "so", "or", "yet", "also", "however,", "still,",
                                           "meanwhile,", "instead,", "then", "that", "this", "these", "those", "it", "he",
                                           "she", "they"]

    static let timeOpeners: Set<String> = ["yesterday", "today", "tomorrow", "later", "earlier", "then", "now", "afterwards"]

    static let firstPerson: Set<String> = ["i", "we", "our", "ours", "us", "my", "me", "i'm", "we're", "i’m", "we’re"]

    func quoteBook(_ table: SentenceTable, resolution: ActorResolution) -> [Brief.QuoteBookEntry] {
        var entries: [String: Brief.QuoteBookEntry] = [:]
        var order: [String] = []
        for (documentIndex, document) in table.documents.enumerated() {
            let records = table.records(ofDocument: documentIndex)
            guard !records.isEmpty else { continue }  // a copy
            for quote in document.quotes {
                let sentence = document.sentenceIndex(containing: quote.span.start)
                let said = sentence.flatMap { index in
                    records.first { $0.sentence == index }?.mentions.first?.date
                }
                let citation = QuoteCitation(quote: quote, in: document, resolution: resolution, said: said)
                let speaker = citation.speaker ?? "unattributed"
                let key = citation.actor ?? "name:" + ActorResolver.normalise(speaker)
                if entries[key] == nil {
                    entries[key] = Brief.QuoteBookEntry(speaker: speaker, actor: citation.actor, quotes: [])
                    order.append(key)
                }
                entries[key]!.quotes.append(citation)
            }
        }
        return order.map { key in
            var entry = entries[key]!
            entry.quotes.sort { ($0.said ?? $0.published ?? "", $0.document) < ($1.said ?? $1.published ?? "", $1.document) }
            return entry
        }.sorted { ($0.speaker == "unattributed" ? 1 : 0, -$0.quotes.count, $0.speaker)
            < ($1.speaker == "unattributed" ? 1 : 0, -$1.quotes.count, $1.speaker) }
    }

    func coverage(_ documents: [Document], copies: Set<String>) -> Brief.Coverage {
        var outlets: [String: Brief.Coverage.Outlet] = [:]
        var days: [String: Brief.Coverage.Day] = [:]
        var undated = 0
        for document in documents {
            let date = document.publishedDate?.description
            var outlet = outlets[document.outlet] ?? .init(outlet: document.outlet, articles: 0, first: nil, last: nil)
            outlet.articles += 1
            if let date {
                outlet.first = min(outlet.first ?? date, date)
                outlet.last = max(outlet.last ?? date, date)
                var day = days[date] ?? .init(date: date, articles: 0, outlets: [])
                day.articles += 1
                if !day.outlets.contains(document.outlet) { day.outlets.append(document.outlet) }
                days[date] = day
            } else {
                undated += 1
            }
            outlets[document.outlet] = outlet
        }
        return Brief.Coverage(outlets: outlets.values.sorted { ($0.articles, $1.outlet) > ($1.articles, $0.outlet) },
                              days: days.values.sorted { $0.date < $1.date }, undated: undated)
    }
}
