import Model

/// Hand-written fixture articles about an invented port strike, annotated by hand (no evaluation text).
enum StoryFixtures {
    struct Annotations {
        var timexes: [(surface: String, value: String)] = []
        var quantities: [(surface: String, value: Double, hedge: String?, describes: String?, unit: String?)] = []
        var entities: [(surface: String, label: EntityLabel, name: String, isName: Bool)] = []
        var quotes: [(content: String, speaker: String)] = []
    }

    /// A document whose sentences end at ". ", "? " or "! " (fixtures are written that way).
    static func document(_ id: String, outlet: String, date: String?, estimated: Bool = false, title: String? = nil,
                         text: String, _ annotations: Annotations = Annotations()) -> Document {
        var metadata = ArticleMetadata(title: title, source: outlet)
        if let date, let day = CalendarDate(iso: date) {
            metadata.published = estimated
                ? DateAttribution(date: day, source: .contentEstimate, confidence: 0.6, evidence: "fixture estimate")
                : DateAttribution(date: day, source: .input, confidence: 1)
        }
        var document = Document(id: id, text: text, metadata: metadata)
        let bytes = Array(text.utf8)
        var start = 0
        var paragraph = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let atEnd = index + 1 == bytes.count
            if (byte == 46 || byte == 63 || byte == 33) && (atEnd || bytes[index + 1] == 32 || bytes[index + 1] == 10) {
                document.sentences.append(Sentence(span: Span(start, index + 1), paragraph: paragraph))
                index += 1
                while index < bytes.count && (bytes[index] == 32 || bytes[index] == 10) {
                    if bytes[index] == 10 { paragraph += 1 }
                    index += 1
                }
                start = index
                continue
            }
            index += 1
        }
        if start < bytes.count { document.sentences.append(Sentence(span: Span(start, bytes.count), paragraph: paragraph)) }
        for timex in annotations.timexes {
            if let span = span(timex.surface, in: bytes) { document.timexes.append(Timex(span: span, kind: .date, value: timex.value)) }
        }
        for quantity in annotations.quantities {
            if let span = span(quantity.surface, in: bytes) {
                document.quantities.append(Quantity(span: span, value: quantity.value, unit: quantity.unit, hedge: quantity.hedge,
                                                    describes: quantity.describes))
            }
        }
        var clusterOf: [String: Int] = [:]
        for entity in annotations.entities {
            guard let span = span(entity.surface, in: bytes) else { continue }
            let cluster = clusterOf[entity.name] ?? {
                document.entityClusters.append(EntityCluster(id: document.entityClusters.count, label: entity.label, name: entity.name))
                clusterOf[entity.name] = document.entityClusters.count - 1
                return document.entityClusters.count - 1
            }()
            document.entities.append(EntityMention(span: span, label: entity.label, cluster: cluster, isName: entity.isName))
        }
        for quote in annotations.quotes {
            guard let content = span(quote.content, in: bytes), let speaker = span(quote.speaker, in: bytes) else { continue }
            let cluster = document.entities.first { $0.span == speaker }?.cluster
            document.quotes.append(Quote(span: content, kind: .direct, speaker: speaker, speakerCluster: cluster,
                                         speakerName: cluster.map { document.entityClusters[$0].name }))
        }
        return document
    }

    static func span(_ surface: String, in bytes: [UInt8]) -> Span? {
        let needle = Array(surface.utf8)
        guard !needle.isEmpty, bytes.count >= needle.count else { return nil }
        for start in 0...(bytes.count - needle.count) where bytes[start] == needle[0] {
            if Array(bytes[start..<(start + needle.count)]) == needle { return Span(start, start + needle.count) }
        }
        return nil
    }

    /// Four reports of a port strike from three outlets, plus a late follow-up.
    static func strike() -> [Document] {
        var a = Annotations()
        a.timexes = [("on Monday", "2023-03-06")]
        a.quantities = [("4,200", 4200, nil, "crane operators", "workers"), ("At least 40", 40, "at least", "ships stranded", "ships")]
        a.entities = [("Elena Marsh", .person, "Elena Marsh", true), ("Valmera", .place, "Valmera", true)]
        a.quotes = [("\"Perishable cargo is already spoiling on the quays,\"", "Elena Marsh")]
        let herald = document("herald-1", outlet: "Coast Herald", date: "2023-03-07", title: "Valmera dock strike halts port",
                              text: "Dock workers at the port of Valmera walked off the job on Monday, halting all container traffic. The union of 4,200 crane operators says wages have fallen behind inflation. At least 40 ships are stranded outside the harbour. \"Perishable cargo is already spoiling on the quays,\" said port chief Elena Marsh. Shipping lines have begun diverting vessels to the terminal at Ostrand.", a)
        var b = Annotations()
        b.timexes = [("on Monday", "2023-03-06"), ("on Thursday", "2023-03-09")]
        b.quantities = [("Nearly 40", 40, "nearly", "ships stranded", "ships")]
        b.entities = [("Marsh", .person, "Marsh", true), ("Tom Ruiz", .person, "Tom Ruiz", true)]
        b.quotes = [("\"We will not go back for promises,\"", "Tom Ruiz")]
        let metro = document("metro-1", outlet: "Metro Daily", date: "2023-03-08", estimated: true,
                             text: "Valmera dock workers began their strike on Monday and container traffic remains halted at the port. Nearly 40 ships are stranded off the coast as the port stays closed. \"We will not go back for promises,\" union leader Tom Ruiz told reporters. Marsh said wage talks will resume on Thursday if the pickets are lifted.", b)
        var c = Annotations()
        c.timexes = [("on Thursday", "2023-03-09")]
        c.quantities = [("More than 60", 60, "more than", "ships stranded", "ships")]
        c.entities = [("Elena Marsh", .person, "Elena Marsh", true)]
        let wire = document("wire-1", outlet: "Wire Service", date: "2023-03-10",
                            text: "Wage talks between the Valmera dock union and the port authority resumed on Thursday after pickets were lifted. More than 60 ships are now stranded near the port. Port chief Elena Marsh called the talks constructive but said no deal was close.", c)
        let wireCopy = document("wire-1-copy", outlet: "Regional Times", date: "2023-03-10", text: wire.text, c)
        return [herald, metro, wire, wireCopy]
    }
}
