import Foundation
import Link
import Model
import Store
import Story

/// The desk's HTML pages (server-rendered, no script): the story list with attention over time, a story page, an
/// article page with its annotations, search; and the CSV behind every chart.
struct PageEndpoints {
    let snapshot: DeskSnapshot
    let request: DeskRequest
    let writable: Bool

    func get(_ segments: [String]) throws -> DeskResponse {
        if segments.isEmpty { return .html(try storyList()) }
        if segments == ["charts", "attention.csv"] {
            let rows = ChartData.attention(try snapshot.storiesBySize(), dates: try snapshot.publicationDates(), limit: .max)
            return csv(ChartData.csv(rows, seriesHeader: "story"), name: "attention.csv")
        }
        if let id = Route.match(segments, "stories/*")?.first { return .html(try storyPage(id)) }
        if let captures = Route.match(segments, "stories/*/charts/*") {
            let brief = try snapshot.brief(captures[0])
            let file = captures[1]
            if file == "coverage.csv" {
                return csv(ChartData.csv(ChartData.coverage(brief, limit: .max), seriesHeader: "outlet"), name: "\(brief.story)-coverage.csv")
            }
            if file.hasPrefix("claims-"), file.hasSuffix(".csv"), let number = Int(file.dropFirst("claims-".count).dropLast(4)),
               brief.claims.indices.contains(number - 1) {
                return csv(ChartData.claimsCSV(brief.claims[number - 1]), name: "\(brief.story)-\(file)")
            }
            throw DeskError(.notFound, "no chart data \(file)")
        }
        if let id = Route.match(segments, "articles/*")?.first { return .html(try articlePage(id)) }
        if segments == ["search"] { return .html(try searchPage()) }
        throw DeskError(.notFound, "no page \(request.path)")
    }

    func csv(_ text: String, name: String) -> DeskResponse {
        DeskResponse(contentType: "text/csv; charset=utf-8", headers: [("Content-Disposition", "attachment; filename=\"\(name)\"")],
                     body: Data(text.utf8))
    }

    // MARK: Story list

    func storyList() throws -> String {
        let stories = try snapshot.storiesBySize()
        let dates = try snapshot.publicationDates()
        var content = "<p>\(stories.count) stories over \(dates.count) dated articles.</p>"
        content += "<section><h2>Attention over time</h2>"
        content += SVGChart.dayCounts(ChartData.attention(stories, dates: dates), title: "Articles per day of the largest stories")
        content += "<p class=\"download\"><a href=\"/charts/attention.csv\">Download the data (CSV)</a></p></section>"
        content += "<section><h2>Stories</h2><table><thead><tr><th>story</th><th>title</th><th>articles</th><th>outlets</th><th>from</th><th>to</th></tr></thead><tbody>"
        for story in stories {
            content += "<tr><td>\(HTML.link(["stories", story.id], story.id))</td><td>\(HTML.link(["stories", story.id], story.title))</td>"
            content += "<td class=\"n\">\(story.documents.count)</td><td class=\"n\">\(story.outlets.count)</td>"
            content += "<td>\(HTML.escape(story.firstDate ?? ""))</td><td>\(HTML.escape(story.lastDate ?? ""))</td></tr>"
        }
        content += "</tbody></table></section>"
        return HTML.page(title: "Stories", content: content, writable: writable)
    }

    // MARK: Story page

    func storyPage(_ id: String) throws -> String {
        let brief = try snapshot.brief(id)
        let story = try snapshot.story(id)
        var content = "<p class=\"meta\">\(HTML.escape(story.id)) · \(brief.articles.count) articles · \(story.outlets.count) outlets"
        if let first = story.firstDate { content += " · \(HTML.escape(first))" + (story.lastDate.map { " to " + HTML.escape($0) } ?? "") }
        content += "</p>"
        content += "<nav class=\"toc\"><a href=\"#summary\">Summary</a> <a href=\"#timeline\">Timeline</a> <a href=\"#actors\">Actors</a> <a href=\"#quotes\">Quotes</a> <a href=\"#numbers\">Numbers</a> <a href=\"#coverage\">Coverage</a> <a href=\"#articles\">Articles</a> <a href=\"#exports\">Exports</a></nav>"
        content += summary(brief)
        content += timeline(brief)
        content += actors(brief)
        content += quoteBook(brief)
        content += numbers(brief)
        content += coverage(brief)
        content += articles(brief)
        content += exports(brief.story)
        return HTML.page(title: brief.title, content: content, writable: writable)
    }

    /// How many items of each long section the story page shows: as many as the API's default brief holds (the API
    /// and the CSV exports have them all).
    typealias Shown = BriefTrimmer

    /// "… and N more" with a link to where all of them are, when a section was cut.
    func more(_ shown: Int, of total: Int, _ what: String, at segments: [String]) -> String {
        total > shown ? "<p class=\"more\">… and \(total - shown) more \(what): " + HTML.link(segments, "all of them") + "</p>" : ""
    }

    func cite(_ citation: SentenceCitation) -> String {
        "<cite>" + HTML.articleLink(citation.article, text: "\(citation.outlet), \(citation.published ?? "undated")", sentence: citation.sentence) + "</cite>"
    }

    func summary(_ brief: Brief) -> String {
        var out = "<section id=\"summary\"><h2>Summary</h2>"
        if brief.summary.isEmpty { out += "<p class=\"empty\">No summary sentences.</p>" }
        out += "<ol class=\"summary\">"
        for sentence in brief.summary {
            out += "<li>\(HTML.escape(sentence.citation.text)) \(cite(sentence.citation))"
            if !sentence.alsoReportedBy.isEmpty { out += " <span class=\"also\">also: \(HTML.escape(sentence.alsoReportedBy.joined(separator: ", ")))</span>" }
            out += "</li>"
        }
        return out + "</ol></section>"
    }

    func timeline(_ brief: Brief) -> String {
        var out = "<section id=\"timeline\"><h2>Timeline</h2>"
        if brief.timeline.entries.isEmpty { out += "<p class=\"empty\">No dated events.</p>" }
        out += "<dl class=\"timeline\">"
        for entry in brief.timeline.entries {
            out += "<dt>\(HTML.escape(entry.date))</dt>"
            for event in entry.events {
                out += "<dd>\(HTML.escape(event.sentence.text)) \(cite(event.sentence))"
                if !event.outlets.isEmpty { out += " <span class=\"also\">\(HTML.escape(event.outlets.joined(separator: ", ")))</span>" }
                out += "</dd>"
            }
        }
        return out + "</dl></section>"
    }

    func actors(_ brief: Brief) -> String {
        var out = "<section id=\"actors\"><h2>Actors</h2>"
        if brief.actors.isEmpty { out += "<p class=\"empty\">No actors.</p>" }
        out += "<table><thead><tr><th>actor</th><th>kind</th><th>articles</th><th>aliases</th></tr></thead><tbody>"
        for actor in brief.actors.prefix(Shown.actors) {
            out += "<tr><td><strong>\(HTML.escape(actor.name))</strong> <code>\(HTML.escape(actor.id))</code></td><td>\(HTML.escape(actor.label.rawValue))</td>"
            out += "<td class=\"n\">\(actor.documents.count)</td><td>\(HTML.escape(actor.aliases.map(\.text).joined(separator: "; ")))</td></tr>"
        }
        out += "</tbody></table>"
        out += more(Shown.actors, of: brief.actors.count, "actors", at: ["api", "stories", brief.story, "actors"])
        out += writable ? Forms.actorForms(story: brief.story) : Forms.readOnlyNote
        return out + "</section>"
    }

    func quoteBook(_ brief: Brief) -> String {
        var out = "<section id=\"quotes\"><h2>Quote book</h2>"
        if brief.quotes.isEmpty { out += "<p class=\"empty\">No attributed quotes.</p>" }
        for entry in brief.quotes.prefix(Shown.speakers) {
            out += "<h3>\(HTML.escape(entry.speaker))</h3><ul class=\"quotes\">"
            for quote in entry.quotes.prefix(Shown.quotesPerSpeaker) {
                // The quoted text keeps its own quotation marks (a reported quote has none): no <q>, which adds more.
                out += "<li><span class=\"said\">\(HTML.escape(quote.text))</span>\(quote.kind == .indirect ? " <span class=\"also\">(reported)</span>" : "") "
                out += "<cite>" + HTML.articleLink(quote.article, text: "\(quote.outlet), \(quote.published ?? "undated")") + "</cite></li>"
            }
            out += "</ul>"
            if entry.quotes.count > Shown.quotesPerSpeaker { out += "<p class=\"more\">… and \(entry.quotes.count - Shown.quotesPerSpeaker) more quotes</p>" }
        }
        out += more(Shown.speakers, of: brief.quotes.count, "speakers", at: ["api", "stories", brief.story, "quotes"])
        out += "<p class=\"download\">" + HTML.link(["api", "stories", brief.story, "export", "quotes.csv"], "Every quote (CSV)") + "</p>"
        return out + "</section>"
    }

    func numbers(_ brief: Brief) -> String {
        var out = "<section id=\"numbers\"><h2>Numbers and where outlets disagree</h2>"
        if brief.claims.isEmpty { out += "<p class=\"empty\">No numeric claims compared.</p>" }
        for (index, group) in brief.claims.enumerated().prefix(Shown.claimGroups) {
            out += "<article class=\"claim\"><h3>\(HTML.escape(group.what)) <span class=\"verdict \(HTML.escape(group.verdict.rawValue))\">\(HTML.escape(group.verdict.label))</span></h3>"
            out += "<p>\(HTML.escape(group.summary))</p>"
            out += SVGChart.series(ChartData.claimPoints(group), title: "\(group.what): values reported over time")
            out += "<p class=\"download\">" + HTML.link(["stories", brief.story, "charts", "claims-\(index + 1).csv"], "Download the data (CSV)") + "</p><ul>"
            for claim in group.claims.prefix(Shown.claimsPerGroup) {
                out += "<li><span class=\"number\">\(HTML.escape(claim.text))</span>: \(HTML.escape(claim.sentence.text)) \(cite(claim.sentence))</li>"
            }
            out += "</ul>"
            if group.claims.count > Shown.claimsPerGroup { out += "<p class=\"more\">… and \(group.claims.count - Shown.claimsPerGroup) more claims in the CSV</p>" }
            out += "</article>"
        }
        out += more(Shown.claimGroups, of: brief.claims.count, "claim groups", at: ["api", "stories", brief.story, "claims"])
        return out + "</section>"
    }

    func coverage(_ brief: Brief) -> String {
        var out = "<section id=\"coverage\"><h2>Coverage by outlet</h2>"
        out += SVGChart.dayCounts(ChartData.coverage(brief), title: "Articles per day by outlet")
        out += "<p class=\"download\">" + HTML.link(["stories", brief.story, "charts", "coverage.csv"], "Download the data (CSV)") + "</p>"
        out += "<table><thead><tr><th>outlet</th><th>articles</th><th>first</th><th>last</th></tr></thead><tbody>"
        for outlet in brief.coverage.outlets.prefix(Shown.outlets) {
            out += "<tr><td>\(HTML.escape(outlet.outlet))</td><td class=\"n\">\(outlet.articles)</td><td>\(HTML.escape(outlet.first ?? ""))</td><td>\(HTML.escape(outlet.last ?? ""))</td></tr>"
        }
        out += "</tbody></table>"
        out += more(Shown.outlets, of: brief.coverage.outlets.count, "outlets", at: ["api", "stories", brief.story, "coverage"])
        if brief.coverage.undated > 0 { out += "<p>\(brief.coverage.undated) undated articles.</p>" }
        return out + "</section>"
    }

    func articles(_ brief: Brief) -> String {
        var out = "<section id=\"articles\"><h2>Articles</h2><table><thead><tr><th>date</th><th>outlet</th><th>title</th><th>date from</th></tr></thead><tbody>"
        for article in brief.articles.prefix(Shown.articles) {
            out += "<tr><td>\(HTML.escape(article.published ?? "undated"))\(article.estimated ? " <span class=\"also\">(estimated)</span>" : "")</td>"
            out += "<td>\(HTML.escape(article.outlet))</td><td>\(HTML.articleLink(article.article, text: article.title ?? article.article))"
            if let copy = article.copyOf { out += " <span class=\"also\">copy of \(HTML.escape(copy))</span>" }
            out += "</td><td>\(HTML.escape(article.dateSource ?? ""))</td></tr>"
        }
        out += "</tbody></table>"
        if brief.articles.count > Shown.articles {
            out += "<p class=\"more\">… and \(brief.articles.count - Shown.articles) more articles: "
                + HTML.link(["api", "articles"], "all of them", query: [("story", brief.story), ("limit", "500")]) + "</p>"
        }
        return out + "</section>"
    }

    func exports(_ story: String) -> String {
        var out = "<section id=\"exports\"><h2>Exports</h2><ul>"
        out += "<li>" + HTML.link(["api", "stories", story, "export", "facts.jsonl"], "Facts (JSON Lines)") + "</li>"
        for section in SectionCSV.allCases {
            out += "<li>" + HTML.link(["api", "stories", story, "export", "\(section.rawValue).csv"], "\(section.rawValue) (CSV)") + "</li>"
        }
        out += "<li>" + HTML.link(["api", "stories", story, "export", "ninjs.jsonl"], "Articles as IPTC ninjs (JSON Lines)") + "</li>"
        out += "<li>" + HTML.link(["api", "stories", story, "export", "timelinejs.json"], "Timeline for TimelineJS (JSON)") + "</li>"
        out += "<li>" + HTML.link(["api", "stories", story, "brief"], "The brief (JSON)") + "</li>"
        return out + "</ul></section>"
    }

    // MARK: Article page

    func articlePage(_ id: String) throws -> String {
        let (view, document) = try snapshot.article(id)
        let cited = request.query["sentence"].flatMap(Int.init)
        var content = "<dl class=\"provenance\">"
        func row(_ name: String, _ value: String) { content += "<dt>\(name)</dt><dd>\(value)</dd>" }
        row("article", HTML.escape(view.article) + (view.article == view.documentID ? "" : " <span class=\"also\">(document \(HTML.escape(view.documentID)))</span>"))
        row("outlet", HTML.escape(view.outlet))
        if let url = view.url {
            let safe = url.lowercased().hasPrefix("http://") || url.lowercased().hasPrefix("https://")
            row("url", safe ? "<a href=\"\(HTML.escape(url))\" rel=\"noopener noreferrer nofollow\">\(HTML.escape(url))</a>" : HTML.escape(url))
        }
        if !view.authors.isEmpty { row("by", HTML.escape(view.authors.joined(separator: ", "))) }
        if let published = view.published {
            var text = HTML.escape(published) + " (from \(HTML.escape(view.dateSource ?? "?"))"
            if let confidence = view.dateConfidence { text += String(format: ", confidence %.2f", confidence) }
            if let evidence = view.dateEvidence { text += "; \(HTML.escape(evidence))" }
            row("published", text + ")")
        } else {
            row("published", "unknown")
        }
        if let story = view.story { row("story", HTML.link(["stories", story], story)) }
        if let copy = view.copyOf { row("copy of", HTML.articleLink(copy, text: copy)) }
        row("found", "\(view.quotes.count) quotes, \(view.entities.count) entity mentions, \(view.timexes.count) time expressions, \(view.numbers.count) numbers")
        content += "</dl>"
        content += "<p class=\"legend\"><q class=\"quote\">quote</q> <mark class=\"entity\">entity</mark> <time class=\"timex\">time expression</time> <span class=\"number\">number</span> — hover a mark for its value.</p>"
        content += "<div class=\"text\">" + ArticleHighlighter.render(view, sentences: document.sentences, text: document.text, cited: cited) + "</div>"
        content += writable ? Forms.dateForm(article: view.article, current: view.published) : Forms.readOnlyNote
        content += "<p>" + HTML.link(["api", "articles", view.article], "This article as JSON") + "</p>"
        return HTML.page(title: view.title, content: content, writable: writable)
    }

    // MARK: Search

    func searchPage() throws -> String {
        let text = request.query["q"] ?? ""
        let pagination = try Pagination(request.query)
        var content = "<form class=\"search-page\" action=\"/search\" method=\"get\"><input type=\"search\" name=\"q\" value=\"\(HTML.escape(text))\" aria-label=\"Query\"><button type=\"submit\">Search</button></form>"
        content += "<p class=\"help\">Words (stemmed), \"exact phrases\", AND / OR / NOT, -word, prefix*, title: source: text:, date:2022-01 or date:2021-12-01..2021-12-31.</p>"
        guard !text.trimmingCharacters(in: .whitespaces).isEmpty else {
            return HTML.page(title: "Search", content: content, writable: writable)
        }
        // Matches are marked with private-use characters, escaped with the text, then turned into <mark>.
        let open = "\u{E000}", close = "\u{E001}"
        let hits: [SearchHit]
        do {
            hits = try APIEndpoints.search(text, store: snapshot.store, upTo: pagination.offset + pagination.limit + 1, highlight: (open, close))
        } catch let error as DeskError where error.status == .badRequest {
            content += "<p class=\"error\">\(HTML.escape(error.message))</p>"
            return HTML.page(title: "Search", content: content, writable: writable)
        }
        let shown = hits.dropFirst(pagination.offset).prefix(pagination.limit)
        content += "<p>\(shown.isEmpty ? "No" : "\(pagination.offset + 1)–\(pagination.offset + shown.count) of \(hits.count > pagination.offset + pagination.limit ? "more than \(pagination.offset + pagination.limit)" : String(hits.count))") results.</p><ol class=\"hits\" start=\"\(pagination.offset + 1)\">"
        for hit in shown {
            let snippet = HTML.escape(hit.snippet.replacingOccurrences(of: "\u{E000}\u{E001}", with: ""))
                .replacingOccurrences(of: open, with: "<mark>").replacingOccurrences(of: close, with: "</mark>")
            content += "<li>\(HTML.articleLink(hit.article, text: hit.title ?? hit.article)) <span class=\"also\">\(HTML.escape(hit.source ?? "")) \(HTML.escape(hit.date ?? "undated"))</span><p class=\"snippet\">\(snippet)</p></li>"
        }
        content += "</ol>"
        if hits.count > pagination.offset + pagination.limit {
            content += "<p>" + HTML.link(["search"], "Next results", query: [("q", text), ("offset", String(pagination.offset + pagination.limit)), ("limit", String(pagination.limit))]) + "</p>"
        }
        return HTML.page(title: "Search: \(text)", content: content, writable: writable)
    }
}
