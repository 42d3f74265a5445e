import Foundation
import Testing
@testable import Server

/// The pieces pages are made of: escaping, form fields, day numbers, charts.
@Suite struct RenderingTests {
    @Test func escapingCoversEveryCharacterThatEndsTextOrAnAttribute() {
        #expect(HTML.escape(#"<a href="x" onclick='y'>&</a>"#) == "&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;")
        #expect(HTML.escape("a\u{0}b\u{7}c\nd") == "abc\nd")
    }

    @Test func formFieldsDecodePlusAndPercentAndKeepRepeats() {
        let fields = FormFields("q=%22night+shifts%22&actor=A%26B&actor=C&empty=&flag")
        #expect(fields["q"] == "\"night shifts\"")
        #expect(fields.all("actor") == ["A&B", "C"])
        #expect(fields["empty"] == "")
        #expect(fields["flag"] == "")
        #expect(fields["missing"] == nil)
        #expect(FormFields.encode("a b&c/d") == "a%20b%26c%2Fd")
    }

    @Test func dayNumbersRoundTripAcrossMonthsAndLeapYears() {
        #expect(CalendarDay.number("1970-01-01") == 0)
        #expect(CalendarDay.number("2024-03-01")! - CalendarDay.number("2024-02-28")! == 2)
        #expect(CalendarDay.number("2023-03-01")! - CalendarDay.number("2023-02-28")! == 1)
        for day in stride(from: -1000, to: 30_000, by: 37) { #expect(CalendarDay.number(CalendarDay.text(day)) == day) }
        #expect(CalendarDay.number("2024-13-01") == nil)
        #expect(CalendarDay.number("June") == nil)
    }

    @Test func chartsEscapeTheirLabelsAndDrawOneBarPerDay() {
        let svg = SVGChart.dayCounts([SVGChart.Row(name: "<b>Outlet</b> & co", counts: ["2024-01-01": 2, "2024-01-03": 1])], title: "t")
        #expect(!svg.contains("<b>"))
        #expect(svg.contains("&lt;b&gt;Outlet&lt;/b&gt; &amp; co"))
        #expect(svg.components(separatedBy: "<rect").count - 1 == 2)
        let series = SVGChart.series([SVGChart.Point(date: "2024-01-01", value: 10, high: nil, label: "a"),
                                      SVGChart.Point(date: "2024-01-05", value: 12, high: 14, label: "b"),
                                      SVGChart.Point(date: nil, value: 99, high: nil, label: "undated")], title: "s")
        #expect(series.components(separatedBy: "<circle").count - 1 == 2)
        #expect(series.contains("<line") && series.contains("class=\"range\""))
    }

    @Test func aPageOfAListNamesTheNextPageWithTheSameFilters() throws {
        let pagination = try Pagination(FormFields("story=s1&limit=2&offset=2"))
        let page = pagination.page([1, 2, 3, 4, 5], path: "/api/articles", query: FormFields("story=s1&limit=2&offset=2"))
        #expect(page.items == [3, 4])
        #expect(page.total == 5)
        #expect(page.next == "/api/articles?story=s1&offset=4&limit=2")
        let last = try Pagination(FormFields("offset=4&limit=2")).page([1, 2, 3, 4, 5], path: "/x", query: FormFields(""))
        #expect(last.items == [5])
        #expect(last.next == nil)
        #expect(throws: DeskError.self) { try Pagination(FormFields("limit=501")) }
        // An offset near Int.max would overflow offset + limit; it is refused instead.
        #expect(throws: DeskError.self) { try Pagination(FormFields("offset=9223372036854775807")) }
        #expect(throws: DeskError.self) { try Pagination(FormFields("offset=10000001")) }
    }
}
