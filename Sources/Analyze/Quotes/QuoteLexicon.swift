/// The word lists the quote extractor applies: cue verbs by class, cue phrases, pronouns, non-person sources,
/// and the small closed-class lists that bound a speaker's noun phrase.
struct QuoteLexicon: Sendable {
    enum CueClass: Sendable { case speech, belief }

    static let shared = QuoteLexicon()

    /// Lowercase verb form -> class ("said" -> speech, "believes" -> belief).
    let cueVerbs: [String: CueClass]
    /// Pronoun -> gender letter (m/f/n/p).
    let pronouns: [String: Character]
    let nonPersonSources: Set<String>
    /// Lowercase head nouns a speech act can have as its speaker besides names and pronouns: non-person sources,
    /// groups and bodies ("the protesters", "the commission") and person titles ("the minister").
    let speakerNouns: Set<String>
    /// Words that count things rather than name speakers ("Tens", "Dozens", "Thousands").
    let quantityWords: Set<String> = ["tens", "dozens", "scores", "hundreds", "thousands", "millions", "half", "none",
                                      "nobody", "everyone", "everybody", "anyone", "someone", "something", "nothing"]
    /// Words ending like agent nouns that are none ("other", "matter", "water").
    let agentLookalikes: Set<String> = ["other", "others", "another", "either", "neither", "whether", "together", "after",
                                        "later", "under", "over", "rather", "never", "however", "number", "numbers",
                                        "matter", "matters", "water", "waters", "order", "orders", "border", "corner",
                                        "error", "errors", "floor", "door", "factor", "factors", "sector", "sectors",
                                        "center", "centre", "weather", "power", "tower", "river", "cancer", "paper"]
    /// Stance words that make a sentence without a speech verb reported content ("declined", "endorsed").
    let weakCues: Set<String>
    /// Cue forms that introduce a whole quotation right after them ("said", "wrote", "tweeted").
    let quoteIntroducers: Set<String>
    /// Time and manner words between a cue verb and its "that" ("said on Tuesday that …").
    let cueAdverbials: Set<String>
    /// First- and second-person words that make a speaker phrase outside quotation marks the writer's own voice.
    let writerVoice: Set<String>
    /// Head nouns of generic descriptions that stand for an organisation named before them ("the network").
    let organisationDescriptions: Set<String>
    /// Verbs by which one source passes on what another said ("quoted X as saying").
    let relayVerbs: Set<String>
    /// Participles that open a second reported clause inside a sentence ("…, saying …", "…, adding that …").
    let secondClauseOpeners: Set<String> = ["saying", "adding", "noting", "arguing", "calling", "warning", "insisting",
                                            "claiming", "stressing", "explaining", "suggesting", "asking", "declaring",
                                            "telling", "writing", "accusing", "urging", "describing"]
    let determiners: Set<String> = ["the", "a", "an", "one", "another", "some", "many", "several", "two", "three",
                                    "both", "most", "other", "all", "few", "this", "these", "those", "that", "each",
                                    "several", "no", "top", "senior", "former", "current", "u.s.", "us"]
    /// Auxiliaries and adverbs allowed between a subject and its cue verb ("has also said").
    let auxiliaries: Set<String> = ["has", "have", "had", "also", "will", "would", "could", "can", "may", "might",
                                    "did", "does", "do", "just", "later", "then", "previously", "recently", "again",
                                    "further", "once", "repeatedly", "publicly", "reportedly", "not", "never", "was",
                                    "is", "were", "are", "been", "be", "n't", "already", "often", "still", "first",
                                    "separately", "privately", "simply", "flatly", "even", "only", "should", "must",
                                    "allegedly", "subsequently", "earlier", "frequently", "quickly", "openly",
                                    "initially", "apparently", "explicitly", "specifically", "ultimately", "finally"]
    /// Lowercase words that end a leftward subject search.
    let clauseStops: Set<String> = ["that", "which", "who", "whom", "and", "but", "or", "because", "as", "if", "when",
                                    "while", "after", "before", "so", "where", "though", "although", "since", "than",
                                    "until", "unless", "whether", "what", "how", "why", "to", "said", "says", "say",
                                    "nor", "yet", "once"]
    /// Prepositions that open a non-subject chunk ("in remarks to …", "on Monday").
    let prepositions: Set<String> = ["in", "on", "at", "during", "according", "speaking", "after", "before", "for",
                                     "with", "from", "by", "to", "into", "about", "of", "under", "over", "through",
                                     "when", "while", "as", "like", "earlier", "later", "last", "this", "yesterday",
                                     "today", "tomorrow", "meanwhile", "however", "also", "instead", "then"]
    /// Words that cut a speaker phrase into its head part ("A spokesman | for the Russian president").
    let headCutters: Set<String> = ["for", "of", "at", "from", "with", "in", "on", "to", "by", "who", "which", "that"]
    /// Verbs that take a hearer before the content ("told reporters that …").
    let hearerVerbs: Set<String> = ["told", "tell", "tells", "telling", "informed", "assured", "warned", "urged",
                                    "asked", "reminded", "promised", "advised", "convinced"]

    init() {
        var verbs: [String: CueClass] = [:]
        for row in WordList.rows("quotes/cue-verbs.txt") where row.count >= 2 {
            let cls: CueClass = row[0] == "belief" ? .belief : .speech
            for form in row[1].split(separator: " ") { verbs[String(form)] = cls }
        }
        cueVerbs = verbs
        var pronouns: [String: Character] = [:]
        for row in WordList.rows("entities/pronouns.txt") where row.count >= 2 { pronouns[row[0]] = row[1].first! }
        self.pronouns = pronouns
        nonPersonSources = WordList.set("quotes/nonperson-sources.txt", lowercased: true)
        speakerNouns = nonPersonSources.union(WordList.set("quotes/speaker-nouns.txt", lowercased: true))
            .union(WordList.set("entities/titles.txt", lowercased: true))
        weakCues = WordList.set("quotes/weak-cues.txt", lowercased: true)
        quoteIntroducers = WordList.set("quotes/quote-introducers.txt", lowercased: true)
        cueAdverbials = WordList.set("quotes/cue-adverbials.txt", lowercased: true)
        writerVoice = WordList.set("quotes/writer-voice.txt", lowercased: true)
        organisationDescriptions = WordList.set("quotes/organisation-descriptions.txt", lowercased: true)
        relayVerbs = WordList.set("quotes/relay-verbs.txt", lowercased: true)
        precondition(!relayVerbs.isEmpty, "quotes/relay-verbs.txt is missing or empty")
        precondition(!writerVoice.isEmpty, "quotes/writer-voice.txt is missing or empty")
        precondition(!organisationDescriptions.isEmpty, "quotes/organisation-descriptions.txt is missing or empty")
    }
}
