/// What one atomic batch insert did.
public struct BatchResult: Sendable, Equatable {
    /// Document ids stored by this batch.
    public var inserted: [String]
    /// Document ids whose content was already stored (nothing written).
    public var duplicates: [String]

    public init(inserted: [String] = [], duplicates: [String] = []) {
        self.inserted = inserted
        self.duplicates = duplicates
    }
}
