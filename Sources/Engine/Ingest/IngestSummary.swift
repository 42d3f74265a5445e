import Foundation

/// Counts of one ingest run.
public struct IngestSummary: Sendable, Equatable {
    public var ingested = 0
    public var duplicate = 0
    public var skipped = 0
    public var failed = 0
    public var files = 0
    public var bytesRead: Int64 = 0
    public var seconds: Double = 0

    /// `ingested 5, duplicate 0, skipped 0, failed 0 (5 files, 13.2 KB in 0.4 s: 0.03 MB/s, 12.5 articles/s)`.
    public var line: String {
        let seconds = max(self.seconds, 0.001)
        return "ingested \(ingested), duplicate \(duplicate), skipped \(skipped), failed \(failed) "
            + "(\(files) file\(files == 1 ? "" : "s"), \(Self.size(bytesRead)) in \(String(format: "%.1f", self.seconds)) s: "
            + String(format: "%.2f MB/s, %.1f articles/s)", Double(bytesRead) / 1_048_576 / seconds, Double(ingested) / seconds)
    }

    public init() {}

    private static func size(_ bytes: Int64) -> String {
        bytes >= 1_048_576 ? String(format: "%.1f MB", Double(bytes) / 1_048_576) : String(format: "%.1f KB", Double(bytes) / 1024)
    }
}
