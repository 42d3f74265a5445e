import Foundation
import Model

/// Publication and modification dates of an HTML page, kept apart, each with its source and a confidence:
/// JSON-LD, `<meta>`, microdata / `<time>`, the URL, date-like elements near the title, then the dates written
/// in the page (htmldate-style fallbacks).
struct PublicationDateFinder {
    let tree: PageTree
    let signals: PageSignals
    let finder: MainContentFinder
    let parser: DateStringParser
    let vocabulary: DateVocabulary
    let url: String?
    let dayFirst: Bool
    /// The page source, for the last-resort timestamp scan.
    var source: [UInt8] = []
    /// The one walk over the whole tree (date elements and microdata dates), done once.
    private var cachedScan: Scan?

    /// What the walk over the tree found.
    private struct Scan {
        /// The best short date-like element (class/id says date/time/published), nearest the H1.
        var dateElement: DateAttribution?
        /// The first microdata publication date (`itemprop` datePublished/dateCreated/pubdate) in document order.
        var itemprop: DateAttribution?
    }

    /// - Parameters:
    ///   - dayFirst: the page's language writes the day first (any language but English).
    ///   - languageKnown: the language was identified (else `dayFirst` is no evidence of the day order).
    init(tree: PageTree, signals: PageSignals, finder: MainContentFinder, url: String?, dayFirst: Bool,
         languageKnown: Bool = true, latest: CalendarDate, vocabulary: DateVocabulary = .shared) {
        self.tree = tree
        self.signals = signals
        self.finder = finder
        self.url = url
        let region = PublicationDateFinder.region(language: signals.htmlLanguage, url: url)
        let dayFirstRegion = region.map(vocabulary.dayFirstEnglishRegions.contains) ?? false
        let monthFirstRegion = region.map(vocabulary.monthFirstRegions.contains) ?? false
        self.dayFirst = (dayFirst && !monthFirstRegion) || dayFirstRegion
        self.vocabulary = vocabulary
        var parser = DateStringParser(vocabulary: vocabulary, latest: latest)
        // A short numeric date (5/6/20) is read only when the page says which order it writes: a language other than
        // English, or a region (html lang, /en-gb/ folder, country domain) known to write the day or the month first.
        parser.numericOrderKnown = (dayFirst && languageKnown) || dayFirstRegion || monthFirstRegion
        self.parser = parser
    }

    /// The page's region: from `<html lang="en-GB">`, an `/en-gb/` URL folder, else the country domain (`.uk`).
    static func region(language: String?, url: String?) -> String? {
        if let language = language?.lowercased(), language.utf8.count >= 5, language.dropFirst(2).first == "-" || language.dropFirst(2).first == "_" {
            return String(language.dropFirst(3).prefix(2))
        }
        guard var rest = url?.lowercased()[...] else { return nil }
        if let scheme = rest.range(of: "://") { rest = rest[scheme.upperBound...] }
        let host = rest.prefix { $0 != "/" && $0 != ":" && $0 != "?" && $0 != "#" }
        let path = rest.dropFirst(host.count)
        if let folder = path.range(of: "/en-"), path[folder.upperBound...].dropFirst(2).first == "/" {
            return String(path[folder.upperBound...].prefix(2))
        }
        guard let dot = host.lastIndex(of: "."), host.distance(from: dot, to: host.endIndex) == 3 else { return nil }
        return String(host[host.index(after: dot)...])
    }

    /// Parses a machine-readable value (ISO first, then any written date).
    func parseValue(_ value: String) -> CalendarDate? {
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        if let date = CalendarDate(iso: trimmed), date.year >= parser.earliestYear, date <= parser.latest { return date }
        if trimmed.count >= 9, trimmed.count <= 13, trimmed.allSatisfy(\.isNumber), let seconds = Double(trimmed) {
            // Unix time in seconds or milliseconds.
            let value = seconds > 1e11 ? seconds / 1000 : seconds
            let date = CalendarDate(dayNumber: Int(value / 86400))
            if date.year >= parser.earliestYear && date <= parser.latest { return date }
        }
        return parser.firstDate(in: String(trimmed.prefix(200)), dayFirst: dayFirst)
    }

    /// The publication date. A machine-readable date (JSON-LD, meta) one day away from the date in the URL is a
    /// time-zone shift when its hour allows it: the URL's day wins. When the page shows only its update date near the
    /// title, that date is taken, unless an Open Graph publication tag states the published day (measured on the dev
    /// sets: readers and annotators then keep the published day; with JSON-LD alone they mostly take the shown update).
    mutating func published() -> DateAttribution? {
        cachedScan = scanTree()
        guard var found = machineOrFallbackDate() else { return nil }
        guard found.source == .jsonLD || found.source == .meta || found.source == .timeElement else { return found }
        // The page shows the modified date and not the published one: readers (and annotators) see that date, unless
        // an Open Graph publication tag states the published day as well. (On forum and Q&A pages the modified date
        // is the last reply.)
        // (Measured: never taking the update date loses 1.8 points on WCXB dated pages and 1.2 on the htmldate set,
        // whose annotators take the date the page shows.)
        if let modified = modified(), modified.date != found.date, modified.date > found.date,
           !declaredByMeta(found.date), !isThread {
            if visibleDates(window: 1500).contains(modified.date) && !visibleDates(window: 4000).contains(found.date) {
                found.evidence = (found.evidence ?? "") + "; the page shows the update date \(modified.date) instead"
                found.date = modified.date
                return found
            }
        }
        // A URL date one day away from a machine-readable date: the time stamp is in another time zone (often UTC)
        // than the site's own day, which the URL carries. (Dates shown on the page are not used for this: they are
        // as often rendered in UTC by the archive as in the site's zone.)
        // The time stamp's hour must allow the shift: an earlier URL day needs a time before 10:00, a later one a time
        // from 14:00 (no common site zone is 10 hours away from the stamp's own).
        if let url, let date = urlDate(url), date != found.date, abs(date.dayNumber - found.date.dayNumber) == 1,
           Self.timestampHour(found.evidence ?? "").map({ hour in
               date < found.date ? hour < Self.latestHourForEarlierDay : hour >= Self.earliestHourForLaterDay }) ?? true {
            found.evidence = (found.evidence ?? "") + "; day taken from the date in the URL"
            found.date = date
        }
        return found
    }

    private func machineOrFallbackDate() -> DateAttribution? {
        if let value = PageSignals.string(signals.jsonLDValue("datePublished", articlesOnly: true))
            ?? PageSignals.string(signals.jsonLDValue("datePublished"))
            ?? PageSignals.string(signals.jsonLDValue("dateCreated", articlesOnly: true)),
           let date = parseValue(value) {
            // A JSON-LD date written for humans ("Jun 24, 2025") comes from a hand-made template, often filled with
            // another date than the article's; a date element near the title that says otherwise wins.
            if CalendarDate(iso: value) == nil, !declaredByMeta(date), let element = dateElement(), element.date != date,
               element.confidence >= 0.7 {
                return element
            }
            // The same when no date element exists but a plain line right under the title shows another date.
            if CalendarDate(iso: value) == nil, !declaredByMeta(date), dateElement() == nil,
               let shown = firstDateAfterTitle(window: 300), shown != date, !visibleDates(window: 1500).contains(date) {
                return DateAttribution(date: shown, source: .text, confidence: 0.6,
                                       evidence: "date under the title (the JSON-LD date \(value) is a template's)")
            }
            // JSON-LD and an Open Graph publication tag disagree: the one the page shows under its title wins.
            if let openGraph = openGraphPublished(), openGraph.date != date {
                let shown = visibleDates(window: 1500)
                if shown.contains(openGraph.date) && !shown.contains(date) { return openGraph }
            }
            return DateAttribution(date: date, source: .jsonLD, confidence: 0.95, evidence: "JSON-LD datePublished \(value)")
        }
        for key in vocabulary.publishedMetaKeys where !vocabulary.genericMetaKeys.contains(key) {
            if let value = signals.meta[key], let date = parseValue(value) {
                return DateAttribution(date: date, source: .meta, confidence: 0.9, evidence: "meta \(key) \(value)")
            }
        }
        if let found = scan.itemprop { return found }
        if let found = timeElement(publishedOnly: true) { return found }
        if let url, let date = urlDate(url) {
            return DateAttribution(date: date, source: .url, confidence: 0.8, evidence: "date in URL")
        }
        if let found = dateElement() { return found }
        // A generic `date` / `dc.date` meta is often the last change or the page build: after the dated elements.
        for key in vocabulary.genericMetaKeys {
            if let value = signals.meta[key], let date = parseValue(value) {
                return DateAttribution(date: date, source: .meta, confidence: 0.75, evidence: "meta \(key) \(value)")
            }
        }
        if let found = timeElement(publishedOnly: false) { return found }
        if let found = imageDate() { return found }
        if let found = textDate() { return found }
        if let found = sourceTimestamp() { return found }
        if let value = PageSignals.string(signals.jsonLDValue("dateModified")), let date = parseValue(value) {
            return DateAttribution(date: date, source: .jsonLD, confidence: 0.5, evidence: "JSON-LD dateModified only \(value)")
        }
        for key in vocabulary.modifiedMetaKeys {
            if let value = signals.meta[key], let date = parseValue(value) {
                return DateAttribution(date: date, source: .meta, confidence: 0.45, evidence: "meta \(key) only \(value)")
            }
        }
        return nil
    }

    func modified() -> DateAttribution? {
        if let value = PageSignals.string(signals.jsonLDValue("dateModified", articlesOnly: true))
            ?? PageSignals.string(signals.jsonLDValue("dateModified")), let date = parseValue(value) {
            return DateAttribution(date: date, source: .jsonLD, confidence: 0.95, evidence: "JSON-LD dateModified \(value)")
        }
        for key in vocabulary.modifiedMetaKeys {
            if let value = signals.meta[key], let date = parseValue(value) {
                return DateAttribution(date: date, source: .meta, confidence: 0.9, evidence: "meta \(key) \(value)")
            }
        }
        for key in vocabulary.modifiedPropertyKeys.sorted() {
            for value in signals.itemprops[key] ?? [] {
                if let date = parseValue(value) {
                    return DateAttribution(date: date, source: .timeElement, confidence: 0.85, evidence: "itemprop \(key)")
                }
            }
        }
        return nil
    }

    /// A date in the URL path: /2021/12/14/, /2021-12-14-, /20211214/.
    func urlDate(_ url: String) -> CalendarDate? {
        var path = Substring(url)
        if let scheme = path.range(of: "://") { path = path[scheme.upperBound...] }
        if let slash = path.firstIndex(of: "/") { path = path[slash...] } else { return nil }
        return parser.dates(in: String(path.prefix(300)), dayFirst: false, limit: 3).first { $0.unambiguous }?.date
    }

    /// `<time datetime>` (or `pubdate`) elements; with `publishedOnly`, only those marked as publication time.
    private func timeElement(publishedOnly: Bool) -> DateAttribution? {
        for index in tree.elements(.time) {
            guard let value = tree.attribute(index, .datetime) ?? Optional(tree.text(of: index)), !value.isEmpty else { continue }
            if publishedOnly {
                let hints = tree.classAndID(index) + Array((tree.attribute(index, .itemprop) ?? "").lowercased().utf8)
                    + ancestorHints(index)
                let marked = BoilerplateRules.containsAny(hints, [Array("publish".utf8), Array("pubdate".utf8),
                                                                   Array("post-date".utf8), Array("entry-date".utf8),
                                                                   Array("created".utf8)])
                let updated = BoilerplateRules.containsAny(hints, [Array("update".utf8), Array("modif".utf8)])
                guard marked && !updated else { continue }
            } else {
                if finder.removed[index] && !isNearTop(index) { continue }
                let hints = tree.classAndID(index) + ancestorHints(index)
                if BoilerplateRules.containsAny(hints, [Array("comment".utf8), Array("related".utf8)]) { continue }
            }
            if let date = parseValue(value) {
                return DateAttribution(date: date, source: .timeElement, confidence: publishedOnly ? 0.85 : 0.7,
                                       evidence: "<time> \(value)")
            }
        }
        return nil
    }

    private func ancestorHints(_ index: Int) -> [UInt8] {
        var result: [UInt8] = []
        var ancestor = Int(tree.nodes[index].parent)
        var level = 0
        while ancestor > 0 && level < 2 {
            result.append(32)
            result += tree.classAndID(ancestor)
            ancestor = Int(tree.nodes[ancestor].parent)
            level += 1
        }
        return result
    }

    private func isNearTop(_ index: Int) -> Bool {
        guard let h1 = signals.headings1.first else { return false }
        return abs(index - h1) < 200
    }

    /// The short date-like element nearest the H1 (computed once by `scanTree`).
    private func dateElement() -> DateAttribution? {
        (cachedScan ?? scanTree()).dateElement
    }

    private var scan: Scan { cachedScan ?? scanTree() }

    /// One walk over the tree: short elements whose class/id says date/time/published (not "updated", not a comment,
    /// not today's date in a page header), the nearest the H1 first, a date labelled as updated counting as farther
    /// and one labelled as published as nearer; and the first microdata publication date in document order
    /// (on Q&A and forum pages the question or first post comes before the answers and comments).
    private func scanTree() -> Scan {
        var result = Scan()
        var best: (cost: Int, label: DateVocabulary.Label, date: CalendarDate, text: String)?
        let anchor = signals.headings1.first ?? 0
        // The class/id test runs once per distinct class/id string (0: not yet, 1: a date hint, 2: not one), and only
        // for small elements (the size test is cheaper; the order of these conjunctions changes nothing).
        var hinted = [UInt8](repeating: 0, count: tree.classStrings.count)
        let excludedHints = [Array("update".utf8), Array("modif".utf8), Array("comment".utf8)]
        let today = tree.classStringsContaining(vocabulary.todayElementHints)
        // PageSignals already collected every microdata value: without a publication key there is nothing to find.
        let lookForItemprop = vocabulary.publishedPropertyKeys.contains { signals.itemprops[$0] != nil }
        for index in 0..<tree.nodes.count {
            let node = tree.nodes[index]
            guard let tag = node.tag, !tag.isInvisible, tag != .body, tag != .html, node.end > node.start else { continue }
            if lookForItemprop, result.itemprop == nil, tag != .meta,
               let key = (tree.attribute(index, .itemprop) ?? tree.attribute(index, .property)).map(vocabulary.propertyName),
               vocabulary.publishedPropertyKeys.contains(key), !finder.removed[index] || isNearTop(index) {
                let value = tree.attribute(index, .datetime) ?? tree.attribute(index, .content) ?? tree.text(of: index)
                if !value.isEmpty, value.utf8.count < 300, let date = parseValue(value) {
                    result.itemprop = DateAttribution(date: date, source: .timeElement, confidence: 0.85,
                                                      evidence: "itemprop \(key) \(value)")
                }
            }
            let chars = Int(node.subtreeEnd) - index
            guard chars < 40 else { continue }
            let key = tree.classKey(index)
            if hinted[key] == 0 {
                let classAndID = tree.classAndID(index)
                hinted[key] = !classAndID.isEmpty && BoilerplateRules.containsAny(classAndID, vocabulary.dateElementHints)
                    && !BoilerplateRules.containsAny(classAndID, excludedHints) ? 1 : 2
            }
            guard hinted[key] == 1 else { continue }
            // A date in removed page furniture (related stories, sidebars, footers, the page header) is another
            // page's or today's date, unless it sits right by the H1.
            if finder.removed[index], signals.headings1.isEmpty || abs(index - anchor) >= 50,
               isFurniture(index, anchor: anchor) { continue }
            // Today's date in a page header (the element or one inside it says so).
            if (index..<Int(node.subtreeEnd)).contains(where: { tree.nodes[$0].tag != nil && today[tree.classKey($0)] }) { continue }
            let text = tree.text(of: index)
            guard text.count >= 6 else { continue }
            // A longer block (date line followed by tags or a teaser) counts when it starts with the date line.
            guard let match = parser.dates(in: text.count <= 120 ? text : String(text.prefix(60)), dayFirst: dayFirst,
                                           limit: 1, twoDigitYears: true).first else { continue }
            let label = labels(of: [match], in: text)[0]
            guard label != .ignored else { continue }
            // Distance to the H1 in nodes; a labelled update date counts as farther, a labelled publication as nearer.
            let cost = abs(index - anchor) + (label == .modified ? 200 : label == .published ? -50 : 0)
            if best == nil || cost < best!.cost { best = (cost, label, match.date, text) }
        }
        if let best {
            result.dateElement = DateAttribution(date: best.date, source: .text, confidence: best.label == .modified ? 0.5 : 0.7,
                                                 evidence: "date element “\(best.text)”")
        }
        return result
    }

    /// A URL day before the time stamp's day is a time-zone shift only for stamps before this hour…
    static let latestHourForEarlierDay = 10
    /// …and a URL day after it only for stamps from this hour.
    static let earliestHourForLaterDay = 14

    /// The hour of the first `YYYY-MM-DDThh:mm` / `YYYY-MM-DD hh:mm` timestamp in a string.
    static func timestampHour(_ string: String) -> Int? {
        let bytes = Array(string.utf8)
        guard bytes.count >= 16 else { return nil }
        func digit(_ i: Int) -> Bool { bytes[i] >= 48 && bytes[i] <= 57 }
        for i in 0...(bytes.count - 16) where bytes[i + 4] == 45 && bytes[i + 7] == 45
            && (bytes[i + 10] == 84 || bytes[i + 10] == 32) && bytes[i + 13] == 58 && digit(i) && digit(i + 11) && digit(i + 12) {
            return Int(bytes[i + 11] - 48) * 10 + Int(bytes[i + 12] - 48)
        }
        return nil
    }

    /// A date in page furniture: inside a footer, aside, nav or a header without the H1, or an element whose class/id
    /// says related stories, sidebar, widget or comments (`DateVocabulary.furnitureHints`); the climb stops at an
    /// ancestor that holds the H1 or half the page (a layout wrapper named "has-sidebar").
    private func isFurniture(_ index: Int, anchor: Int) -> Bool {
        var ancestor = Int(tree.nodes[index].parent)
        let hasTitle = signals.headings1.first != nil
        while ancestor > finder.bodyIndex {
            let node = tree.nodes[ancestor]
            if hasTitle && anchor >= ancestor && anchor < Int(node.subtreeEnd) { return false }
            if (Int(node.subtreeEnd) - ancestor) * 2 > tree.nodes.count { return false }
            if let tag = node.tag, tag == .footer || tag == .aside || tag == .nav || tag == .header { return true }
            if BoilerplateRules.containsAny(tree.classAndID(ancestor), vocabulary.furnitureHints) { return true }
            ancestor = Int(node.parent)
        }
        return false
    }

    /// A forum thread or Q&A page (its modified date is the last reply); a FAQ block on an article does not count.
    private var isThread: Bool {
        finder.isDiscussion && !signals.jsonLD.contains { PageSignals.types($0).contains("faqpage") }
    }

    /// The day of the first Open Graph publication tag (`article:published_time`, …).
    private func openGraphPublished() -> DateAttribution? {
        for key in vocabulary.openGraphPublishedKeys {
            if let value = signals.meta[key], let date = parseValue(value) {
                return DateAttribution(date: date, source: .meta, confidence: 0.9, evidence: "meta \(key) \(value)")
            }
        }
        return nil
    }

    /// True when an Open Graph publication tag (`article:published_time`, …) gives this day.
    private func declaredByMeta(_ date: CalendarDate) -> Bool {
        vocabulary.openGraphPublishedKeys.contains { key in signals.meta[key].flatMap(parseValue) == date }
    }

    /// The day in the folders of the lead image URL (`og:image` …/2021/12/14/…): the upload day, usually the
    /// publication day. Dates in the file name (a photo shoot, a camera counter) are not used.
    private func imageDate() -> DateAttribution? {
        for key in vocabulary.imageMetaKeys {
            guard let value = signals.meta[key] else { continue }
            let folders = value.split(separator: "/", omittingEmptySubsequences: false).dropLast()
            for (offset, folder) in folders.enumerated() where folder.count == 4 && offset + 2 < folders.count {
                let month = folders[folders.startIndex + offset + 1], day = folders[folders.startIndex + offset + 2]
                guard month.count == 2, day.count == 2, let y = Int(folder), let m = Int(month), let d = Int(day),
                      y >= parser.earliestYear, CalendarDate.isValid(year: y, month: m, day: d) else { continue }
                let date = CalendarDate(year: y, month: m, day: d)
                guard date <= parser.latest else { continue }
                return DateAttribution(date: date, source: .url, confidence: 0.5, evidence: "date in the folders of the \(key) URL")
            }
        }
        return nil
    }

    /// The first timestamp (`YYYY-MM-DDThh:mm`, `YYYY-MM-DD hh:mm`, `YYYY/MM/DD hh:mm`) anywhere in the page source (attributes,
    /// scripts, comments): htmldate's extensive search, as a last resort.
    private func sourceTimestamp() -> DateAttribution? {
        let count = source.count
        guard count > 16 else { return nil }
        return source.withUnsafeBufferPointer { bytes -> DateAttribution? in
            func digit(_ i: Int) -> Int? { bytes[i] >= 48 && bytes[i] <= 57 ? Int(bytes[i] - 48) : nil }
            var index = 0
            while index + 16 < count {
                let separator = bytes[index + 4]
                if separator == 45 || separator == 47, bytes[index + 7] == separator,
                   bytes[index + 10] == 84 || bytes[index + 10] == 32,
                   bytes[index + 13] == 58,
                   let y1 = digit(index), let y2 = digit(index + 1), let y3 = digit(index + 2), let y4 = digit(index + 3),
                   let m1 = digit(index + 5), let m2 = digit(index + 6), let d1 = digit(index + 8), let d2 = digit(index + 9),
                   digit(index + 11) != nil, digit(index + 12) != nil {
                    let year = y1 * 1000 + y2 * 100 + y3 * 10 + y4
                    let month = m1 * 10 + m2, day = d1 * 10 + d2
                    if year >= parser.earliestYear, CalendarDate.isValid(year: year, month: month, day: day) {
                        let date = CalendarDate(year: year, month: month, day: day)
                        if date <= parser.latest {
                            return DateAttribution(date: date, source: .meta, confidence: 0.3,
                                                   evidence: "first timestamp in the page source")
                        }
                    }
                }
                index += 1
            }
            return nil
        }
    }

    /// True when the element holds the page's H1.
    private func holdsTitle(_ index: Int) -> Bool {
        guard let h1 = signals.headings1.first else { return false }
        return h1 > index && h1 < Int(tree.nodes[index].subtreeEnd)
    }

    /// The first date written in the first `window` characters of visible text after the H1.
    private func firstDateAfterTitle(window: Int) -> CalendarDate? {
        guard let start = signals.headings1.first else { return nil }
        let text = visibleText(from: Int(tree.nodes[start].subtreeEnd), limit: window)
        let string = String(decoding: text.prefix(window), as: UTF8.self)
        let matches = parser.dates(in: string, dayFirst: dayFirst, limit: 3, twoDigitYears: true)
        return zip(matches, labels(of: matches, in: string)).first { $0.1 < .modified }?.0.date
    }

    /// Dates written in the first visible text after the H1 (bylines, date lines).
    private func visibleDates(window: Int) -> Set<CalendarDate> {
        let text = visibleText(from: signals.headings1.first ?? finder.bodyIndex, limit: window)
        var result = Set(parser.dates(in: String(decoding: text.prefix(window), as: UTF8.self), dayFirst: dayFirst, limit: 20).map(\.date))
        if window > 1000, let element = dateElement() { result.insert(element.date) }
        return result
    }

    /// The label written before each match (within the 48 characters before it, not reaching back past the previous
    /// date): "Published", "Updated", "Today is", "Member since", … (`DateVocabulary`).
    func labels(of matches: [DateStringParser.Match], in string: String) -> [DateVocabulary.Label] {
        guard !matches.isEmpty else { return [] }
        let scalars = Array(string.unicodeScalars)
        var result: [DateVocabulary.Label] = []
        var previousEnd = 0
        for match in matches {
            let position = min(match.position, scalars.count)
            let start = max(previousEnd, position - 48, 0)
            var context = String.UnicodeScalarView()
            if start < position { context.append(contentsOf: scalars[start..<position]) }
            result.append(vocabulary.label(before: Substring(String(context))))
            previousEnd = position + 1
        }
        return result
    }

    /// A date in the last 150 characters of visible text before the H1 (not labelled as an update, today's date or
    /// a join date, not inside an element that shows today's date).
    private func dateAboveTitle(_ h1: Int) -> DateAttribution? {
        let today = tree.classStringsContaining(vocabulary.todayElementHints)
        func showsToday(_ index: Int) -> Bool {
            var ancestor = Int(tree.nodes[index].parent)
            for _ in 0..<4 where ancestor > 0 {
                if today[tree.classKey(ancestor)] { return true }
                ancestor = Int(tree.nodes[ancestor].parent)
            }
            return false
        }
        var pieces: [ArraySlice<UInt8>] = []
        var length = 0
        var position = h1 - 1
        while position > finder.bodyIndex && length < 150 {
            let node = tree.nodes[position]
            if node.tag == nil, tree.nodes[Int(node.parent)].tag.map({ !$0.isInvisible }) ?? true, !showsToday(position) {
                pieces.append(tree.textBytes(position))
                length += pieces.last!.count + 1
            }
            position -= 1
        }
        guard length > 0 else { return nil }
        var text: [UInt8] = []
        for piece in pieces.reversed() { text.append(32); text.append(contentsOf: piece) }
        let string = String(decoding: text.suffix(150), as: UTF8.self)
        let matches = parser.dates(in: string, dayFirst: dayFirst, limit: 5, twoDigitYears: true)
        guard let match = Array(zip(matches, labels(of: matches, in: string))).last(where: { $0.1 < .modified })?.0 else {
            return nil
        }
        return DateAttribution(date: match.date, source: .text, confidence: 0.55, evidence: "date just above the title")
    }

    /// The visible text from node `start` on, each text node after a space, until at least `limit` bytes are
    /// gathered; invisible subtrees and those `skips` names are left out.
    private func visibleText(from start: Int, limit: Int,
                             skipping skips: (Int, HTMLTag) -> Bool = { _, _ in false }) -> [UInt8] {
        var text: [UInt8] = []
        var position = start
        while position < tree.nodes.count && text.count < limit {
            let node = tree.nodes[position]
            if let tag = node.tag, tag.isInvisible || skips(position, tag) { position = Int(node.subtreeEnd); continue }
            if node.tag == nil { text.append(32); text.append(contentsOf: tree.textBytes(position)) }
            position += 1
        }
        return text
    }

    /// Dates written in the visible text: after the H1 (bylines), the first one labelled as published, else the first
    /// unlabelled one, else the first labelled as updated; failing that, anywhere in the page the first date labelled
    /// as published, else as updated, else the most frequent date. Dates labelled as today's date, a join date or a
    /// copyright are never taken.
    private func textDate() -> DateAttribution? {
        // Navigation, footers and a page header (today's date, a menu of dated stories) are not bylines.
        let text = visibleText(from: signals.headings1.first ?? finder.bodyIndex, limit: 3000) { position, tag in
            tag == .nav || tag == .footer || (tag == .header && !holdsTitle(position))
        }
        let string = String(decoding: DateTextWindows.windows(text), as: UTF8.self)
        let near = parser.dates(in: string, dayFirst: dayFirst, limit: 20, twoDigitYears: true)
        let nearLabels = labels(of: near, in: string)
        var chosen: (date: CalendarDate, label: DateVocabulary.Label)?
        for (match, label) in zip(near, nearLabels) where label != .ignored {
            if chosen == nil || label < chosen!.label { chosen = (match.date, label) }
        }
        // The line just above the title (a kicker "Dec 12, 2025 · 4 min read"): before unlabelled dates in the text.
        if chosen?.label != .published, let h1 = signals.headings1.first, let kicker = dateAboveTitle(h1) {
            return kicker
        }
        if let chosen {
            let confidence = [DateVocabulary.Label.published: 0.7, .none: 0.55][chosen.label] ?? 0.45
            let evidence = chosen.label == .published ? "date labelled as published after the title"
                : chosen.label == .modified ? "date labelled as updated after the title" : "first date after the title"
            return DateAttribution(date: chosen.date, source: .text, confidence: confidence, evidence: evidence)
        }
        // Anywhere in the page: the most frequent written date (ties: the earliest in the page).
        let page = visibleText(from: finder.bodyIndex, limit: 20_000)
        let whole = String(decoding: DateTextWindows.windows(page), as: UTF8.self)
        let all = parser.dates(in: whole, dayFirst: dayFirst, limit: 200, twoDigitYears: true)
        let allLabels = labels(of: all, in: whole)
        // A date labelled as published, else as updated ("Aktualisiert: 30.12.2016" under the text), speaks of the page
        // itself; unlabelled ones are as often the dates of the events it tells.
        if let labelled = zip(all, allLabels).filter({ $0.1 == .published || $0.1 == .modified }).min(by: { $0.1 < $1.1 }) {
            return DateAttribution(date: labelled.0.date, source: .text, confidence: labelled.1 == .published ? 0.45 : 0.4,
                                   evidence: labelled.1 == .published ? "date labelled as published in the page"
                                       : "date labelled as updated in the page")
        }
        let matches = zip(all, allLabels).filter { $0.1 != .ignored }.map(\.0)
        var counts: [CalendarDate: Int] = [:]
        for match in matches { counts[match.date, default: 0] += 1 }
        guard let best = matches.max(by: { counts[$0.date]! < counts[$1.date]! }) else { return nil }
        return DateAttribution(date: best.date, source: .text, confidence: 0.35, evidence: "most frequent date in the page")
    }
}
