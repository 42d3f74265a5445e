import Foundation
import Model

/// Removes the debris inside one paragraph of running text (`InlineDebrisRules`): reader comments and comment-section
/// furniture, wire trailers, editor's notes, datelines, page stamps, photo captions with their credits. Every removed
/// piece is kept with its reason. Offsets are UTF-16 units, as the regular expressions report them.
struct InlineDebrisCleaner {
    /// The paragraph without its debris.
    struct Result {
        var text: String
        var removed: [RemovedBlock]
        /// Set when a comment section or a closing trailer starts in this paragraph: what follows it is debris too.
        var restReason: String?
    }

    let rules: InlineDebrisRules

    init(rules: InlineDebrisRules = .shared) {
        self.rules = rules
    }

    /// How far a sentence boundary is looked for around a match.
    static let sentenceReach = 2000

    func clean(_ paragraph: String) -> Result {
        let units = Array(paragraph.utf16)
        let length = units.count
        var cuts: [(range: Range<Int>, reason: String)] = []
        var captions: [(range: Range<Int>, reason: String)] = []
        var rest: (start: Int, reason: String)?
        let whole = NSRange(location: 0, length: length)
        for rule in rules.rules {
            rule.expression.enumerateMatches(in: paragraph, range: whole) { match, _, stop in
                guard let match else { return }
                let start = match.range.location
                let end = NSMaxRange(match.range)
                if let within = rule.within, start > within { stop.pointee = true; return }
                if let rest, start >= rest.start { stop.pointee = true; return }
                switch rule.extent {
                case .match:
                    cuts.append((start..<end, rule.reason))
                case .sentence:
                    cuts.append((sentenceStart(units, at: start)..<sentenceEnd(units, from: end), rule.reason))
                case .rest, .restFromMatch, .commentsBefore:
                    let from: Int
                    switch rule.extent {
                    case .rest: from = sentenceStart(units, at: start)
                    case .restFromMatch: from = start
                    default: from = commentStart(units, stamp: start)
                    }
                    if rest == nil || from < rest!.start { rest = (from, rule.reason) }
                    stop.pointee = true
                case .caption:
                    captions.append((start..<end, rule.reason))
                case .untilDateline:
                    let from = sentenceStart(units, at: start)
                    let reach = NSRange(location: end, length: min(rules.datelineReach, length - end))
                    let until = rules.dateline.firstMatch(in: paragraph, range: reach)?.range.location
                    cuts.append((from..<(until ?? sentenceEnd(units, from: end)), rule.reason))
                }
            }
        }
        // A caption runs back to the sentence before its credit, never into text removed for another reason. With no
        // sentence end before it, the caption would start the paragraph: only a short one is taken (a longer run is
        // the headline and summary the caption is glued to, and only the credit goes).
        var captionCuts: [(range: Range<Int>, reason: String)] = []
        for caption in captions {
            var from = caption.range.lowerBound
            if let before = lastNonSpace(units, before: caption.range.lowerBound) {
                let start = sentenceStart(units, at: before)
                let boundedByCut = cuts.contains { $0.range.upperBound <= caption.range.lowerBound && $0.range.upperBound > start }
                    || captionCuts.contains { $0.range.upperBound <= caption.range.lowerBound && $0.range.upperBound > start }
                var candidate = start
                for cut in cuts + captionCuts where cut.range.upperBound <= caption.range.lowerBound {
                    candidate = max(candidate, cut.range.upperBound)
                }
                let words = InlineDebrisCleaner.words(units[candidate..<caption.range.lowerBound])
                let bounded = start > 0 || boundedByCut
                if words <= rules.captionWords && (bounded || words <= rules.leadCaptionWords) { from = candidate }
            }
            captionCuts.append((from..<caption.range.upperBound, caption.reason))
        }
        // A gallery: captions are most of the text, and they are its content; only the credits go.
        let captionWords = captionCuts.reduce(0) { $0 + InlineDebrisCleaner.words(units[$1.range]) }
        if Set(captions.map(\.range.lowerBound)).count >= rules.galleryCredits, captionWords * 2 > InlineDebrisCleaner.words(units[...]) {
            captionCuts = captions
        }
        cuts += captionCuts
        let restStart = rest?.start ?? length
        var merged: [(range: Range<Int>, reason: String)] = []
        for cut in cuts.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            guard cut.range.lowerBound < restStart else { continue }
            let clipped = cut.range.lowerBound..<min(cut.range.upperBound, restStart)
            if let last = merged.last, clipped.lowerBound < last.range.upperBound {
                // Overlapping cuts: one block when they share the reason, else the later one keeps what it adds.
                guard clipped.upperBound > last.range.upperBound else { continue }
                if cut.reason == last.reason {
                    merged[merged.count - 1].range = last.range.lowerBound..<clipped.upperBound
                } else {
                    merged.append((last.range.upperBound..<clipped.upperBound, cut.reason))
                }
            } else {
                merged.append((clipped, cut.reason))
            }
        }
        var kept: [String] = []
        var removed: [RemovedBlock] = []
        var position = 0
        for cut in merged {
            kept.append(InlineDebrisCleaner.text(units[position..<cut.range.lowerBound]))
            removed.append(RemovedBlock(text: InlineDebrisCleaner.text(units[cut.range]), reason: cut.reason))
            position = cut.range.upperBound
        }
        kept.append(InlineDebrisCleaner.text(units[position..<restStart]))
        if let rest {
            let text = InlineDebrisCleaner.text(units[rest.start..<length])
            if !text.isEmpty { removed.append(RemovedBlock(text: text, reason: rest.reason)) }
        }
        let text = kept.filter { !$0.isEmpty }.joined(separator: " ")
        return Result(text: text, removed: removed.filter { !$0.text.isEmpty }, restReason: rest?.reason)
    }

    /// Where the comment ending at a stamp begins: the sentence right before the stamp, and the sentences before that
    /// (up to `commentLeadSentences` in all) while they are in a reader's voice.
    func commentStart(_ units: [UInt16], stamp: Int) -> Int {
        guard let last = lastNonSpace(units, before: stamp) else { return stamp }
        var start = sentenceStart(units, at: last)
        var taken = 1
        while taken < rules.commentLeadSentences, let previous = lastNonSpace(units, before: start) {
            let candidate = sentenceStart(units, at: previous)
            guard isCommentVoiced(units[candidate..<start]) else { break }
            start = candidate
            taken += 1
        }
        return start
    }

    /// A sentence with a first- or second-person word, or an exclamation or question mark.
    func isCommentVoiced(_ units: ArraySlice<UInt16>) -> Bool {
        var word: [UInt16] = []
        func isVoice() -> Bool {
            !word.isEmpty && rules.commentVoice.contains(String(decoding: word, as: UTF16.self).lowercased())
        }
        for unit in units {
            if unit == 33 || unit == 63 { return true }  // ! ?
            let isLetter = (unit >= 65 && unit <= 90) || (unit >= 97 && unit <= 122) || unit == 39 || unit == 0x2019
            if isLetter {
                word.append(unit == 0x2019 ? 39 : unit)
            } else {
                if isVoice() { return true }
                word.removeAll(keepingCapacity: true)
            }
        }
        return isVoice()
    }

    func lastNonSpace(_ units: [UInt16], before index: Int) -> Int? {
        var position = index - 1
        while position >= 0, InlineDebrisCleaner.isSpace(units[position]) { position -= 1 }
        return position >= 0 ? position : nil
    }

    /// The start of the sentence holding `index`.
    func sentenceStart(_ units: [UInt16], at index: Int) -> Int {
        var position = min(index, units.count)
        let floor = max(0, position - InlineDebrisCleaner.sentenceReach)
        while position > floor {
            if InlineDebrisCleaner.isSentenceStart(units, position) { return position }
            position -= 1
        }
        return floor == 0 ? 0 : index
    }

    /// The end of the sentence running on at `index` (the start of the next one, or the end of the text).
    func sentenceEnd(_ units: [UInt16], from index: Int) -> Int {
        var position = index
        let ceiling = min(units.count, index + InlineDebrisCleaner.sentenceReach)
        while position < ceiling {
            if position > index, InlineDebrisCleaner.isSentenceStart(units, position) { return position }
            position += 1
        }
        return ceiling == units.count ? units.count : index
    }

    /// A sentence starts after `. ! ? …` (and closing quotes or brackets) and white space, with a capital letter, a
    /// digit or an opening quote.
    static func isSentenceStart(_ units: [UInt16], _ index: Int) -> Bool {
        if index == 0 { return true }
        guard index < units.count, isSpace(units[index - 1]) else { return false }
        let first = units[index]
        let opens = (first >= 65 && first <= 90) || (first >= 48 && first <= 57) || first == 34 || first == 39
            || first == 0x201C || first == 0x2018 || first >= 0xC0
        guard opens else { return false }
        var position = index - 1
        while position >= 0, isSpace(units[position]) { position -= 1 }
        while position >= 0, [34, 39, 41, 0x201D, 0x2019].contains(units[position]) { position -= 1 }
        guard position >= 0 else { return false }
        return [46, 33, 63, 0x2026].contains(units[position])
    }

    static func isSpace(_ unit: UInt16) -> Bool { unit == 32 || (unit >= 9 && unit <= 13) || unit == 0xA0 }

    static func words(_ units: ArraySlice<UInt16>) -> Int {
        var count = 0
        var inWord = false
        for unit in units {
            if isSpace(unit) { inWord = false } else if !inWord { inWord = true; count += 1 }
        }
        return count
    }

    static func text(_ units: ArraySlice<UInt16>) -> String {
        String(decoding: units, as: UTF16.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
