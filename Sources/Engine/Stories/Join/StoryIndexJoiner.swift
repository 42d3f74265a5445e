import Foundation
import Link
import Model
import Store
import Story

/// Adds newly stored articles to the persisted story index one by one, the way the clusterer would take one more
/// article (``Link/StoryClusterer``): each is compared with every kept story's centroid and entities, joins the
/// closest story (and event) or starts a story with the next unused number. Nothing else is worked out again: the
/// term statistics, the joined story's group and the new article's vector are updated, the outlet boilerplate
/// learned so far is left out of the new article, and the changed stories' products are rebuilt.
///
/// Copies are found as a full build finds them, among the articles sharing an LSH band with the new one (the band
/// keys are kept in the index). What a join does not do, and a full build (`storyline index --rebuild`, or the next
/// update that is not only new articles) does: learn new outlet boilerplate, link teasers to the articles they list,
/// date an undated article from its story, and re-cluster in date order (an old article arriving late joins where
/// its text fits now).
struct StoryIndexJoiner {
    var clusterer = StoryClusterer()
    let decoder = JSONDecoder()
    let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }()

    /// What the join changed, for the products.
    struct Result {
        var update: StoryIndexUpdate
        var changed: [StoryCluster]
        var fingerprints: [String: String]
        var assignments: [StoryAssignment]
        var duplicates: DuplicateReport
        var boilerplate: [BoilerplateSentence]
    }

    /// Joins the articles `ids` (stored, not yet indexed) to the index.
    func join(_ ids: [String], store: any ArticleStore, index: StoryIndexStore) throws -> Result {
        let started = Date()
        let storeFingerprint = try index.storeFingerprint()
        var nextNumber = try index.state()?.nextStoryNumber ?? 1
        var documentCount = try index.joinDocumentCount() ?? 0
        var documents = try store.documents(ids: ids)
        try StoryService.fillInputIDs(&documents, store)
        StoryWorkspace.applyUserDates(try StoryService.userDates(db: store.path), to: &documents)
        documents = StoryClusterer.ordered(documents)

        // The outlet boilerplate learned so far is left out of the new articles.
        var boilerplate = try decodeBlob([BoilerplateSentence].self, StoryService.Blob.boilerplate, index) ?? []
        let finder = RepeatedSentenceFinder()
        var boilerplatePosition: [String: Int] = [:]
        for (position, sentence) in boilerplate.enumerated() { boilerplatePosition[sentence.source + "\n" + sentence.text] = position }
        let originals = Dictionary(documents.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for position in documents.indices {
            let found = finder.occurrences(of: boilerplate, in: documents[position])
            guard !found.isEmpty else { continue }
            documents[position] = BoilerplateAnnotationFilter.apply([documents[position]], boilerplate: found)[0]
            for sentence in found {
                guard let kept = boilerplatePosition[sentence.source + "\n" + sentence.text] else { continue }
                boilerplate[kept].articleCount += 1
                boilerplate[kept].occurrences += sentence.occurrences
            }
        }

        // Copies: each new article against the articles (kept or new) sharing an LSH band with it.
        var duplicates = try decodeBlob(DuplicateReport.self, StoryService.Blob.duplicates, index) ?? DuplicateReport()
        let detector = DuplicateDetector()
        var bandKeys: [String: [UInt64]] = [:]
        var links: [DuplicateLink] = []
        for document in documents {
            let found = try detector.links(joining: document, report: duplicates, boilerplateSentences: boilerplate) { keys in
                let wanted = Set(keys)
                let earlier = documents.filter { bandKeys[$0.id].map { !wanted.isDisjoint(with: $0) } ?? false }
                return try index.documents(ids: try index.joinCandidates(bandKeys: keys)) + earlier
            }
            bandKeys[document.id] = found.bandKeys
            duplicates.links += found.links
            links += found.links
        }
        let linkTexts = StoryIndexBuilder.linkTexts(links)

        // Every kept story, for comparison; a story's whole group is read when an article joins it.
        let kept = try index.joinGroups()
        var storyIDs = kept.map(\.storyID)
        var groups = try kept.map { stored -> ClusterGroup in
            var group = ClusterGroup()
            group.centroid = try JoinStateCodec.vector(stored.centroid)
            for entity in try JoinStateCodec.entities(stored.entities) { group.entityCounts[entity] = 1 }
            group.firstDay = stored.firstDay
            group.lastDay = stored.lastDay
            return group
        }
        var whole = Set<Int>()
        var terms: [UInt64: StoryJoinTerm] = [:]
        var members: [String: StoryClusterer.Member] = [:]
        var assignments: [StoryAssignment] = []
        var changed = Set<Int>()
        var startedStories = 0
        for document in documents {
            let article = clusterer.features(document)
            let missing = article.counts.keys.filter { terms[$0] == nil }
            for (term, stored) in try index.joinTerms(Array(missing)) { terms[term] = stored }
            documentCount += 1
            for term in article.counts.keys {
                var entry = terms[term] ?? StoryJoinTerm(term: term, documentFrequency: 0, surface: article.surfaces[term] ?? "")
                entry.documentFrequency += 1
                terms[term] = entry
            }
            let statistics = TermStatistics(documentCount: documentCount,
                                            documentFrequency: Dictionary(article.counts.keys.map { ($0, terms[$0]?.documentFrequency ?? 1) },
                                                                          uniquingKeysWith: { first, _ in first }))
            let vector = statistics.vector(counts: article.counts)
            members[document.id] = StoryClusterer.Member(id: document.id, title: document.metadata.title,
                                                         outlet: document.outlet, vector: vector)
            if let match = clusterer.best(vector, entities: article.entities, day: article.day, among: groups) {
                if !whole.contains(match.group) {
                    guard let state = try index.joinGroupState(story: storyIDs[match.group]) else { throw JoinStateCodec.Malformed() }
                    groups[match.group] = try JoinStateCodec.group(state)
                    whole.insert(match.group)
                }
                let event = clusterer.join(&groups[match.group], article: article, vector: vector)
                assignments.append(clusterer.joined(article, vector: vector, match: match, story: storyIDs[match.group],
                                                    event: event, group: groups[match.group]))
                changed.insert(match.group)
            } else {
                var group = ClusterGroup()
                _ = clusterer.join(&group, article: article, vector: vector)
                let id = "s\(nextNumber)"
                nextNumber += 1
                groups.append(group)
                storyIDs.append(id)
                whole.insert(groups.count - 1)
                changed.insert(groups.count - 1)
                startedStories += 1
                assignments.append(clusterer.started(article.id, story: id))
            }
        }

        // The changed stories as people see them, with their members' titles and outlets.
        let memberIDs = changed.flatMap { groups[$0].documents }.filter { members[$0] == nil }
        for (id, stored) in try index.joinMembers(memberIDs) {
            members[id] = StoryClusterer.Member(id: id, title: stored.title, outlet: stored.outlet,
                                                vector: try JoinStateCodec.vector(stored.vector))
        }
        var surfaceTerms = Set<UInt64>()
        for position in changed {
            surfaceTerms.formUnion(groups[position].centroid.terms)
            for event in groups[position].events { surfaceTerms.formUnion(event.centroid.terms) }
        }
        var surfaces = try index.joinTerms(Array(surfaceTerms.filter { terms[$0] == nil })).mapValues(\.surface)
        for (term, entry) in terms { surfaces[term] = entry.surface }
        var changedStories: [StoryCluster] = []
        var indexed: [IndexedStory] = []
        var fingerprints: [String: String] = [:]
        let signatures = Dictionary(documents.map { ($0.id, StoryIndexBuilder.analysisSignature($0)) }, uniquingKeysWith: { first, _ in first })
        for position in changed.sorted() {
            let id = storyIDs[position]
            let group = groups[position]
            let story = StoryClusterer.story(id: id, group: group,
                                             members: group.documents.compactMap { members[$0] }) { surfaces[$0] }
            let added = group.documents.filter { signatures[$0] != nil }
            let fingerprint = StoryIndexStore.hash((try index.story(id: id)?.fingerprint ?? StoryIndexStore.contentVersion) + "\n"
                + added.map { "\($0) \(signatures[$0] ?? "") \((linkTexts[$0] ?? []).sorted().joined(separator: ","))" }.joined(separator: "\n"))
            fingerprints[id] = fingerprint
            changedStories.append(story)
            indexed.append(IndexedStory(id: id, number: Int(id.dropFirst()) ?? 0, documents: group.documents,
                                        fingerprint: fingerprint, payload: try encoder.encode(story)))
        }
        let allAssignments = (try decodeBlob([StoryAssignment].self, StoryService.Blob.assignments, index) ?? []) + assignments
        let unchanged = Set(documents.filter { document in
            originals[document.id].map { StoryIndexBuilder.sameAnalysis($0, document) } ?? false
        }.map(\.id))
        let join = StoryIndexJoin(
            storeFingerprint: storeFingerprint, nextStoryNumber: nextNumber, stories: indexed, documents: documents,
            unchanged: unchanged, documentCount: documentCount, terms: Array(terms.values),
            groups: changed.sorted().map { position in
                StoryJoinGroup(storyID: storyIDs[position], firstDay: groups[position].firstDay, lastDay: groups[position].lastDay,
                               centroid: JoinStateCodec.encode(groups[position].centroid),
                               entities: JoinStateCodec.encode(entities: groups[position].entityCounts.keys),
                               state: JoinStateCodec.encode(groups[position]))
            },
            members: documents.compactMap { document in
                members[document.id].map { StoryJoinMember(documentID: $0.id, title: $0.title, outlet: $0.outlet,
                                                           vector: JoinStateCodec.encode($0.vector)) }
            },
            bandKeys: bandKeys,
            blobs: [StoryService.Blob.duplicates: try encoder.encode(duplicates),
                    StoryService.Blob.assignments: try encoder.encode(allAssignments),
                    StoryService.Blob.boilerplate: try encoder.encode(boilerplate)])
        try index.apply(join)
        var update = StoryIndexUpdate()
        update.stories = changed.count
        update.started = startedStories
        update.kept = changed.count - startedStories
        update.joined = documents.count
        update.joinSeconds = Date().timeIntervalSince(started)
        return Result(update: update, changed: changedStories, fingerprints: fingerprints, assignments: allAssignments,
                      duplicates: duplicates, boilerplate: boilerplate)
    }

    private func decodeBlob<Value: Decodable>(_ type: Value.Type, _ name: String, _ index: StoryIndexStore) throws -> Value? {
        guard let data = try index.blob(name) else { return nil }
        return try decoder.decode(type, from: data)
    }
}
