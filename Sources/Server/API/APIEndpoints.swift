import Engine
import Foundation
import Link
import Model
import Store
import Story

/// The JSON API (documented in `Resources/openapi.json`): articles, search, stories and each story's brief,
/// timeline, actors, quotes, claims, coverage and exports. Lists are paged (`offset`, `limit`).
struct APIEndpoints {
    let snapshot: DeskSnapshot
    let request: DeskRequest

    /// The response to a GET under `/api/` (`segments` without the leading "api").
    func get(_ segments: [String]) throws -> DeskResponse {
        if segments == ["articles"] { return try json(articles()) }
        if let id = Route.match(segments, "articles/*")?.first { return try json(snapshot.article(id).view) }
        if segments == ["search"] { return try json(search()) }
        if segments == ["stories"] { return try json(page(try snapshot.storiesBySize().map(StorySummary.init))) }
        if let id = Route.match(segments, "stories/*")?.first { return try json(StorySummary(snapshot.story(id))) }
        if let captures = Route.match(segments, "stories/*/*") {
            let id = captures[0]
            switch captures[1] {
            case "brief":
                let brief = try snapshot.brief(id)
                return try json(request.query["full"] == "1" ? brief : BriefTrimmer.trim(brief))
            case "timeline": return try json(page(snapshot.timeline(id).entries))
            case "actors": return try json(page(snapshot.actors(id)))
            case "quotes": return try json(page(snapshot.brief(id).quotes))
            case "claims": return try json(page(snapshot.brief(id).claims))
            case "coverage": return try json(snapshot.brief(id).coverage)
            default: break
            }
        }
        if let captures = Route.match(segments, "stories/*/export/*") { return try export(story: captures[0], file: captures[1]) }
        throw DeskError(.notFound, "no such API path: \(request.path)")
    }

    private func page<Item: Encodable>(_ items: [Item]) throws -> PageEnvelope<Item> {
        try Pagination(request.query).page(items, path: request.path, query: request.query)
    }

    private func json<T: Encodable>(_ value: T) throws -> DeskResponse {
        .json(try DeskJSON.encode(value))
    }

    /// The articles, filtered by `story`, `source`, `from` and `to` (dates `YYYY-MM-DD`, inclusive).
    func articles() throws -> PageEnvelope<ArticleRow> {
        var rows = try snapshot.articles()
        let query = request.query
        if let story = query["story"], !story.isEmpty {
            let id = try snapshot.story(story).id
            rows = rows.filter { $0.story == id }
        }
        if let source = query["source"], !source.isEmpty {
            rows = rows.filter { $0.source?.caseInsensitiveCompare(source) == .orderedSame }
        }
        for bound in ["from", "to"] {
            guard let value = query[bound], !value.isEmpty else { continue }
            guard CalendarDay.number(value) != nil, value.count == 10 else { throw DeskError(.badRequest, "\(bound) must be a date YYYY-MM-DD") }
            rows = rows.filter { row in
                guard let date = row.date else { return false }
                return bound == "from" ? date >= value : date <= value
            }
        }
        return try page(rows)
    }

    /// Full-text search with the CLI's query syntax; the snippet marks matches with `<b>`…`</b>`, escaped as text.
    func search() throws -> PageEnvelope<SearchHit> {
        let pagination = try Pagination(request.query)
        let hits = try Self.search(request.query["q"] ?? "", store: snapshot.store, upTo: pagination.offset + pagination.limit + 1,
                                   highlight: ("<b>", "</b>"))
        var envelope = pagination.page(hits, path: request.path, query: request.query)
        envelope.total = hits.count
        return envelope
    }

    /// The hits of `text` (parsed as `storyline search` parses it), at most `limit`.
    static func search(_ text: String, store: StorylineStore, upTo limit: Int,
                       highlight: (open: String, close: String)) throws -> [SearchHit] {
        guard !text.trimmingCharacters(in: .whitespaces).isEmpty else { throw DeskError(.badRequest, "q: give a query") }
        guard text.utf8.count <= 2000 else { throw DeskError(.badRequest, "q: the query is longer than 2000 bytes") }
        let query: SearchQuery
        do { query = try SearchQuery(parsing: text) } catch let error as SearchQuery.SyntaxError {
            throw DeskError(.badRequest, "q: \(error.description)")
        }
        do { return try store.search(query, limit: limit, highlight: highlight) } catch {
            throw DeskError(.badRequest, "q: the query could not be run; check its syntax")
        }
    }

    /// A story's export: `facts.jsonl`, `ninjs.jsonl`, `timelinejs.json` or `<section>.csv`.
    func export(story id: String, file: String) throws -> DeskResponse {
        let selection = try snapshot.selection(id)
        switch file {
        case "facts.jsonl":
            let facts = FactsExporter(overrides: try snapshot.overrides()).facts(of: selection)
            return download(try DeskJSON.lines(facts), type: "application/x-ndjson", name: "\(selection.story.id)-facts.jsonl")
        case "ninjs.jsonl":
            return download(try DeskJSON.lines(selection.documents.map { NinjsArticle($0) }), type: "application/x-ndjson",
                            name: "\(selection.story.id)-ninjs.jsonl")
        case "timelinejs.json":
            let timeline = TimelineBuilder(options: TimelineOptions(dates: 12, sentencesPerDate: 2))
                .build(selection.documents, copies: selection.copies)
            let document = TimelineJSDocument(timeline, title: selection.story.title, story: selection.story.id)
            return download(try DeskJSON.encode(document), type: "application/json", name: "\(selection.story.id)-timelinejs.json")
        default:
            guard file.hasSuffix(".csv"), let section = SectionCSV(rawValue: String(file.dropLast(4))) else {
                throw DeskError(.notFound, "no export \(file); exports: facts.jsonl, ninjs.jsonl, timelinejs.json, "
                                + SectionCSV.allCases.map { "\($0.rawValue).csv" }.joined(separator: ", "))
            }
            let workspace = StoryWorkspace(restoring: selection.documents, duplicates: try snapshot.duplicates(),
                                           stories: [selection.story], assignments: [], boilerplate: [])
            let table = try section.table(workspace, stories: [selection.story], overrides: try snapshot.overrides())
            return download(Data(table.text.utf8), type: "text/csv", name: "\(selection.story.id)-\(section.rawValue).csv")
        }
    }

    func download(_ data: Data, type: String, name: String) -> DeskResponse {
        DeskResponse(contentType: type + "; charset=utf-8", headers: [("Content-Disposition", "attachment; filename=\"\(name)\"")],
                     body: data)
    }
}
