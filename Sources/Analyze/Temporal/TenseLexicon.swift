/// Tense cue words of `Resources/temporal/tense.tsv`.
struct TenseLexicon: Sendable {
    let future: Set<String>
    let past: Set<String>
    let notPast: Set<String>
    /// Future cues that count only right before the expression ("until Tuesday", "from Friday").
    let adjacent: Set<String>
    /// Future cues only right before "to"/"for" ("plans to", "due to") or after a form of "be" ("is due").
    let beforeTo: Set<String>
    /// Past auxiliaries that give way to a future word right after them ("were planning to").
    let auxiliaries: Set<String>
    /// Forms of "be": "be to" is a plan ("are to meet"), and "be" makes "due"/"expected" a schedule.
    let be: Set<String>
    /// Present forms of "be": before an "-ing" verb they make the progressive of an arrangement.
    let presentBe: Set<String>
    /// Modals that put a clause in the future, and in the past before "have".
    let modals: Set<String>
    /// Modals that point back before "have" only.
    let pastModals: Set<String>
    /// Future auxiliaries whose perfect is no past ("will have left", "would have arrived").
    let futurePerfect: Set<String>
    /// Verbs whose present tense states a timetable ("meet", "begins").
    let schedule: Set<String>
    /// Reporting verbs ("said", "told"): in a trailing reporting clause they say nothing of the report's tense.
    let reporting: Set<String>
    /// Determiners: an "-ed" word after one is a noun or an adjective ("the seabed").
    let determiners: Set<String>

    static let shared = TenseLexicon()

    init() {
        var classes: [String: Set<String>] = [:]
        for row in ResourceTable.rows("tense", folder: "temporal") where row.count >= 2 {
            classes[row[0], default: []].formUnion(row[1].split(separator: "|").map(String.init))
        }
        future = classes["future"] ?? []
        past = classes["past"] ?? []
        notPast = classes["notpast"] ?? []
        adjacent = classes["adjacent"] ?? []
        beforeTo = classes["beforeto"] ?? []
        auxiliaries = classes["auxiliary"] ?? []
        be = classes["be"] ?? []
        presentBe = classes["presentbe"] ?? []
        modals = classes["modal"] ?? []
        pastModals = classes["pastmodal"] ?? []
        futurePerfect = classes["futureperfect"] ?? []
        schedule = classes["schedule"] ?? []
        reporting = classes["reporting"] ?? []
        determiners = classes["determiner"] ?? []
    }
}
