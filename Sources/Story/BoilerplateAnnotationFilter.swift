import Link
import Model

/// Takes what lies inside an outlet's boilerplate sentences (``Link/BoilerplateSentence``) out of each document's
/// analysis, before stories, actors, quotes and claims are built: entity mentions (and the entity clusters left with
/// no mention), quotes, quantities and time expressions. The text itself is kept, so offsets stay valid.
public enum BoilerplateAnnotationFilter {
    /// The documents with boilerplate annotations removed.
    public static func apply(_ documents: [Document], boilerplate: [BoilerplateSentence]) -> [Document] {
        var spans: [String: [Span]] = [:]
        for sentence in boilerplate {
            for occurrence in sentence.occurrences {
                spans[occurrence.document, default: []].append(Span(occurrence.start, occurrence.end))
            }
        }
        guard !spans.isEmpty else { return documents }
        return documents.map { document in
            guard let skip = spans[document.id] else { return document }
            return strip(document, skip.sorted { $0.start < $1.start })
        }
    }

    static func strip(_ document: Document, _ skip: [Span]) -> Document {
        func inside(_ span: Span) -> Bool {
            // Sorted and disjoint sentence spans: the last one starting at or before the span's start.
            var low = 0, high = skip.count
            while low < high {
                let middle = (low + high) / 2
                if skip[middle].start <= span.start { low = middle + 1 } else { high = middle }
            }
            return low > 0 && span.start < skip[low - 1].end
        }
        var document = document
        document.entities.removeAll { inside($0.span) }
        // Clusters are numbered by position: the clusters left with no mention go, and the rest are renumbered.
        let mentioned = Set(document.entities.map(\.cluster))
        var renumbered: [Int: Int] = [:]
        var clusters: [EntityCluster] = []
        for (position, cluster) in document.entityClusters.enumerated() where mentioned.contains(position) {
            renumbered[position] = clusters.count
            var kept = cluster
            kept.id = clusters.count
            clusters.append(kept)
        }
        document.entityClusters = clusters
        for index in document.entities.indices {
            document.entities[index].cluster = renumbered[document.entities[index].cluster] ?? document.entities[index].cluster
        }
        document.quotes.removeAll { inside($0.span) }
        for index in document.quotes.indices {
            document.quotes[index].speakerCluster = document.quotes[index].speakerCluster.flatMap { renumbered[$0] }
        }
        document.quantities.removeAll { inside($0.span) }
        document.timexes.removeAll { inside($0.span) }
        return document
    }
}
