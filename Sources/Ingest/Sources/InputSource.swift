/// One kind of input: how to recognise it from its first bytes, and how to read its articles. Adding a format is
/// registering a source in ``InputSources`` (asked in order, the first that recognises an input reads it), not
/// editing a switch.
public protocol InputSource: Sendable {
    var format: InputFormat { get }
    /// Whether the input's first bytes are this kind of input.
    func recognises(_ sniff: InputSniff) -> Bool
    /// A reader of the input's articles.
    func open(_ input: OpenedInput) -> ArticleReader
}
