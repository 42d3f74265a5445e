/// What an ingest tells its front end as it goes: files started and finished, progress, and one-line messages
/// (errors, skips). A CLI draws a progress bar; a server could log or stream it. Calls come from one thread.
public protocol IngestObserver: AnyObject {
    /// A file is about to be read.
    func startFile(_ path: String)
    /// Bytes read so far over all files, and articles stored so far.
    func update(bytesDone: Int64, articles: Int)
    /// A file was read to the end; `articles` were found in it.
    func finishFile(_ path: String, articles: Int)
    /// A one-line message for the user (an error or a skip, in our words).
    func message(_ line: String)
    /// The run is over.
    func finish()
}

/// An observer that ignores everything.
public final class SilentIngestObserver: IngestObserver {
    public init() {}
    public func startFile(_ path: String) {}
    public func update(bytesDone: Int64, articles: Int) {}
    public func finishFile(_ path: String, articles: Int) {}
    public func message(_ line: String) {}
    public func finish() {}
}
