import Link

/// Renders the stories of a ``StoryWorkspace`` as Markdown, with events and (optionally) why each article joined.
public enum StoriesMarkdown {
    public static func render(_ workspace: StoryWorkspace, explain: Bool) -> String {
        render(stories: workspace.storiesBySize, assignments: workspace.assignments, duplicates: workspace.duplicates,
               boilerplate: workspace.boilerplate, explain: explain)
    }

    /// `stories` in the order given (largest first, as listed).
    public static func render(stories: [StoryCluster], assignments: [StoryAssignment], duplicates: DuplicateReport,
                              boilerplate: [BoilerplateSentence], explain: Bool) -> String {
        var out = ""
        if stories.isEmpty { return "_No stories: the store has no articles._\n" }
        let copies = duplicates.originalOf
        for story in stories {
            out += "## \(story.id): \(story.title)\n\n"
            out += "\(story.documents.count) article\(story.documents.count == 1 ? "" : "s"), \(story.outlets.joined(separator: ", "))"
            if let first = story.firstDate, let last = story.lastDate { out += "; \(first) to \(last)" }
            out += "\n\nkey terms: \(story.keyTerms.joined(separator: ", "))"
            if !story.keyEntities.isEmpty { out += "; entities: \(story.keyEntities.joined(separator: ", "))" }
            out += "\n\n"
            for event in story.events {
                let dates = [event.firstDate, event.lastDate].compactMap { $0 }
                out += "- \(event.id) (\(dates.isEmpty ? "undated" : Set(dates).sorted().joined(separator: " to "))): \(event.keyTerms.joined(separator: ", ")) — "
                out += event.documents.map { id in copies[id].map { "\(id) (copy of \($0))" } ?? id }.joined(separator: ", ")
                out += "\n"
            }
            if explain {
                out += "\n"
                for assignment in assignments where assignment.story == story.id {
                    out += "  - \(assignment.explanation)\n"
                }
            }
            out += "\n"
        }
        if !duplicates.boilerplate.isEmpty {
            out += "## Repeated boilerplate\n\n"
            for paragraph in duplicates.boilerplate {
                out += "- \(paragraph.source), \(paragraph.occurrences.count) articles: “\(paragraph.text.prefix(120))”\n"
            }
        }
        if !boilerplate.isEmpty {
            out += "\n## Outlet boilerplate sentences (left out of the analysis)\n\n"
            for sentence in boilerplate {
                out += "- \(sentence.source), \(sentence.articleCount) articles: “\(sentence.text.prefix(120))”\n"
            }
        }
        return out
    }
}
