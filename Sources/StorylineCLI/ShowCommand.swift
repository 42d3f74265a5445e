import ArgumentParser
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
    @Option(help: "The store.") var db: String = "storyline.db"
    @Option(help: "Output format: md or json.") var format: OutputFormat = .md

    func run() throws {
        let workspace = try StoriesCommand.workspace(db: db)
        let document = try Self.find(id, in: workspace.documents)
        let story = workspace.assignments.first { $0.document == document.id }?.story
        let view = ArticleView(document, story: story, copyOf: workspace.duplicates.originalOf[document.id]
            .flatMap { original in workspace.documents.first { $0.id == original }?.reference })
        switch format {
        case .json: FileHandle.standardOutput.write(try JSONOutput.encode(view))
        case .md: print(Self.markdown(view, marked: ArticleMarkup.render(document)), terminator: "")
        }
    }

    /// The article `id` names: an exact input id or document id, else the one document id it starts.
    static func find(_ id: String, in documents: [Document]) throws -> Document {
        if let exact = documents.first(where: { $0.metadata.inputID == id || $0.id == id }) { return exact }
        let prefixed = documents.filter { $0.id.hasPrefix(id) }
        if prefixed.count == 1 { return prefixed[0] }
        throw ValidationError(prefixed.isEmpty ? "no article with id \(id)" : "\(id) matches \(prefixed.count) articles; give more of the id")
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
