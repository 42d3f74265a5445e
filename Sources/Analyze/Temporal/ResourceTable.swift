import Foundation

/// Reads the tab-separated rule tables under `Resources/` (`#` starts a comment line).
enum ResourceTable {
    /// The rows of `Resources/<folder>/<name>.tsv`, each split on tabs.
    static func rows(_ name: String, folder: String) -> [[String]] {
        guard let url = Bundle.module.url(forResource: name, withExtension: "tsv", subdirectory: "Resources/\(folder)"),
              let text = try? String(contentsOf: url, encoding: .utf8) else {
            fatalError("missing resource Resources/\(folder)/\(name).tsv")
        }
        var rows: [[String]] = []
        for line in text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            if line.hasPrefix("#") || line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            rows.append(line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init))
        }
        return rows
    }

    /// `class<TAB>value<TAB>word|word|…` rows expanded to (class, value, word) triples.
    static func classedWords(_ name: String, folder: String) -> [(kind: String, value: String, word: String)] {
        var result: [(String, String, String)] = []
        for row in rows(name, folder: folder) where row.count >= 3 {
            for word in row[2].split(separator: "|") { result.append((row[0], row[1], String(word))) }
        }
        return result
    }
}
