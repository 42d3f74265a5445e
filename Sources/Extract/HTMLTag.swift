/// The HTML elements the extractor distinguishes; everything else is `.other` (treated as inline or generic).
enum HTMLTag: UInt8, Sendable {
    case other, html, head, body, title, meta, link, script, style, noscript, template, svg, math, iframe, object,
         embed, canvas, video, audio, picture, source, img, form, input, button, select, option, textarea, label,
         nav, header, footer, aside, main, article, section, div, span, p, br, hr, a, h1, h2, h3, h4, h5, h6,
         ul, ol, li, dl, dt, dd, blockquote, pre, code, table, thead, tbody, tfoot, tr, td, th, caption, figure,
         figcaption, time, address, b, strong, i, em, u, small, sup, sub, abbr, cite, q, mark, dialog, menu,
         details, summary, center, font, hgroup, base, del, ins, s

    private static let lookup: [UInt64: HTMLTag] = {
        var result: [UInt64: HTMLTag] = [:]
        let names: [(String, HTMLTag)] = [
            ("html", .html), ("head", .head), ("body", .body), ("title", .title), ("meta", .meta), ("link", .link),
            ("script", .script), ("style", .style), ("noscript", .noscript), ("template", .template), ("svg", .svg),
            ("math", .math), ("iframe", .iframe), ("object", .object), ("embed", .embed), ("canvas", .canvas),
            ("video", .video), ("audio", .audio), ("picture", .picture), ("source", .source), ("img", .img),
            ("form", .form), ("input", .input), ("button", .button), ("select", .select), ("option", .option),
            ("textarea", .textarea), ("label", .label), ("nav", .nav), ("header", .header), ("footer", .footer),
            ("aside", .aside), ("main", .main), ("article", .article), ("section", .section), ("div", .div),
            ("span", .span), ("p", .p), ("br", .br), ("hr", .hr), ("a", .a), ("h1", .h1), ("h2", .h2), ("h3", .h3),
            ("h4", .h4), ("h5", .h5), ("h6", .h6), ("ul", .ul), ("ol", .ol), ("li", .li), ("dl", .dl), ("dt", .dt),
            ("dd", .dd), ("blockquote", .blockquote), ("pre", .pre), ("code", .code), ("table", .table),
            ("thead", .thead), ("tbody", .tbody), ("tfoot", .tfoot), ("tr", .tr), ("td", .td), ("th", .th),
            ("caption", .caption), ("figure", .figure), ("figcaption", .figcaption), ("time", .time),
            ("address", .address), ("b", .b), ("strong", .strong), ("i", .i), ("em", .em), ("u", .u),
            ("small", .small), ("sup", .sup), ("sub", .sub), ("abbr", .abbr), ("cite", .cite), ("q", .q),
            ("mark", .mark), ("dialog", .dialog), ("menu", .menu), ("details", .details), ("summary", .summary),
            ("center", .center), ("font", .font), ("hgroup", .hgroup), ("base", .base), ("del", .del),
            ("ins", .ins), ("s", .s),
        ]
        for (name, tag) in names {
            let bytes = Array(name.utf8)
            result[bytes.withUnsafeBufferPointer { key($0) }] = tag
        }
        return result
    }()

    /// A collision-free key for ASCII names up to 10 bytes (length in the top byte, 7 bits per character).
    @inline(__always)
    static func key(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard bytes.count <= 10 else { return 0 }
        var value = UInt64(bytes.count) << 58
        var shift: UInt64 = 0
        for byte in bytes {
            let lower = byte >= 65 && byte <= 90 ? byte + 32 : byte
            value ^= UInt64(lower & 0x7F) << shift
            shift += 7
            if shift > 56 { shift = 0 }
        }
        return value
    }

    /// The tag for a lower- or upper-case element name.
    static func named(_ bytes: UnsafeBufferPointer<UInt8>) -> HTMLTag {
        guard bytes.count <= 10, bytes.count > 0 else { return .other }
        return lookup[key(bytes)] ?? .other
    }

    /// Elements whose content is never visible text.
    var isInvisible: Bool {
        switch self {
        case .head, .title, .meta, .link, .script, .style, .template, .svg, .math, .iframe, .object,
             .embed, .canvas, .video, .audio, .picture, .source, .img, .input, .base:
            return true
        default:
            return false
        }
    }

    /// Elements that start a new line of text.
    var isBlock: Bool {
        switch self {
        case .p, .div, .section, .article, .main, .header, .footer, .aside, .nav, .ul, .ol, .li, .dl, .dt, .dd,
             .blockquote, .pre, .table, .thead, .tbody, .tfoot, .tr, .td, .th, .caption, .figure, .figcaption,
             .h1, .h2, .h3, .h4, .h5, .h6, .br, .hr, .address, .form, .body, .html, .center, .details, .summary,
             .menu, .hgroup, .label:
            return true
        default:
            return false
        }
    }

    var isHeading: Bool {
        switch self {
        case .h1, .h2, .h3, .h4, .h5, .h6: return true
        default: return false
        }
    }

    var headingLevel: Int {
        switch self {
        case .h1: return 1
        case .h2: return 2
        case .h3: return 3
        case .h4: return 4
        case .h5: return 5
        case .h6: return 6
        default: return 0
        }
    }
}
