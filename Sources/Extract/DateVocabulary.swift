/// Month names and date-carrying meta keys, loaded from `Resources/dates.json`.
struct DateVocabulary: Sendable {
    let months: [String: Int]
    let publishedMetaKeys: [String]
    let modifiedMetaKeys: [String]
    let dateElementHints: [[UInt8]]

    static let shared = DateVocabulary()

    private init() {
        struct File: Decodable {
            var months: [String: [String]]
            var publishedMetaKeys: [String]
            var modifiedMetaKeys: [String]
            var dateElementHints: [String]
        }
        let file = ExtractResources.decode(File.self, from: "dates.json")
        var months: [String: Int] = [:]
        for (number, names) in file.months {
            guard let month = Int(number) else { continue }
            for name in names { months[name] = month }
        }
        self.months = months
        publishedMetaKeys = file.publishedMetaKeys
        modifiedMetaKeys = file.modifiedMetaKeys
        dateElementHints = file.dateElementHints.map { Array($0.utf8) }
    }
}
