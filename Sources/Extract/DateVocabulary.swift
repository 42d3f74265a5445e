/// Month names, date-carrying meta keys and the labels written before dates, loaded from `Resources/dates.json`.
struct DateVocabulary: Sendable {
    /// What the words written just before a date say about it.
    enum Label: Int, Comparable, Sendable {
        /// "Published", "Erschienen am", "Publié le": the publication date.
        case published
        /// No label.
        case none
        /// "Updated", "Letzte Änderung", "Mis à jour": a modification date.
        case modified
        /// "Today is", "Aktuelle Zeit", "Member since": not the page's date at all.
        case ignored

        static func < (left: Label, right: Label) -> Bool { left.rawValue < right.rawValue }
    }

    let months: [String: Int]
    let publishedMetaKeys: [String]
    /// The generic keys among `publishedMetaKeys` (`date`, `dc.date`): read after the dated elements of the page.
    let genericMetaKeys: [String]
    /// The Open Graph article tags among `publishedMetaKeys` (a CMS writes them apart from the update time).
    let openGraphPublishedKeys: [String]
    let modifiedMetaKeys: [String]
    let dateElementHints: [[UInt8]]
    /// Class/id parts of page furniture (related stories, sidebars, comments) whose dates are other pages' dates.
    let furnitureHints: [[UInt8]]
    /// Class/id parts of elements that show today's date (page headers).
    let todayElementHints: [[UInt8]]
    /// Regions whose English writes the day first (`gb` in `en-GB`).
    let dayFirstEnglishRegions: Set<String>
    /// Meta keys holding the lead image URL (its path often carries the upload day).
    let imageMetaKeys: [String]
    /// Regions that write the month first (`us` in `en-US`, a `.us` site).
    let monthFirstRegions: Set<String>
    /// Microdata / RDFa names (as ``propertyName(_:)`` spells them) of a publication date and of a modification date.
    let publishedPropertyKeys: Set<String>
    let modifiedPropertyKeys: Set<String>
    /// Prefix → the spelling the key lists use (`dc:` → `dc.`, `schema:` → nothing), longest prefixes first.
    private let propertyPrefixes: [(prefix: String, replacement: String)]
    /// Lower-cased label → kind, longest labels first.
    private let labels: [(text: [Character], kind: Label)]

    static let shared = DateVocabulary()

    private init() {
        struct File: Decodable {
            var months: [String: [String]]
            var publishedMetaKeys: [String]
            var genericMetaKeys: [String]
            var openGraphPublishedKeys: [String]
            var modifiedMetaKeys: [String]
            var dateElementHints: [String]
            var publishedLabels: [String]
            var modifiedLabels: [String]
            var ignoredLabels: [String]
            var todayElementHints: [String]
            var furnitureHints: [String]
            var imageMetaKeys: [String]
            var dayFirstEnglishRegions: [String]
            var monthFirstRegions: [String]
            var propertyPrefixes: [String: String]
            var publishedPropertyKeys: [String]
            var modifiedPropertyKeys: [String]
        }
        let file = ExtractResources.decode(File.self, from: "dates.json")
        var months: [String: Int] = [:]
        for (number, names) in file.months {
            guard let month = Int(number) else { continue }
            for name in names { months[name] = month }
        }
        self.months = months
        publishedMetaKeys = file.publishedMetaKeys
        genericMetaKeys = file.genericMetaKeys
        openGraphPublishedKeys = file.openGraphPublishedKeys
        modifiedMetaKeys = file.modifiedMetaKeys
        dateElementHints = file.dateElementHints.map { Array($0.utf8) }
        todayElementHints = file.todayElementHints.map { Array($0.utf8) }
        furnitureHints = file.furnitureHints.map { Array($0.utf8) }
        imageMetaKeys = file.imageMetaKeys
        dayFirstEnglishRegions = Set(file.dayFirstEnglishRegions)
        monthFirstRegions = Set(file.monthFirstRegions)
        publishedPropertyKeys = Set(file.publishedPropertyKeys)
        modifiedPropertyKeys = Set(file.modifiedPropertyKeys)
        propertyPrefixes = file.propertyPrefixes.map { ($0.key, $0.value) }.sorted { $0.prefix.count > $1.prefix.count }
        guard !months.isEmpty, !publishedPropertyKeys.isEmpty, !propertyPrefixes.isEmpty else {
            fatalError("Extract resource dates.json: months, publishedPropertyKeys and propertyPrefixes must not be empty")
        }
        var labels: [(text: [Character], kind: Label)] = []
        for (list, kind) in [(file.publishedLabels, Label.published), (file.modifiedLabels, .modified),
                             (file.ignoredLabels, .ignored)] {
            for label in list { labels.append((Array(label.lowercased()), kind)) }
        }
        self.labels = labels.sorted { $0.text.count > $1.text.count }
    }

    /// A meta / microdata / RDFa name in the spelling the key lists use: lower-cased, its vocabulary prefix rewritten
    /// (`DC:Created`, `DCTERMS.created`, `dct:created` → `dc.created` / `dcterms.created`; `schema:datePublished` →
    /// `datepublished`), and `:` inside a Dublin Core name read as `.`.
    func propertyName(_ name: String) -> String {
        let lowered = name.lowercased()
        for (prefix, replacement) in propertyPrefixes where lowered.hasPrefix(prefix) {
            let rest = lowered.dropFirst(prefix.count)
            guard !rest.isEmpty else { return lowered }
            return replacement.hasPrefix("dc") ? replacement + rest.replacingOccurrences(of: ":", with: ".") : replacement + rest
        }
        return lowered
    }

    /// The label nearest the end of `context` (the words written just before a date); labels are whole words.
    func label(before context: Substring) -> Label {
        let characters = Array(context.lowercased())
        guard !characters.isEmpty else { return .none }
        var best: (end: Int, kind: Label)?
        for (text, kind) in labels where text.count <= characters.count {
            var start = characters.count - text.count
            while start >= 0 {
                if characters[start] == text[0], Array(characters[start..<start + text.count]) == text {
                    let end = start + text.count
                    let boundedLeft = start == 0 || !characters[start - 1].isLetter || !text[0].isLetter
                    let boundedRight = end == characters.count || !characters[end].isLetter || !text[text.count - 1].isLetter
                    if boundedLeft && boundedRight {
                        // Longer labels come first, so an equal end keeps the longer label ("last updated" over "updated").
                        if best == nil || end > best!.end { best = (end, kind) }
                        break
                    }
                }
                start -= 1
            }
        }
        return best?.kind ?? .none
    }
}
