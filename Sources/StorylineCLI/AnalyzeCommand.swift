import ArgumentParser
import Analyze
import Foundation
import Model

/// `storyline analyze --input docs.jsonl`: time expressions, quantities, entities and quotes per document.
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Annotate JSON Lines documents: timexes, quantities, entities, quotes (scorer format)."
    )

    @Option(name: .shortAndLong, help: "JSON Lines input ({id, text, date?}); '-' or omitted reads stdin.")
    var input: String?

    @Flag(help: "Also report numbers without unit, counted noun, hedge or scale (number-recognition tasks).")
    var bareNumbers = false

    func run() throws {
        let pipeline = AnalysisPipeline.standard(bareNumbers: bareNumbers)
        let writer = try JSONLinesWriter()
        for record in try JSONLinesReader.records(path: input) {
            var metadata = ArticleMetadata(title: record.title, url: record.url, source: record.source)
            if let date = record.date.flatMap(CalendarDate.init(iso:)) {
                metadata.published = DateAttribution(date: date, source: .input, confidence: 1)
            }
            var document = Document(id: record.id, text: record.text ?? "", metadata: metadata)
            pipeline.run(&document)
            // the scorer format lists names; descriptions ("the Russian president") stay in the document model
            var exported = document
            exported.entities = document.entities.filter(\.isName)
            try writer.write(ScorerRecord(document: exported))
        }
        writer.flush()
    }
}
