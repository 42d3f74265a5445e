/// The kinds of input files Storyline reads.
public enum InputFormat: String, Sendable, CaseIterable {
    case html
    case text
    case warc
    case jsonLines = "jsonl"
    case feed
}
