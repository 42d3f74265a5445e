import Analyze
import Dispatch
import Extract
import Foundation
import Ingest
import Model
import Store

/// Turns raw input articles into store records: extract → (estimate a missing date) → analyse, in parallel.
public struct ArticleProcessor: Sendable {
    let extractors: ContentExtractors
    let pipeline = AnalysisPipeline.standard()
    let dateEstimator = DocumentDateEstimator()

    public init(extractors: ContentExtractors = .standard()) {
        self.extractors = extractors
        // libxml2 sets up its globals on first use, and two threads doing that at once deadlock inside
        // xmlRMutexLock (seen in `concurrentPerform`). Parse one page here, on one thread, before any parallel work.
        _ = ArticleExtractor().extract(html: "<html><body><p>warm-up</p></body></html>")
    }

    /// Processes one article; `contentHash` is passed in when already computed.
    public func process(_ raw: RawArticle, contentHash: String? = nil) -> ArticleRecord {
        let hash = contentHash ?? raw.contentHash
        let documentID = String(hash.prefix(16))
        var extracted = extractors.extract(raw)
        var metadata = extracted.metadata
        if metadata.url == nil { metadata.url = raw.url }
        metadata.inputID = raw.externalID
        if let title = raw.titleHint, !title.isEmpty { metadata.title = title }
        if let day = raw.dateHint.flatMap(CalendarDate.init(iso:)) {
            metadata.published = DateAttribution(date: day, source: .input, confidence: 1, evidence: "given with the input")
        }
        if let crawled = raw.crawlDate.flatMap(InputDate.isoDay(from:)).flatMap(CalendarDate.init(iso:)) {
            metadata.notAfter = min(metadata.notAfter ?? crawled, crawled)  // fetched then: published no later
        }
        // The outlet: as the input names it, else the site name on the page, else the domain.
        let domain = raw.domain ?? metadata.canonicalURL.flatMap(SiteName.domain(ofURL:)) ?? metadata.url.flatMap(SiteName.domain(ofURL:))
        let source = raw.source ?? metadata.siteName ?? metadata.source ?? domain
        metadata.source = source
        extracted.metadata = metadata
        if metadata.published == nil { metadata.published = dateEstimator.estimate(text: extracted.text, notAfter: metadata.notAfter) }
        var document = Document(id: documentID, text: extracted.text, metadata: metadata)
        pipeline.run(&document)
        let input = StoredInput(documentID: documentID, contentHash: hash, externalID: raw.externalID, origin: raw.origin,
                                originOffset: raw.originOffset, originRecord: raw.originRecord,
                                url: raw.url ?? metadata.canonicalURL ?? metadata.url, kind: raw.kind.rawValue,
                                rawSize: raw.bytes.count, rawDeflate: Deflate.compress(raw.bytes, level: 1),
                                httpCharset: raw.httpCharset, inputSource: raw.source, inputDate: raw.dateHint,
                                inputTitle: raw.titleHint, inputCrawlDate: raw.crawlDate)
        return ArticleRecord(input: input, source: source, domain: domain, extracted: extracted, document: document)
    }

    /// Processes articles on every core; results keep the input order.
    public func processAll(_ items: [(raw: RawArticle, hash: String)]) -> [ArticleRecord] {
        let results = ParallelResults<ArticleRecord>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            results.set(index, process(items[index].raw, contentHash: items[index].hash))
        }
        return results.values()
    }

    /// Processes articles and encodes them for the store on every core; results keep the input order.
    public func prepareAll(_ items: [(raw: RawArticle, hash: String)]) throws -> [PreparedArticle] {
        let results = ParallelResults<Result<PreparedArticle, Error>>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            let record = process(items[index].raw, contentHash: items[index].hash)
            results.set(index, Result { try PreparedArticle(record) })
        }
        return try results.values().map { try $0.get() }
    }
}
