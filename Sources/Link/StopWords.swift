/// English function words left out of term vectors and key terms (a table, kept apart from the code using it).
///
/// Words are stored already folded the way ``TextTokenizer`` folds them (lower case, no apostrophe, a final
/// plural "s" dropped from words longer than three letters), so lookups are by token hash.
public enum StopWords {
    /// The list, one folded word per entry.
    public static let words: [String] = """
    a about above after again against all almost also although am among an and another any anyone anything \
    are around as at be became because become been before being below between both but by can cannot could \
    did do doe doing done down during each either else ever every few for from further had has have having he \
    her here her herself him himself his how however i if in into is it itself just last least less like \
    made make many may me might more most much must my myself neither no nor not now of off often on once one \
    only or other otherwise our ourselves out over own per perhap quite rather said same say saying see seem \
    seemed she should since so some such than that the their them themselve then there these they thi those \
    though through thu to too toward under until up upon us very via was we were what whatever when where \
    whether which while who whom whose why will with within without would yet you your yourself also \
    mr mrs ms dr s t d ll ve re m don didn doesn isn wasn weren won wouldn couldn shouldn hasn haven hadn \
    aren let told tell say according its itll im were theyre hes shes thats there what who
    """.split(separator: " ").map { String($0).replacingOccurrences(of: "'", with: "") }.filter { !$0.isEmpty }

    /// Longest stop word in bytes (a quick length filter before the set lookup).
    public static let maxLength: Int = words.map(\.utf8.count).max() ?? 0

    private static let hashes: Set<UInt64> = Set(words.map { TextTokenizer.hash(ofFoldedWord: $0) })

    /// True when a folded-word hash is a stop word.
    @inline(__always) public static func contains(hash: UInt64) -> Bool { hashes.contains(hash) }
}
