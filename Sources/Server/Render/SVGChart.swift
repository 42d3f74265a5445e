import Foundation

/// Charts drawn as inline SVG (no script, nothing fetched): counts per day in rows (one row per story or outlet) and
/// a numeric series over time. Every label is escaped; each bar and point carries its value as a tooltip.
enum SVGChart {
    /// One row of a day-count chart.
    struct Row {
        var name: String
        /// Count by `YYYY-MM-DD`.
        var counts: [String: Int]
    }

    static let width = 720
    static let labelWidth = 190

    /// Rows of bars over one shared date axis; spans over 120 days are counted by week.
    static func dayCounts(_ rows: [Row], title: String) -> String {
        let days = rows.flatMap { $0.counts.keys.compactMap(CalendarDay.number) }
        guard let first = days.min(), let last = days.max(), !rows.isEmpty else {
            return "<p class=\"empty\">No dated articles to draw.</p>"
        }
        let binDays = last - first > 120 ? 7 : 1
        let bins = (last - first) / binDays + 1
        let rowHeight = 26
        let plotWidth = width - labelWidth - 10
        let barWidth = min(24.0, max(1.0, Double(plotWidth) / Double(bins)))
        let binned: [[Int]] = rows.map { row in
            var values = Array(repeating: 0, count: bins)
            for (date, count) in row.counts {
                guard let day = CalendarDay.number(date) else { continue }
                values[(day - first) / binDays] += count
            }
            return values
        }
        let peak = max(1, binned.flatMap { $0 }.max() ?? 1)
        let height = rows.count * rowHeight + 30
        var svg = "<svg class=\"chart\" role=\"img\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\" xmlns=\"http://www.w3.org/2000/svg\">"
        svg += "<title>\(HTML.escape(title))</title>"
        for (rowIndex, row) in rows.enumerated() {
            let top = rowIndex * rowHeight
            svg += "<text x=\"0\" y=\"\(top + 17)\" class=\"label\">\(HTML.escape(shorten(row.name, 28)))</text>"
            svg += "<line x1=\"\(labelWidth)\" y1=\"\(top + rowHeight - 2)\" x2=\"\(width - 10)\" y2=\"\(top + rowHeight - 2)\" class=\"axis\"/>"
            for (bin, value) in binned[rowIndex].enumerated() where value > 0 {
                let barHeight = max(2.0, Double(rowHeight - 6) * Double(value) / Double(peak))
                let x = Double(labelWidth) + Double(bin) * barWidth
                let date = CalendarDay.text(first + bin * binDays)
                let period = binDays == 1 ? date : "week of \(date)"
                svg += "<rect x=\"\(format(x))\" y=\"\(format(Double(top + rowHeight - 2) - barHeight))\" width=\"\(format(max(1, barWidth - 0.5)))\" height=\"\(format(barHeight))\" class=\"bar\"><title>\(HTML.escape(row.name)): \(value) on \(period)</title></rect>"
            }
        }
        let axisY = rows.count * rowHeight + 18
        svg += "<text x=\"\(labelWidth)\" y=\"\(axisY)\" class=\"tick\">\(CalendarDay.text(first))</text>"
        svg += "<text x=\"\(width - 10)\" y=\"\(axisY)\" class=\"tick\" text-anchor=\"end\">\(CalendarDay.text(last))\(binDays > 1 ? " (by week)" : "")</text>"
        return svg + "</svg>"
    }

    /// One point of a numeric series.
    struct Point {
        var date: String?
        var value: Double
        var high: Double?
        var label: String
    }

    /// The values of a series by date (undated points are left out of the drawing, not of the table).
    static func series(_ points: [Point], title: String) -> String {
        let placed = points.compactMap { point in CalendarDay.number(point.date ?? "").map { (day: $0, point: point) } }
        guard let first = placed.map(\.day).min(), let last = placed.map(\.day).max() else {
            return "<p class=\"empty\">No dated values to draw.</p>"
        }
        let values = placed.flatMap { [$0.point.value, $0.point.high ?? $0.point.value] }
        let low = min(0, values.min() ?? 0)
        let high = max(values.max() ?? 1, low + 1)
        let height = 160
        let left = 70.0, right = Double(width - 20), top = 10.0, bottom = Double(height - 30)
        func x(_ day: Int) -> Double { last == first ? (left + right) / 2 : left + (right - left) * Double(day - first) / Double(last - first) }
        func y(_ value: Double) -> Double { bottom - (bottom - top) * (value - low) / (high - low) }
        var svg = "<svg class=\"chart\" role=\"img\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\" xmlns=\"http://www.w3.org/2000/svg\">"
        svg += "<title>\(HTML.escape(title))</title>"
        svg += "<line x1=\"\(format(left))\" y1=\"\(format(bottom))\" x2=\"\(format(right))\" y2=\"\(format(bottom))\" class=\"axis\"/>"
        svg += "<line x1=\"\(format(left))\" y1=\"\(format(top))\" x2=\"\(format(left))\" y2=\"\(format(bottom))\" class=\"axis\"/>"
        svg += "<text x=\"\(format(left - 6))\" y=\"\(format(top + 8))\" class=\"tick\" text-anchor=\"end\">\(number(high))</text>"
        svg += "<text x=\"\(format(left - 6))\" y=\"\(format(bottom))\" class=\"tick\" text-anchor=\"end\">\(number(low))</text>"
        svg += "<text x=\"\(format(left))\" y=\"\(height - 8)\" class=\"tick\">\(CalendarDay.text(first))</text>"
        svg += "<text x=\"\(format(right))\" y=\"\(height - 8)\" class=\"tick\" text-anchor=\"end\">\(CalendarDay.text(last))</text>"
        for (day, point) in placed.sorted(by: { $0.day < $1.day }) {
            let tooltip = "<title>\(HTML.escape(point.label))</title>"
            if let upper = point.high {
                svg += "<line x1=\"\(format(x(day)))\" y1=\"\(format(y(point.value)))\" x2=\"\(format(x(day)))\" y2=\"\(format(y(upper)))\" class=\"range\">\(tooltip)</line>"
            }
            svg += "<circle cx=\"\(format(x(day)))\" cy=\"\(format(y(point.value)))\" r=\"4\" class=\"point\">\(tooltip)</circle>"
        }
        return svg + "</svg>"
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(format: "%.2f", value)
    }

    static func format(_ value: Double) -> String { String(format: "%.1f", value) }

    static func shorten(_ text: String, _ limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }
}
