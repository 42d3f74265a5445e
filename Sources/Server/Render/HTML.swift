import Foundation

/// Escaping for HTML text and attribute values: every dynamic value in a page goes through ``escape(_:)``.
enum HTML {
    /// `&`, `<`, `>`, `"` and `'` as character references; control characters other than tab and newline dropped.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A link to a path of the desk: `segments` are percent-encoded, the text escaped.
    static func link(_ segments: [String], _ text: String, query: [(String, String)] = [], fragment: String? = nil) -> String {
        "<a href=\"\(escape(path(segments, query: query, fragment: fragment)))\">\(escape(text))</a>"
    }

    /// A desk path from raw segments.
    static func path(_ segments: [String], query: [(String, String)] = [], fragment: String? = nil) -> String {
        var path = "/" + segments.map(FormFields.encode).joined(separator: "/")
        if !query.isEmpty { path += "?" + query.map { FormFields.encode($0.0) + "=" + FormFields.encode($0.1) }.joined(separator: "&") }
        if let fragment { path += "#" + FormFields.encode(fragment) }
        return path
    }

    /// The link to an article, at a sentence when given (every citation uses it).
    static func articleLink(_ article: String, text: String, sentence: Int? = nil) -> String {
        guard let sentence else { return link(["articles", article], text) }
        return link(["articles", article], text, query: [("sentence", String(sentence))], fragment: "s\(sentence)")
    }

    /// A whole page: the desk's header with its search box, the title, the content (already HTML).
    static func page(title: String, content: String, writable: Bool) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title)) · Storyline desk</title>
        <link rel="stylesheet" href="/desk.css">
        </head>
        <body>
        <header class="bar"><a class="home" href="/">Storyline desk</a>
        <form class="search" action="/search" method="get" role="search"><input type="search" name="q" aria-label="Search" placeholder="search: words, &quot;phrases&quot;, source:reuters, date:2022-01"><button type="submit">Search</button></form>
        <span class="mode">\(writable ? "corrections on" : "read-only")</span></header>
        <main>
        <h1>\(escape(title))</h1>
        \(content)
        </main>
        <footer><a href="/api/openapi.json">JSON API (OpenAPI)</a></footer>
        </body>
        </html>

        """
    }
}
