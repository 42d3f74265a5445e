import Link

/// Renders a story's actor list as Markdown: each actor with its id, type, articles and outlets, then every alias.
public enum ActorListMarkdown {
    public static func render(_ actors: [Actor]) -> String {
        var out = ""
        for actor in actors {
            out += "- **\(actor.name)** `\(actor.id)` (\(actor.label.rawValue)): \(actor.documents.count) articles, \(actor.outlets.joined(separator: ", "))\n"
            for alias in actor.aliases {
                out += "  - \(alias.text)\(alias.isName ? "" : " (description)"): \(alias.documents.joined(separator: ", "))\n"
            }
        }
        return out
    }
}
