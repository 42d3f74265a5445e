import Story

/// The brief the API answers by default: every list cut to what the story page shows (the full brief of a story of a
/// thousand articles runs to tens of megabytes). `?full=1` asks for all of it; the section endpoints page through it.
enum BriefTrimmer {
    static let articles = 100
    static let actors = 40
    static let speakers = 20
    static let quotesPerSpeaker = 6
    static let claimGroups = 12
    static let claimsPerGroup = 12
    static let outlets = 30
    static let days = 120
    static let copies = 100

    static func trim(_ brief: Brief) -> Brief {
        var trimmed = brief
        trimmed.articles = Array(brief.articles.prefix(articles))
        trimmed.actors = Array(brief.actors.prefix(actors))
        trimmed.quotes = brief.quotes.prefix(speakers).map { entry in
            var entry = entry
            entry.quotes = Array(entry.quotes.prefix(quotesPerSpeaker))
            return entry
        }
        trimmed.claims = brief.claims.prefix(claimGroups).map { group in
            var group = group
            let kept = Set(0..<min(group.claims.count, claimsPerGroup))
            group.claims = Array(group.claims.prefix(claimsPerGroup))
            group.comparisons = group.comparisons.filter { kept.contains($0.first) && kept.contains($0.second) }
            return group
        }
        trimmed.coverage.outlets = Array(brief.coverage.outlets.prefix(outlets))
        trimmed.coverage.days = Array(brief.coverage.days.prefix(days))
        trimmed.duplicates = Array(brief.duplicates.prefix(copies))
        return trimmed
    }
}
