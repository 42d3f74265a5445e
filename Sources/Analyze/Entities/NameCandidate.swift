import Model

/// A proper-name mention found by ``NameFinder`` before alias resolution: token range, label (nil while
/// undecided) and the role written with it ("Kremlin spokesman").
struct NameCandidate: Sendable {
    var range: Range<Int>
    var label: EntityLabel?
    var role: String?
    /// A title or role word preceded the name (so it names a person).
    var titled: Bool = false
    /// True for a name; false for a description ("the Russian president").
    var isName: Bool = true
    /// For descriptions: the role head ("president") and the country it is tied to ("Russia").
    var descriptionHead: String? = nil
    var descriptionPlace: String? = nil
}
