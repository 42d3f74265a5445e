/// Finds top-level quotation regions paragraph by paragraph: curly “…” „…“ «…» by direction with nesting,
/// straight `"` and `''` by context, single ‘…’ (and `'` before a capital) at top level only.
///
/// A quotation still open at the end of its paragraph runs to the paragraph end (multi-paragraph quotations,
/// missing closers); a closing mark with no opener quotes back to the previous region or the paragraph start.
/// An odd number of marks never fails: it only changes where a region ends.
struct QuotationMarkScanner: Sendable {
    func regions(in text: TokenizedText) -> [QuotationRegion] {
        let tokens = text.tokens
        var result: [QuotationRegion] = []
        var paragraphStart = 0
        var k = 0
        while k <= tokens.count {
            if k == tokens.count || (k > paragraphStart && tokens[k].paragraph != tokens[k - 1].paragraph) {
                scanParagraph(text, paragraphStart..<k, into: &result)
                paragraphStart = k
                if k == tokens.count { break }
            }
            k += 1
        }
        return result
    }

    private enum Style { case double, single, guillemet, low }

    private func scanParagraph(_ text: TokenizedText, _ range: Range<Int>, into result: inout [QuotationRegion]) {
        guard !range.isEmpty else { return }
        let tokens = text.tokens
        var open: Int? = nil
        var style = Style.double
        var depth = 0
        var lastEnd = range.lowerBound // first token after the previous region
        let paragraph = tokens[range.lowerBound].paragraph

        func canOpen(_ k: Int) -> Bool {
            k == range.lowerBound || tokens[k].spaceBefore
                || (tokens[k - 1].kind == .punctuation && tokens[k - 1].scalar != 0x2E && tokens[k - 1].scalar != 0x2C)
        }
        func canClose(_ k: Int) -> Bool {
            k + 1 >= range.upperBound || tokens[k + 1].spaceBefore || tokens[k + 1].kind == .punctuation
                || tokens[k + 1].kind == .quoteMark
        }
        func add(_ o: Int?, _ c: Int?, first: Int, last: Int) {
            guard first <= last, (first...last).contains(where: { tokens[$0].kind == .word || tokens[$0].kind == .number }) else { return }
            result.append(QuotationRegion(open: o, close: c, first: first, last: last, paragraph: paragraph))
        }

        for k in range where tokens[k].kind == .quoteMark {
            let s = tokens[k].scalar
            if let o = open {
                switch style {
                case .double, .low:
                    if s == 0x201C && style == .double && depth == 0 && !canClose(k) && canOpen(k) {
                        depth += 1
                    } else if s == 0x201C && style == .double && depth > 0 {
                        depth += 1
                    } else if s == 0x201D || (s == 0x201C && style == .low) || (s == 0x22 && (canClose(k) || !canOpen(k))) {
                        if depth > 0 { depth -= 1; continue }
                        add(o, k, first: o + 1, last: k - 1); open = nil; lastEnd = k + 1
                    } else if s == 0x22 {
                        // a straight mark that can only open: the previous quotation lost its closer
                        add(o, nil, first: o + 1, last: k - 1); open = k; lastEnd = k
                    }
                case .guillemet:
                    if s == 0xAB { depth += 1 } else if s == 0xBB {
                        if depth > 0 { depth -= 1; continue }
                        add(o, k, first: o + 1, last: k - 1); open = nil; lastEnd = k + 1
                    }
                case .single:
                    if (s == 0x2019 || s == 0x27) && canClose(k) {
                        add(o, k, first: o + 1, last: k - 1); open = nil; lastEnd = k + 1
                    }
                }
                continue
            }
            switch s {
            case 0x201C, 0x201F: open = k; style = .double; depth = 0
            case 0x201E, 0x201A: open = k; style = .low; depth = 0
            case 0xAB: open = k; style = .guillemet; depth = 0
            case 0x2018:
                if k + 1 < range.upperBound, tokens[k + 1].kind == .word { open = k; style = .single; depth = 0 }
            case 0x27:
                if canOpen(k), k + 1 < range.upperBound, tokens[k + 1].isCapitalized, !tokens[k + 1].spaceBefore {
                    open = k; style = .single; depth = 0
                }
            case 0x22:
                if canOpen(k) && !(canClose(k) && !(k + 1 < range.upperBound && tokens[k + 1].kind == .word)) {
                    open = k; style = .double; depth = 0
                } else {
                    add(nil, k, first: lastEnd, last: k - 1); lastEnd = k + 1
                }
            case 0x201D, 0xBB:
                add(nil, k, first: lastEnd, last: k - 1); lastEnd = k + 1
            default:
                break
            }
        }
        if let o = open { add(o, nil, first: o + 1, last: range.upperBound - 1) }
    }
}
