import Foundation

/// Parses and formats byte sizes ("50MB", "1.5G", "300k").
public enum ByteCount {
    /// Parses a size: a number with an optional K/M/G suffix (powers of 1024; a trailing `B`/`iB` is allowed).
    public static func parse(_ text: String) -> Int64? {
        var digits = text.trimmingCharacters(in: .whitespaces).uppercased()
        for suffix in ["IB", "B"] where digits.hasSuffix(suffix) && digits.count > suffix.count {
            digits.removeLast(suffix.count)
            break
        }
        var multiplier: Double = 1
        switch digits.last {
        case "K": multiplier = 1024
        case "M": multiplier = 1024 * 1024
        case "G": multiplier = 1024 * 1024 * 1024
        default: break
        }
        if multiplier != 1 { digits.removeLast() }
        guard let value = Double(digits), value >= 0 else { return nil }
        return Int64(value * multiplier)
    }

    /// `1536` → `1.5 KB`.
    public static func format(_ bytes: Int64) -> String {
        let units = ["B", "KB", "MB", "GB", "TB"]
        var value = Double(bytes)
        var unit = 0
        while value >= 1024, unit < units.count - 1 { value /= 1024; unit += 1 }
        if unit == 0 { return "\(bytes) B" }
        return String(format: value >= 100 ? "%.0f" : "%.1f", value) + " " + units[unit]
    }
}
