/// A batch could not be written to the store: the run stops (what was written before stays, whole).
public struct IngestWriteError: Error, CustomStringConvertible {
    public var path: String
    public var description: String { "\(path): cannot write to the store (is the disk full, or the file read-only?)" }
}
