import Foundation

/// HTML's named character entities that feeds use without declaring them (`&nbsp;`, `&eacute;`, `&mdash;` …), loaded
/// from `Resources/html-entities.json`; a missing or empty file stops the program, since every feed would then lose text.
enum FeedEntities {
    static let shared: [String: String] = {
        guard let url = Bundle.module.url(forResource: "html-entities", withExtension: "json", subdirectory: "Resources"),
              let data = try? Data(contentsOf: url),
              let table = try? JSONDecoder().decode([String: String].self, from: data), !table.isEmpty else {
            fatalError("Ingest resource Resources/html-entities.json is missing or empty")
        }
        return table
    }()
}
