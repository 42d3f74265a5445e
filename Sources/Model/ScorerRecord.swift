/// The JSON Lines output line the scorers in `../shared/eval` read, with code-point offsets.
public struct ScorerRecord: Encodable, Sendable {
    /// A code-point span.
    public struct Offsets: Encodable, Sendable {
        public var start: Int
        public var end: Int
    }

    public struct TimexLine: Encodable, Sendable {
        public var start: Int, end: Int
        public var type: String
        public var value: String
        public var mod: String?
        public var anchoredToEstimate: Bool?
    }

    public struct QuantityLine: Encodable, Sendable {
        public var start: Int, end: Int
        /// A number, or `[low, high]` for a range.
        public var value: QuantityValue
        public var unit: String?
        public var approx: String?
        public var describes: String?
    }

    /// A single number or a `[low, high]` range.
    public enum QuantityValue: Encodable, Sendable {
        case single(Double)
        case range(Double, Double)

        public func encode(to encoder: Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .single(let value): try container.encode(value)
            case .range(let low, let high): try container.encode([low, high])
            }
        }
    }

    public struct EntityLine: Encodable, Sendable {
        public var start: Int, end: Int
        public var label: String
        public var cluster: String
        public var role: String?
    }

    public struct QuoteLine: Encodable, Sendable {
        public var start: Int, end: Int
        public var kind: String
        public var speaker: Offsets?
        public var speakerName: String?
        public var cue: Offsets?
    }

    public var id: String
    public var title: String?
    public var author: [String]?
    public var date: String?
    public var dateSource: String?
    public var dateConfidence: Double?
    public var timexes: [TimexLine]?
    public var quantities: [QuantityLine]?
    public var entities: [EntityLine]?
    public var quotes: [QuoteLine]?

    /// Fills the annotation fields from a document; offsets become code points into `document.text`.
    public init(document: Document) {
        let map = CodePointMap(document.text)
        func offsets(_ span: Span) -> Offsets {
            let converted = map.codePoints(of: span)
            return Offsets(start: converted.start, end: converted.end)
        }
        id = document.id
        title = document.metadata.title
        author = document.metadata.authors.isEmpty ? nil : document.metadata.authors
        if let published = document.metadata.published {
            date = published.date.description
            dateSource = published.source.rawValue
            dateConfidence = published.confidence
        }
        timexes = document.timexes.map { timex in
            let o = offsets(timex.span)
            return TimexLine(start: o.start, end: o.end, type: timex.kind.rawValue, value: timex.value,
                             mod: timex.modifier, anchoredToEstimate: timex.anchoredToEstimate ? true : nil)
        }
        quantities = document.quantities.map { quantity in
            let o = offsets(quantity.span)
            let value: QuantityValue = quantity.high.map { .range(quantity.value, $0) } ?? .single(quantity.value)
            return QuantityLine(start: o.start, end: o.end, value: value, unit: quantity.unit, approx: quantity.hedge,
                                describes: quantity.describes)
        }
        entities = document.entities.map { mention in
            let o = offsets(mention.span)
            return EntityLine(start: o.start, end: o.end, label: mention.label.rawValue,
                              cluster: "c\(mention.cluster)", role: mention.role)
        }
        quotes = document.quotes.map { quote in
            let o = offsets(quote.span)
            return QuoteLine(start: o.start, end: o.end, kind: quote.kind.rawValue, speaker: quote.speaker.map(offsets),
                             speakerName: quote.speakerName, cue: quote.cue.map(offsets))
        }
    }
}
