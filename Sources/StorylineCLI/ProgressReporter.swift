import Engine
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reports ingest progress on standard error: a redrawn bar with rate and ETA on a terminal, plain log lines
/// (per file, and every few seconds inside a long file) otherwise. Messages go through it so they don't tear the bar.
final class ProgressReporter: IngestObserver {
    enum Mode { case bar, lines, silent }

    let mode: Mode
    private let totalBytes: Int64?
    private let totalFiles: Int
    private let started = Date()
    private var lastDraw = Date.distantPast
    private var lastLine = Date()
    private var barVisible = false
    private var bytesDone: Int64 = 0
    private var articles = 0
    private var filesDone = 0
    private var currentFile = ""

    init(mode: Mode, totalBytes: Int64?, totalFiles: Int) {
        self.mode = mode
        self.totalBytes = totalBytes
        self.totalFiles = totalFiles
    }

    /// `.bar` on a terminal, `.lines` otherwise, `.silent` when asked.
    static func automaticMode(quiet: Bool) -> Mode {
        if quiet { return .silent }
        return isatty(2) != 0 ? .bar : .lines
    }

    /// Prints a message line (errors, skips) above the bar.
    func message(_ line: String) {
        if barVisible { write("\r\u{1B}[K") ; barVisible = false }
        write(line + "\n")
        if mode == .bar { draw(force: true) }
    }

    /// A new file starts.
    func startFile(_ path: String) {
        currentFile = path
        if mode == .bar { draw(force: true) }
    }

    /// Progress inside the current run: total input bytes consumed and articles stored so far.
    func update(bytesDone: Int64, articles: Int) {
        self.bytesDone = bytesDone
        self.articles = articles
        switch mode {
        case .bar: draw(force: false)
        case .lines:
            if Date().timeIntervalSince(lastLine) >= 5 {
                lastLine = Date()
                write("progress: \(status())\n")
            }
        case .silent: break
        }
    }

    /// A file is finished.
    func finishFile(_ path: String, articles fileArticles: Int) {
        filesDone += 1
        if mode == .lines {
            lastLine = Date()
            write("[\(filesDone)/\(totalFiles)] \(path): \(fileArticles) article\(fileArticles == 1 ? "" : "s")\n")
        } else if mode == .bar {
            draw(force: true)
        }
    }

    /// Removes the bar before the summary.
    func finish() {
        if barVisible { write("\r\u{1B}[K"); barVisible = false }
    }

    private func status() -> String {
        let elapsed = max(0.001, Date().timeIntervalSince(started))
        let rate = Double(bytesDone) / elapsed
        var parts: [String] = []
        if let total = totalBytes, total > 0 {
            parts.append("\(Int(min(100, Double(bytesDone) * 100 / Double(total))))%")
            parts.append("\(formatMB(bytesDone))/\(formatMB(total)) MB")
        } else {
            parts.append("\(formatMB(bytesDone)) MB")
        }
        parts.append(String(format: "%.1f MB/s", rate / 1_048_576))
        parts.append(String(format: "%.0f articles/s", Double(articles) / elapsed))
        parts.append("\(articles) stored")
        if let total = totalBytes, total > 0, bytesDone > 0, rate > 0 {
            parts.append("ETA \(formatDuration(Double(max(0, total - bytesDone)) / rate))")
        }
        return parts.joined(separator: "  ")
    }

    private func draw(force: Bool) {
        let now = Date()
        guard force || now.timeIntervalSince(lastDraw) >= 0.1 else { return }
        lastDraw = now
        let width = 24
        var bar = ""
        if let total = totalBytes, total > 0 {
            let filled = Int(Double(width) * min(1, Double(bytesDone) / Double(total)))
            bar = "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "] "
        }
        let name = URL(fileURLWithPath: currentFile).lastPathComponent
        write("\r\u{1B}[K" + bar + status() + "  " + String(name.prefix(40)))
        barVisible = true
    }

    private func formatMB(_ bytes: Int64) -> String { String(format: "%.1f", Double(bytes) / 1_048_576) }

    private func formatDuration(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        return total >= 3600 ? String(format: "%d:%02d:%02d", total / 3600, total / 60 % 60, total % 60)
                             : String(format: "%d:%02d", total / 60, total % 60)
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
