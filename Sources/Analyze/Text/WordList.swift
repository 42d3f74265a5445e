import Foundation

/// Loads the rule-as-data word lists shipped in `Resources/` (one entry a line, `#` starts a comment line).
enum WordList {
    /// The non-comment, non-empty lines of a resource file, e.g. `lines("text/abbreviations.txt")`.
    static func lines(_ path: String) -> [String] {
        guard let url = WordList.url(path),
              let text = try? String(contentsOf: url, encoding: .utf8) else {
            return []
        }
        return text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }).compactMap { line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            return trimmed.isEmpty || trimmed.hasPrefix("#") ? nil : String(line)
        }
    }

    static func url(_ path: String) -> URL? {
        let name = (path as NSString).lastPathComponent
        let folder = (path as NSString).deletingLastPathComponent
        return Bundle.module.url(forResource: (name as NSString).deletingPathExtension,
                                 withExtension: (name as NSString).pathExtension, subdirectory: "Resources/\(folder)")
    }

    /// Tab-separated columns of each line.
    static func rows(_ path: String) -> [[String]] {
        lines(path).map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }

    /// The first column of each line as a set.
    static func set(_ path: String, lowercased: Bool = false) -> Set<String> {
        Set(rows(path).compactMap { $0.first.map { lowercased ? $0.lowercased() : $0 } })
    }
}
