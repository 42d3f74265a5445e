/// Tense cue words of `Resources/temporal/tense.tsv`.
struct TenseLexicon: Sendable {
    let future: Set<String>
    let past: Set<String>
    let notPast: Set<String>
    /// Future cues only right before "to"/"for" ("plans to", "due to").
    let beforeTo: Set<String>
    /// Past auxiliaries that give way to a future word right after them ("were planning to").
    let auxiliaries: Set<String>

    static let shared = TenseLexicon()

    init() {
        var future: Set<String> = [], past: Set<String> = [], notPast: Set<String> = []
        var beforeTo: Set<String> = [], auxiliaries: Set<String> = []
        for row in ResourceTable.rows("tense", folder: "temporal") where row.count >= 2 {
            let words = row[1].split(separator: "|").map(String.init)
            switch row[0] {
            case "future": future.formUnion(words)
            case "past": past.formUnion(words)
            case "notpast": notPast.formUnion(words)
            case "beforeto": beforeTo.formUnion(words)
            case "auxiliary": auxiliaries.formUnion(words)
            default: break
            }
        }
        self.future = future
        self.past = past
        self.notPast = notPast
        self.beforeTo = beforeTo
        self.auxiliaries = auxiliaries
    }
}
