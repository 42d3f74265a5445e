import Model

/// Finds calendar dates written in strings: ISO forms (`2021-12-14`, `2021/12/14`, timestamps), numeric day
/// orders (`14.12.2021`, `12/14/2021`), and month names in the supported languages (`December 14, 2021`,
/// `14. Dezember 2021`, `14 de diciembre de 2021`, citation style `2023 Jan 7`, `/2023/october/03/`).
struct DateStringParser: Sendable {
    /// A date found at a character position of the string.
    struct Match {
        var date: CalendarDate
        var position: Int
        /// True when the year, month and day were all explicit and unambiguous.
        var unambiguous: Bool
    }

    let vocabulary: DateVocabulary
    /// Dates outside this range are ignored.
    var earliestYear = 1995
    var latest: CalendarDate
    /// The page says which order its numbers write (its language or region): a short numeric date with a two-digit
    /// year whose day and month could swap (`5/6/20`) is read only then, or when another slashed date in the same
    /// string shows the order (`25/06/2020`); `5/5/20` and `25/5/20` are read always.
    var numericOrderKnown = false

    init(vocabulary: DateVocabulary = .shared, latest: CalendarDate) {
        self.vocabulary = vocabulary
        self.latest = latest
    }

    private enum TokenKind { case number, word, separator, space }

    private struct Token {
        var kind: TokenKind
        var text: Substring
        var value: Int
        var position: Int
    }

    private func tokens(_ string: String) -> [Token] {
        var result: [Token] = []
        let scalars = string.unicodeScalars
        var index = scalars.startIndex
        var position = 0
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let start = index
            let startPosition = position
            if scalar.value >= 48 && scalar.value <= 57 {
                var value = 0
                var digits = 0
                while index < scalars.endIndex, scalars[index].value >= 48, scalars[index].value <= 57 {
                    if digits < 9 { value = value * 10 + Int(scalars[index].value - 48) }
                    digits += 1
                    index = scalars.index(after: index)
                    position += 1
                }
                result.append(Token(kind: .number, text: string[start..<index], value: digits > 9 ? -1 : value,
                                    position: startPosition))
            } else if DateStringParser.isLetter(scalar) {
                while index < scalars.endIndex, DateStringParser.isLetter(scalars[index]) {
                    index = scalars.index(after: index)
                    position += 1
                }
                result.append(Token(kind: .word, text: string[start..<index], value: 0, position: startPosition))
            } else if scalar.value == 32 || scalar.value == 9 || scalar.value == 10 || scalar.value == 13
                        || scalar.value == 0xA0 || (scalar.value > 127 && scalar.properties.isWhitespace) {
                while index < scalars.endIndex, scalars[index].value == 32 || scalars[index].value == 9
                        || scalars[index].value == 10 || scalars[index].value == 13 || scalars[index].value == 0xA0 {
                    index = scalars.index(after: index)
                    position += 1
                }
                if index == start { index = scalars.index(after: index); position += 1 }
                result.append(Token(kind: .space, text: string[start..<index], value: 0, position: startPosition))
            } else {
                index = scalars.index(after: index)
                position += 1
                result.append(Token(kind: .separator, text: string[start..<index], value: 0, position: startPosition))
            }
            if result.count > 20_000 { break }
        }
        return result
    }

    @inline(__always)
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 128 { return (value | 0x20) >= 97 && (value | 0x20) <= 122 }
        return scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark
    }

    private func valid(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate? {
        guard year >= earliestYear, CalendarDate.isValid(year: year, month: month, day: day) else { return nil }
        let date = CalendarDate(year: year, month: month, day: day)
        return date <= latest ? date : nil
    }

    private func month(_ token: Token) -> Int? {
        guard token.kind == .word, token.text.count <= 12 else { return nil }
        return vocabulary.months[token.text.lowercased()]
    }

    private func fullYear(_ token: Token) -> Int? {
        guard token.kind == .number else { return nil }
        if token.text.count == 4 { return token.value }
        return nil
    }

    /// The year of a two-digit year (`26.10.13`): this century up to the latest year, else the last.
    private func centuryYear(_ token: Token) -> Int? {
        guard token.kind == .number, token.text.count == 2 else { return nil }
        let year = 2000 + token.value
        return year <= latest.year ? year : year - 100
    }

    /// All dates in the string, in order. With `twoDigitYears`, day-first dotted dates with a two-digit year
    /// (`8.5.12`, `31.10.23`) count too, unless the numbers run on (`1.2.12.4`, an address, a version).
    func dates(in string: String, dayFirst: Bool = true, limit: Int = 50, twoDigitYears: Bool = false) -> [Match] {
        let all = tokens(string)
        // Drop spaces but remember them: patterns read the sequence of non-space tokens.
        let list = all.filter { $0.kind != .space }
        var result: [Match] = []
        var index = 0
        func sep(_ i: Int) -> Substring? { i < list.count && list[i].kind == .separator ? list[i].text : nil }
        func num(_ i: Int, _ maxDigits: Int = 2) -> Int? {
            i < list.count && list[i].kind == .number && list[i].text.count <= maxDigits ? list[i].value : nil
        }
        // The order the string's own slashed dates show (a first number above 12: day first; a second: month first),
        // looked up once, when an ambiguous short date needs it and the page's order is not known.
        var writtenOrder: Bool??
        func orderInString() -> Bool? {
            if let known = writtenOrder { return known }
            var dayFirstSeen = false, monthFirstSeen = false
            var cursor = 0
            while cursor + 4 < list.count {
                if list[cursor].kind == .number, list[cursor].text.count <= 2, sep(cursor + 1) == "/", let second = num(cursor + 2),
                   sep(cursor + 3) == "/", list[cursor + 4].kind == .number, [2, 4].contains(list[cursor + 4].text.count) {
                    let first = list[cursor].value
                    if first > 12 && first <= 31 && second >= 1 && second <= 12 { dayFirstSeen = true }
                    if second > 12 && second <= 31 && first >= 1 && first <= 12 { monthFirstSeen = true }
                }
                cursor += 1
            }
            let order: Bool? = dayFirstSeen == monthFirstSeen ? nil : dayFirstSeen
            writtenOrder = .some(order)
            return order
        }
        while index < list.count && result.count < limit {
            let token = list[index]
            var matched: (CalendarDate, Int, Bool)?  // date, tokens consumed, unambiguous
            if token.kind == .number {
                if token.text.count == 4, let s1 = sep(index + 1), ["-", "/", "."].contains(s1),
                   let month = num(index + 2), let s2 = sep(index + 3), s2 == s1, let day = num(index + 4),
                   let date = valid(token.value, month, day) {
                    matched = (date, 5, true)
                } else if token.text.count == 4,
                          case let slash = sep(index + 1).map { $0 == "/" || $0 == "-" } ?? false,
                          index + (slash ? 2 : 1) < list.count, let monthNumber = month(list[index + (slash ? 2 : 1)]) {
                    // 2023 Jan 7 / 2023 January 7 (citation style, year first); /2023/october/03/ in URL paths
                    var cursor = index + (slash ? 3 : 2)
                    if sep(cursor) == "." { cursor += 1 }
                    if slash { guard sep(cursor) == sep(index + 1) else { index += 1; continue }; cursor += 1 }
                    if let day = num(cursor), let date = valid(token.value, monthNumber, day) {
                        matched = (date, cursor + 1 - index, true)
                    }
                } else if token.text.count == 8, let date = valid(token.value / 10000, token.value / 100 % 100, token.value % 100),
                          index > 0, sep(index - 1) == "/" {
                    matched = (date, 1, true)  // 20211214 in URL paths
                } else if token.text.count <= 2, let s1 = sep(index + 1), [".", "/", "-"].contains(s1),
                          let second = num(index + 2), let s2 = sep(index + 3), s2 == s1,
                          let year = (index + 4 < list.count ? fullYear(list[index + 4]) : nil) {
                    let first = token.value
                    if s1 == "." || s1 == "-" || first > 12 {
                        if let date = valid(year, second, first) { matched = (date, 5, s1 == "." || first > 12) }
                    } else if second > 12 {
                        if let date = valid(year, first, second) { matched = (date, 5, true) }
                    } else if dayFirst, let date = valid(year, second, first) {
                        matched = (date, 5, first == second)
                    } else if let date = valid(year, first, second) {
                        matched = (date, 5, first == second)
                    }
                } else if twoDigitYears, token.text.count <= 2, sep(index + 1) == ".", let month = num(index + 2),
                          sep(index + 3) == ".", index + 4 < list.count, let year = centuryYear(list[index + 4]),
                          index < 2 || !(sep(index - 1) == "." && num(index - 2, 9) != nil),
                          list[index + 4].position == token.position + 2 + list[index + 2].text.count + token.text.count,
                          !(sep(index + 5) == "." && num(index + 6, 9) != nil),
                          let date = valid(year, month, token.value) {
                    matched = (date, 5, false)  // 26.10.13
                } else if twoDigitYears, token.text.count <= 2, sep(index + 1) == "/", let second = num(index + 2),
                          sep(index + 3) == "/", index + 4 < list.count, let year = centuryYear(list[index + 4]),
                          list[index + 4].position == token.position + 2 + list[index + 2].text.count + token.text.count,
                          index == 0 || (sep(index - 1) != "/" && num(index - 1, 9) == nil),
                          sep(index + 5) != "/", !(sep(index + 5) == "." && num(index + 6, 9) != nil),
                          let date = shortNumericDate(first: token.value, second: second, year: year,
                                                      order: { numericOrderKnown ? dayFirst : orderInString() }) {
                    matched = (date, 5, false)  // 5/5/20, 25/12/19, 12/25/19
                } else if token.text.count <= 2 {
                    // 14 December 2021 / 14. Dezember 2021 / 14 de diciembre de 2021 / 14th of May, 2021
                    var cursor = index + 1
                    if sep(cursor) == "." { cursor += 1 }
                    if cursor < list.count, list[cursor].kind == .word,
                       ["st", "nd", "rd", "th", "de", "of", "er", "º", "o"].contains(list[cursor].text.lowercased()),
                       month(list[cursor]) == nil {
                        cursor += 1
                        if cursor < list.count, list[cursor].kind == .word, ["de", "of"].contains(list[cursor].text.lowercased()) { cursor += 1 }
                    }
                    if cursor < list.count, let monthNumber = month(list[cursor]) {
                        cursor += 1
                        if sep(cursor) == "." { cursor += 1 }
                        if sep(cursor) == "," { cursor += 1 }
                        if cursor < list.count, list[cursor].kind == .word, ["de", "del"].contains(list[cursor].text.lowercased()) { cursor += 1 }
                        if cursor < list.count, let year = fullYear(list[cursor]), let date = valid(year, monthNumber, token.value) {
                            matched = (date, cursor + 1 - index, true)
                        }
                    }
                }
            } else if let monthNumber = month(token) {
                // December 14, 2021 / Dec. 14th 2021
                var cursor = index + 1
                if sep(cursor) == "." { cursor += 1 }
                if let day = num(cursor) {
                    cursor += 1
                    if cursor < list.count, list[cursor].kind == .word,
                       ["st", "nd", "rd", "th"].contains(list[cursor].text.lowercased()) { cursor += 1 }
                    if sep(cursor) == "," { cursor += 1 }
                    if cursor < list.count, let year = fullYear(list[cursor]), let date = valid(year, monthNumber, day) {
                        matched = (date, cursor + 1 - index, true)
                    }
                }
            }
            if let (date, consumed, unambiguous) = matched {
                result.append(Match(date: date, position: token.position, unambiguous: unambiguous))
                index += consumed
            } else {
                index += 1
            }
        }
        return result
    }

    /// A `first/second/yy` date: day first when `first` cannot be a month, month first when `second` cannot be, either
    /// when both are equal; otherwise in the `order` known (day first: true), never guessed.
    private func shortNumericDate(first: Int, second: Int, year: Int, order: () -> Bool?) -> CalendarDate? {
        if first > 12 || first == second { return valid(year, second, first) }
        if second > 12 { return valid(year, first, second) }
        guard let dayFirst = order() else { return nil }
        return dayFirst ? valid(year, second, first) : valid(year, first, second)
    }

    /// The first date in the string.
    func firstDate(in string: String, dayFirst: Bool = true) -> CalendarDate? {
        dates(in: string, dayFirst: dayFirst, limit: 1).first?.date
    }
}
