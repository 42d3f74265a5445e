import ArgumentParser
import Engine
import Foundation
import Link
import Model
import Story

/// `storyline show ID`: one article as the store knows it, with its provenance and its annotations marked.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print one article: title, outlet, input id, URL, publication date with its source, and its text with quotes, entities, time expressions and numbers marked.",
        discussion: "ID is the id the input gave the article (as cited in briefs and exports), or the stored document id or a prefix of it."
    )

    @Argument(help: "The article: its input id, document id, or a unique prefix of the document id.") var id: String
    @Option(help: "The store.") var db: String = StoreBackend.defaultLocation
    @Option(help: "Output format: md or json.") var format: OutputFormat = .md

    func run() throws {
        let found: (document: Document, story: String?, copyOf: Document?)?
        do { found = try StoriesCommand.service(db: db).article(id) } catch let error as StoryServiceError {
            throw ValidationError(error.description)
        }
        guard let (document, story, original) = found else { throw ValidationError("no article with id \(id)") }
        let view = ArticleView(document, story: story, copyOf: original?.reference)
        switch format {
        case .json: FileHandle.standardOutput.write(try JSONOutput.encode(view))
        case .md: print(Self.markdown(view, marked: ArticleMarkup.render(document)), terminator: "")
        }
    }

    static func markdown(_ view: ArticleView, marked: String) -> String {
        var out = "# \(view.title)\n\n"
        out += "- article: \(view.article)" + (view.article == view.documentID ? "\n" : " (document \(view.documentID))\n")
        out += "- outlet: \(view.outlet)\n"
        if let url = view.url { out += "- url: \(url)\n" }
        if !view.authors.isEmpty { out += "- by: \(view.authors.joined(separator: ", "))\n" }
        if let published = view.published {
            out += "- published: \(published) (from \(view.dateSource ?? "?")"
            if let confidence = view.dateConfidence { out += String(format: ", confidence %.2f", confidence) }
            if let evidence = view.dateEvidence { out += "; \(evidence)" }
            out += ")\n"
        } else {
            out += "- published: unknown\n"
        }
        if let story = view.story { out += "- story: \(story)\n" }
        if let copy = view.copyOf { out += "- copy of: \(copy)\n" }
        out += "- found: \(view.quotes.count) quotes, \(view.entities.count) entity mentions, \(view.timexes.count) time expressions, \(view.numbers.count) numbers\n"
        out += "- marks: «quote»{speaker} [entity]{LABEL} ⟦time⟧{value} ⟨number⟩{value unit}\n\n"
        out += marked
        if !marked.hasSuffix("\n") { out += "\n" }
        return out
    }
}
