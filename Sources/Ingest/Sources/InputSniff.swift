/// What a source sees of an input to recognise it: its first bytes (decompressed; a UTF-8 byte order mark and leading
/// white space skipped), their first 2 KB in ASCII lower case, and the file name in lower case.
public struct InputSniff: Sendable {
    public var trimmed: ArraySlice<UInt8>
    public var lowered: [UInt8]
    public var fileName: String

    public init(trimmed: ArraySlice<UInt8>, fileName: String) {
        self.trimmed = trimmed
        lowered = trimmed.prefix(2048).map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
        self.fileName = fileName.lowercased()
    }

    /// Whether `marker` (lower case) occurs in the first 2 KB.
    public func contains(_ marker: String) -> Bool {
        FormatDetector.find(Array(marker.utf8), in: lowered[...]) != nil
    }
}
