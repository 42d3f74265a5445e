import Foundation

/// The word lists that say what a figure counts (`Resources/claims/`): event words, measured units, rate markers,
/// qualifiers, scope prepositions, whole-country words, words that are no scope, source cues, the groups a figure may
/// count (staff, security forces), the words that make a figure one day's count or a running total, and the words that
/// join two figures. Data apart from the code that applies it (``ClaimFrameReader``); a missing or empty list stops
/// the program (a silent empty list would change every grouping).
public struct ClaimLexicon: Sendable {
    /// Word near a number → what happened to the people counted ("died" → killed).
    public var events: [String: String]
    /// Words that make a measured amount another quantity ("siphoned" → collected).
    public var measureEvents: [String: String]
    /// Event classes that win over the tagger's word when their words stand in the clause.
    public var specificEvents: Set<String>
    /// Unit as tagged → the measured quantity's name ("barrel" → barrels).
    public var measureUnits: [String: String]
    /// Phrase (words) → the period a rate is per ("a day" → day).
    public var rateMarkers: [[String]: String]
    /// Phrase (words) → qualifier ("worst case" → hypothetical).
    public var qualifiers: [[String]: String]
    public var scopePrepositions: Set<String>
    public var wholeScopeWords: Set<String>
    public var notScopes: Set<String>
    /// Phrases (words) before the one who gives a figure.
    public var sourceCues: [[String]]
    public var speechVerbs: Set<String>
    /// Counted noun (words) → the group it names within the story's people ("personnel" → staff).
    public var groupNouns: [[String]: String]
    /// Phrase (words) → the period of one day's count ("wednesday's" → day).
    public var dayMarkers: [[String]: String]
    /// Phrases (words) of a running total ("so far", "toll", "rose").
    public var cumulativeMarkers: [[String]: String]
    /// Words joining two figures that share their scope ("and").
    public var coordinators: Set<String>

    /// The lists shipped with the package.
    public static let standard = ClaimLexicon(
        events: table("events.tsv"), measureEvents: table("measure-events.tsv"),
        specificEvents: Set(lines("specific-events.txt")), measureUnits: table("measure-units.tsv"),
        rateMarkers: phrases("rate-markers.tsv"), qualifiers: phrases("qualifiers.tsv"),
        scopePrepositions: Set(lines("scope-prepositions.txt")), wholeScopeWords: Set(lines("whole-scope-words.txt")),
        notScopes: Set(lines("not-scopes.txt")), sourceCues: lines("source-cues.txt").map { words($0) },
        speechVerbs: Set(lines("speech-verbs.txt")), groupNouns: phrases("group-nouns.tsv"),
        dayMarkers: phrases("day-markers.tsv"), cumulativeMarkers: phrases("cumulative-markers.tsv"),
        coordinators: Set(lines("coordinators.txt")))

    public init(events: [String: String], measureEvents: [String: String], specificEvents: Set<String>, measureUnits: [String: String],
                rateMarkers: [[String]: String], qualifiers: [[String]: String], scopePrepositions: Set<String>,
                wholeScopeWords: Set<String>, notScopes: Set<String>, sourceCues: [[String]], speechVerbs: Set<String>,
                groupNouns: [[String]: String], dayMarkers: [[String]: String], cumulativeMarkers: [[String]: String],
                coordinators: Set<String>) {
        self.events = events
        self.measureEvents = measureEvents
        self.specificEvents = specificEvents
        self.measureUnits = measureUnits
        self.rateMarkers = rateMarkers
        self.qualifiers = qualifiers
        self.scopePrepositions = scopePrepositions
        self.wholeScopeWords = wholeScopeWords
        self.notScopes = notScopes
        self.sourceCues = sourceCues
        self.speechVerbs = speechVerbs
        self.groupNouns = groupNouns
        self.dayMarkers = dayMarkers
        self.cumulativeMarkers = cumulativeMarkers
        self.coordinators = coordinators
    }

    /// The non-comment, non-empty lines of `Resources/claims/<name>`.
    static func lines(_ name: String) -> [String] {
        let base = (name as NSString).deletingPathExtension, ext = (name as NSString).pathExtension
        guard let url = Bundle.module.url(forResource: base, withExtension: ext, subdirectory: "Resources/claims")
                ?? Bundle.module.url(forResource: base, withExtension: ext),
              let text = try? String(contentsOf: url, encoding: .utf8) else {
            fatalError("ClaimLexicon: the word list Resources/claims/\(name) is missing from the Story bundle")
        }
        let lines: [String] = text.split(whereSeparator: \.isNewline).compactMap { line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            return trimmed.isEmpty || trimmed.hasPrefix("#") ? nil : trimmed
        }
        if lines.isEmpty { fatalError("ClaimLexicon: the word list Resources/claims/\(name) is empty") }
        return lines
    }

    /// Two tab-separated columns → a table.
    static func table(_ name: String) -> [String: String] {
        var table: [String: String] = [:]
        for line in lines(name) {
            let columns = line.split(separator: "\t").map { $0.trimmingCharacters(in: .whitespaces) }
            if columns.count >= 2 { table[columns[0].lowercased()] = columns[1] }
        }
        return table
    }

    /// Two tab-separated columns, the first a phrase, → a table keyed by the phrase's words.
    static func phrases(_ name: String) -> [[String]: String] {
        var table: [[String]: String] = [:]
        for (phrase, value) in self.table(name) { table[words(phrase)] = value }
        return table
    }

    /// A phrase's words, lower case ("a-day" stays one word).
    static func words(_ phrase: String) -> [String] {
        phrase.lowercased().split(separator: " ").map(String.init)
    }
}
