import Model

/// Cleans a plain-text scrape: finds the title, drops the page header above it (weather, today's date,
/// navigation headings, section labels), advertisement markers, photo credits, read-also teasers, teaser blocks
/// of other stories, comment-form lines, newsletter prompts and repeats of the title; inside lines, the debris of
/// `InlineDebrisCleaner` (reader comments, wire trailers, datelines, page stamps, captions); on a one-line page, the
/// headline and captions glued to the lead (`LeadRunSplitter`); keeps subheadings and
/// bullet lists; records every removed line or piece with its reason.
struct PlainTextCleaner {
    /// A kept line and its role.
    struct Line {
        enum Role { case paragraph, subheading, bullet }
        var text: String
        var role: Role
        /// A blank line preceded it in the input.
        var startsBlock: Bool
    }

    struct Result {
        var title: String?
        var lines: [Line]
        var removed: [RemovedBlock]
        /// A date line printed right under the title (not a page header date).
        var published: DateAttribution?
        /// The outlet named by a "Source:" credit line.
        var source: String?
        /// The earliest page header date (the day the page was shown): the article is not later than it.
        var notAfter: CalendarDate?
        /// The masthead: a short first line printed right above the page header date ("NORTHGATE POST").
        var siteName: String?
    }

    let rules: TextDebrisRules
    let inlineCleaner: InlineDebrisCleaner
    let leadRunSplitter: LeadRunSplitter
    let dates: DateStringParser

    init(rules: TextDebrisRules = .shared, inlineRules: InlineDebrisRules = .shared, latest: CalendarDate) {
        self.rules = rules
        self.inlineCleaner = InlineDebrisCleaner(rules: inlineRules)
        self.leadRunSplitter = LeadRunSplitter(rules: inlineRules.leadRun)
        self.dates = DateStringParser(latest: latest)
    }

    static func words(_ line: String) -> Int { line.split(whereSeparator: { $0.isWhitespace }).count }

    /// A line that is only a date (optionally with a weekday and time).
    func dateOnly(_ line: String) -> CalendarDate? {
        guard PlainTextCleaner.words(line) <= 8, let match = dates.dates(in: line, dayFirst: false, limit: 1).first else { return nil }
        let letters = line.filter { $0.isLetter }.count
        return letters <= 24 ? match.date : nil
    }

    static func isLongParagraph(_ line: String) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard words(trimmed) >= 30 else { return false }
        return !(trimmed.hasSuffix("…") || trimmed.hasSuffix("..."))
    }

    static func bulletText(_ line: String) -> String? {
        for marker in ["• ", "· ", "* ", "- ", "▪ ", "◦ ", "●"] where line.hasPrefix(marker) {
            return String(line.dropFirst(marker.count)).trimmingCharacters(in: .whitespaces)
        }
        if line.hasPrefix("– "), !line.hasSuffix("–") { return String(line.dropFirst(2)).trimmingCharacters(in: .whitespaces) }
        if line.hasPrefix("•") { return String(line.dropFirst()).trimmingCharacters(in: .whitespaces) }
        return nil
    }

    /// The lines of a text, split at LF, CRLF and lone CR (a `Character` split on "\n" would miss CRLF lines).
    static func lines(_ text: String) -> [String] {
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" || scalar == "\r" {
                if !(scalar == "\n" && previousWasCR) {
                    lines.append(String(current))
                    current = String.UnicodeScalarView()
                }
                previousWasCR = scalar == "\r"
                continue
            }
            previousWasCR = false
            current.append(scalar)
        }
        lines.append(String(current))
        return lines.map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// A line that can be a headline: 4–30 words, no closing full stop, not debris, not a date.
    func isHeadlineCandidate(_ line: String) -> Bool {
        let count = PlainTextCleaner.words(line)
        return count >= 4 && count <= 30 && !line.hasSuffix(".") && rules.reason(for: line) == nil
            && !rules.isTeaserHeading(line) && dateOnly(line) == nil
    }

    /// The title line: a headline-like line printed twice or more before the body starts (scrapes repeat the
    /// headline in the page title, the breadcrumb and the article header), else the first headline-like line.
    func titleIndex(_ rawLines: [String]) -> Int? {
        var first: Int?
        var seen: [String: Int] = [:]
        var bodyStart = rawLines.count
        for (index, line) in rawLines.enumerated() where !line.isEmpty {
            if PlainTextCleaner.isLongParagraph(line) { bodyStart = index; break }
            guard isHeadlineCandidate(line) else { continue }
            if first == nil { first = index }
            let normalized = TextDebrisRules.normalize(line)
            if let earlier = seen[normalized] { return earlier }
            seen[normalized] = index
        }
        guard let first else { return nil }
        // Body text before the first headline: no title line.
        let skipped = rawLines[0..<min(first, bodyStart)].contains { line in
            PlainTextCleaner.words(line) > 3 && rules.reason(for: line) == nil && !rules.isTeaserHeading(line)
                && dateOnly(line) == nil
        }
        return skipped || first > bodyStart ? nil : first
    }

    /// The first line of the page when it is a short name printed right above the page header date.
    func masthead(_ rawLines: [String], before end: Int) -> String? {
        let nonEmpty = rawLines[0..<end].enumerated().filter { !$0.element.isEmpty }
        guard nonEmpty.count >= 2 else { return nil }
        let name = nonEmpty[0].element
        guard PlainTextCleaner.words(name) <= 5, !name.contains(where: \.isNumber), name.first?.isUppercase == true,
              !name.contains(where: { ".!?:;,|»".contains($0) }), rules.reason(for: name) == nil,
              dateOnly(nonEmpty[1].element) != nil else { return nil }
        if name == name.uppercased() {
            return name.split(separator: " ").map { $0.prefix(1) + $0.dropFirst().lowercased() }.joined(separator: " ")
        }
        return name
    }

    func clean(_ text: String) -> Result {
        let rawLines = PlainTextCleaner.lines(text)
        var removed: [RemovedBlock] = []
        // 1. The title.
        let titleIndex = titleIndex(rawLines)
        var firstBodyIndex = titleIndex.map { $0 + 1 } ?? 0
        if titleIndex == nil {
            // Header lines up to the first real line of text.
            firstBodyIndex = rawLines.firstIndex { PlainTextCleaner.words($0) > 3 && rules.reason(for: $0) == nil } ?? 0
        }
        // 2. Page header above the title.
        let headerEnd = titleIndex ?? firstBodyIndex
        let siteName = masthead(rawLines, before: headerEnd)
        var notAfter: CalendarDate?
        for line in rawLines[0..<headerEnd] where !line.isEmpty {
            let reason: String
            if let siteName, line.caseInsensitiveCompare(siteName) == .orderedSame, removed.isEmpty {
                reason = "masthead (site name)"
            } else if let headerDate = dateOnly(line) {
                notAfter = min(notAfter ?? headerDate, headerDate)
                reason = "page header date"
            } else if let rule = rules.reason(for: line) {
                reason = rule
            } else if rules.isTeaserHeading(line) {
                reason = "navigation heading"
            } else {
                reason = "page header line"
            }
            removed.append(RemovedBlock(text: line, reason: reason))
        }
        let title = titleIndex.map { rawLines[$0] }
        let normalizedTitle = title.map(TextDebrisRules.normalize)
        // 3. The body.
        var kept: [Line] = []
        var published: DateAttribution?
        var source: String?
        var teaserMode = false
        var sawBlank = false
        var linesSinceTitle = 0
        /// Set once a comment section or a closing trailer has started: every later line goes with this reason.
        var restReason: String?
        for line in rawLines[firstBodyIndex...] {
            if line.isEmpty { sawBlank = true; continue }
            linesSinceTitle += 1
            let normalized = TextDebrisRules.normalize(line)
            if let normalizedTitle, normalized == normalizedTitle {
                removed.append(RemovedBlock(text: line, reason: "repeated title"))
                continue
            }
            if let date = dateOnly(line) {
                if linesSinceTitle <= 3 && title != nil && published == nil {
                    published = DateAttribution(date: date, source: .text, confidence: 0.75, evidence: "date line under the title")
                    removed.append(RemovedBlock(text: line, reason: "publication date line"))
                } else {
                    removed.append(RemovedBlock(text: line, reason: "date line"))
                }
                continue
            }
            if rules.isTeaserHeading(line) {
                removed.append(RemovedBlock(text: line, reason: "teaser heading"))
                teaserMode = true
                continue
            }
            if teaserMode {
                if PlainTextCleaner.isLongParagraph(line) {
                    teaserMode = false
                } else if rules.reason(for: line) == nil {
                    removed.append(RemovedBlock(text: line, reason: "teaser of another story"))
                    continue
                }
            }
            if let reason = rules.reason(for: line) {
                removed.append(RemovedBlock(text: line, reason: reason))
                if reason == "source credit", let colon = line.firstIndex(of: ":") {
                    let name = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                    if !name.isEmpty { source = name }
                }
                continue
            }
            if let restReason {
                removed.append(RemovedBlock(text: line, reason: restReason))
                continue
            }
            // Debris inside the line (scraped feeds often hold a whole page as one line).
            let inline = inlineCleaner.clean(line)
            removed += inline.removed
            restReason = inline.restReason
            var line = inline.text
            if line.isEmpty { continue }
            // A one-line page with no title line: a headline and captions glued to the lead are split off.
            if kept.isEmpty, title == nil, let split = leadRunSplitter.split(line) {
                kept.append(Line(text: split.heading, role: .subheading, startsBlock: sawBlank))
                removed += split.captions.map { RemovedBlock(text: $0, reason: leadRunSplitter.rules.reason) }
                line = split.rest
                sawBlank = true
            }
            let role: Line.Role
            var content = line
            if let bullet = PlainTextCleaner.bulletText(line) {
                role = .bullet
                content = bullet
            } else if PlainTextCleaner.words(line) <= 14, let last = line.last, !".!?;,:…".contains(last) || line.hasSuffix("?\"") {
                role = .subheading
            } else {
                role = .paragraph
            }
            kept.append(Line(text: content, role: role, startsBlock: sawBlank))
            sawBlank = false
        }
        // 4. Trailing short lines after the last paragraph that look like site furniture (no sentence end).
        while let last = kept.last, last.role == .subheading, kept.count > 1 {
            if kept.dropLast().contains(where: { $0.role == .paragraph }) {
                // A closing subheading with nothing under it is a widget title.
                removed.append(RemovedBlock(text: last.text, reason: "trailing widget title"))
                kept.removeLast()
            } else {
                break
            }
        }
        return Result(title: title, lines: kept, removed: removed, published: published, source: source, notAfter: notAfter,
                      siteName: siteName)
    }
}
