import Testing
import Model
@testable import Link

@Suite struct StoryDateWindowTests {
    @Test func slidingMaximaMatchTheNaiveMaxima() {
        let values: [Double] = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9]
        for width in 1...5 {
            let naive = (0...(values.count - width)).map { values[$0..<($0 + width)].max()! }
            #expect(StoryDateWindow.slidingMaxima(values, width: width) == naive)
        }
    }

    @Test func theWindowHoldsEveryArticlesPeakWhenItCan() {
        let first = CalendarDate(year: 2024, month: 1, day: 1)
        var a = DayScores(first: first, count: 100, value: -1)
        a.values[20] = 1
        var b = DayScores(first: first, count: 100, value: -1)
        b.values[30] = 1
        let window = StoryDateWindow.best([a, b], length: 15)
        #expect(window?.contains(first.adding(days: 20)) == true && window?.contains(first.adding(days: 30)) == true)
        #expect((window?.margin ?? 0) > 0)
    }

    @Test func noInformativeArticleGivesNoWindow() {
        let flat = DayScores(first: CalendarDate(year: 2024, month: 1, day: 1), count: 50)
        #expect(StoryDateWindow.best([flat], length: 10) == nil)
    }
}
