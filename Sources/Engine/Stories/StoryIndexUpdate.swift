/// What one update of the story index did.
public struct StoryIndexUpdate: Sendable, Equatable {
    public var stories = 0
    /// Stories that kept an id they had before.
    public var kept = 0
    /// Stories that got a new id.
    public var started = 0
    /// Stories whose products (brief, timeline, actors) were worked out again.
    public var productsBuilt = 0
    /// Articles that joined the kept stories one by one (the stories were not clustered again); 0 for a full build.
    public var joined = 0
    /// Time spent joining them (before any products were built).
    public var joinSeconds = 0.0
    public var seconds = 0.0

    public init() {}

    /// `story index: 12 stories (10 kept their ids, 2 new), 3 briefs built in 1.2 s`.
    public var line: String {
        if joined > 0 {
            return "story index: \(joined) new article\(joined == 1 ? "" : "s") joined \(stories) stor\(stories == 1 ? "y" : "ies") "
                + "(\(started) new) in \(String(format: "%.3f", joinSeconds)) s; \(productsBuilt) stor\(productsBuilt == 1 ? "y's" : "ies'") "
                + "brief, timeline and actors built in \(String(format: "%.1f", seconds)) s in all"
        }
        return "story index: \(stories) stor\(stories == 1 ? "y" : "ies") (\(kept) kept \(kept == 1 ? "its id" : "their ids"), \(started) new), "
            + "\(productsBuilt) stor\(productsBuilt == 1 ? "y's" : "ies'") brief, timeline and actors built in \(String(format: "%.1f", seconds)) s"
    }
}
