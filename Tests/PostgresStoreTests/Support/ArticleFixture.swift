import Foundation
import Model
import Store

/// Records made from our own short texts, for both stores.
enum ArticleFixture {
    static func record(_ id: String, title: String, text: String, source: String? = "gazette.example",
                       date: String? = nil, hash: String? = nil, domain: String? = nil) -> ArticleRecord {
        var metadata = ArticleMetadata(title: title, source: source)
        if let date, let day = CalendarDate(iso: date) {
            metadata.published = DateAttribution(date: day, source: .meta, confidence: 0.9)
        }
        var document = Document(id: id, text: text, metadata: metadata)
        document.sentences = [Sentence(span: Span(0, text.utf8.count), paragraph: 0)]
        let extracted = ExtractedArticle(text: text, markdown: "# \(title)\n\n\(text)", metadata: metadata,
                                         removed: [RemovedBlock(text: "Subscribe now", reason: "boilerplate")])
        let input = StoredInput(documentID: id, contentHash: hash ?? "hash-" + id, externalID: "ext-" + id,
                                origin: "/inputs/\(id).html", originOffset: 7, originRecord: "record-\(id)",
                                url: "https://\(source ?? "x")/\(id)", kind: "html", rawSize: 5, rawDeflate: [1, 2, 3, 0, 255],
                                httpCharset: "utf-8", inputSource: "input source", inputDate: "2022-01-01",
                                inputTitle: "input title", inputCrawlDate: "2022-01-02")
        return ArticleRecord(input: input, source: source, domain: domain, extracted: extracted, document: document)
    }

    /// Documents as canonical JSON (sorted keys), to compare them whole.
    static func json(_ documents: [Document]) throws -> [String] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try documents.map { String(decoding: try encoder.encode($0), as: UTF8.self) }
    }

    /// A small invented corpus exercising the search syntax: stems, phrases, fields, dates, an undated article, accents,
    /// punctuation inside words, and a word split across fields.
    static let corpus: [ArticleRecord] = [
        record("storm", title: "Storm closes the quay", text: "A storm closed the harbour quay. The harbour master said ferries would wait.",
               source: "gazette.example", date: "2021-12-20"),
        record("ferry", title: "Ferries resume", text: "Ferry services resumed after the storm, the operator said.",
               source: "tribune.example", date: "2022-01-04"),
        record("mayor", title: "Mayor visits harbour", text: "The mayor toured the damaged harbour and promised repairs.",
               source: "gazette.example", date: "2022-01-15"),
        record("undated", title: "Letters", text: "Readers write about the harbour and its future.", source: "courier.example"),
        record("cafe", title: "Café reopens on the quay", text: "The café near the pier reopened; its owner, Zoë Brandt, said well-known guests returned.",
               source: "Courier Élan", date: "2022-01-20"),
        record("figures", title: "Damage put at 3.5 million", text: "Officials put the damage at 3.5 million on 2022-01-21, with 1,200 homes hit. See https://city.example/report or mail desk@city.example.",
               source: "tribune.example", date: "2022-01-21"),
        record("running", title: "Relief runners", text: "Volunteers were running supplies; the runner's route ran past the generously stocked depot.",
               source: "gazette.example", date: "2022-02-02"),
    ]

    /// Queries over ``corpus`` covering every kind of token, for the differential test.
    static let queries: [String] = [
        "harbour", "\"harbour master\"", "harbour AND mayor", "mayor OR ferries", "harbour NOT mayor", "harbour -mayor",
        "ferr*", "title:harbour", "source:tribune", "storm date:2021-12-01..2021-12-31", "date:2022-01", "harbour date:2023",
        "closes quay", "cafe", "café", "zoe", "\"well known\"", "known guests", "3 5 million", "1 200", "\"1,200 homes\"",
        "city example", "desk", "https", "run*", "running", "runners", "generous", "(harbour OR quay) NOT storm",
        "title:\"storm closes\"", "source:élan", "text:quay -title:quay", "the", "date:..2022-01-04", "date:2022-01-15..",
    ]
}
