/// A fact's value: a number (claims) or a TIMEX3 value (time expressions).
public enum StoryFactValue: Encodable, Sendable, Equatable {
    case number(Double)
    case timex(String)

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .number(let value):
            if value == value.rounded(), abs(value) < 9e15 { try container.encode(Int64(value)) } else { try container.encode(value) }
        case .timex(let value): try container.encode(value)
        }
    }
}
