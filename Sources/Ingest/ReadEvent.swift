/// What a reader produced next: an article, or a one-line report about something it could not use.
public enum ReadEvent: Sendable {
    /// An article to extract and store.
    case article(RawArticle)
    /// Not an article, and not an error (a non-HTML WARC record, an empty file). `location` names the file
    /// (with `:line` or `@offset` inside it).
    case skipped(location: String, reason: String)
    /// Bad input: the location and why.
    case failed(location: String, error: IngestError)
}
