import Model

/// A relative time expression in an undated article ("earlier this month") matched with a month-named one in another
/// article of the story ("in early December") whose sentence tells of the same event (shared names and words): the
/// relative expression, resolved against the publication day, must fall in the other's month or day.
public struct DateAlignment: Sendable, Equatable {
    /// The calendar unit the relative expression counts in.
    public enum Unit: Sendable, Equatable { case month, week, day }

    /// Index (in the resolver's input) of the article with the relative expression.
    public var article: Int
    public var unit: Unit
    /// The expression's value is the publication day's unit plus `offset` ("last week": -1).
    public var offset: Int
    public var text: String
    /// Index of the article with the month-named expression, its span and words.
    public var target: Int
    public var targetSpan: Span
    public var targetText: String
    /// Content words the two sentences share, and how strongly they match (names count double).
    public var shared: [String]
    public var strength: Int

    public init(article: Int, unit: Unit, offset: Int, text: String, target: Int, targetSpan: Span, targetText: String,
                shared: [String], strength: Int) {
        self.article = article
        self.unit = unit
        self.offset = offset
        self.text = text
        self.target = target
        self.targetSpan = targetSpan
        self.targetText = targetText
        self.shared = shared
        self.strength = strength
    }
}
