import Model

/// Hand-written fixture articles (invented events; no evaluation text).
enum LinkFixtures {
    static func document(_ id: String, outlet: String, date: String?, text: String, title: String? = nil,
                         entities: [(surface: String, label: EntityLabel, name: String, isName: Bool)] = []) -> Document {
        var metadata = ArticleMetadata(title: title, source: outlet)
        if let date, let day = CalendarDate(iso: date) {
            metadata.published = DateAttribution(date: day, source: .input, confidence: 1)
        }
        var document = Document(id: id, text: text, metadata: metadata)
        var clusterOf: [String: Int] = [:]
        let bytes = Array(text.utf8)
        for entity in entities {
            guard let start = find(Array(entity.surface.utf8), in: bytes) else { continue }
            let cluster: Int
            if let existing = clusterOf[entity.name] {
                cluster = existing
            } else {
                cluster = document.entityClusters.count
                clusterOf[entity.name] = cluster
                document.entityClusters.append(EntityCluster(id: cluster, label: entity.label, name: entity.name))
            }
            if !document.entityClusters[cluster].aliases.contains(entity.surface) {
                document.entityClusters[cluster].aliases.append(entity.surface)
            }
            document.entities.append(EntityMention(span: Span(start, start + entity.surface.utf8.count), label: entity.label,
                                                   cluster: cluster, isName: entity.isName))
        }
        return document
    }

    static func find(_ needle: [UInt8], in haystack: [UInt8], from: Int = 0) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
        var index = from
        while index + needle.count <= haystack.count {
            if haystack[index] == needle[0] && Array(haystack[index..<(index + needle.count)]) == needle { return index }
            index += 1
        }
        return nil
    }

    static let harbourStrike = """
    Dock workers at the port of Valmera walked off the job on Monday, halting container traffic for the first time in a decade.

    The union representing 4,200 crane operators and stevedores says wages have fallen behind inflation for three years running.

    Port authority chief Elena Marsh said talks would resume once the picket lines were lifted, and warned that perishable cargo was already spoiling on the quays.

    Shipping lines have begun diverting vessels to the smaller terminal at Ostrand, some 80 kilometres to the north.
    """

    static let harbourStrikeEdited = """
    Dock workers at the port of Valmera walked off the job on Monday, halting container traffic for the first time in a decade.

    The union representing 4,200 crane operators and stevedores says wages have fallen behind inflation for three years running.

    Port authority chief Elena Marsh said negotiations could restart only after the picket lines came down, adding that fruit shipments were rotting on the quays.

    Shipping lines have begun diverting vessels to the smaller terminal at Ostrand, some 80 kilometres to the north.
    """

    static let vaccineTrial = """
    A regional hospital network in Corbin has begun enrolling volunteers for a trial of a nasal flu vaccine developed at the state university.

    Researchers hope to recruit 1,500 adults over the winter, with first results expected by late spring.
    """

    static let subscribeBox = "Sign up for our morning newsletter and never miss the headlines that matter to you."
}
