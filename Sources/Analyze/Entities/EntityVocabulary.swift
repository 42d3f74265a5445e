/// The entity word lists other stages may consult: known variants of one place or organisation name
/// ("U.S." → "united states") and demonyms ("Libyan" → "Libya"), as shipped in `Resources/entities/`.
public enum EntityVocabulary {
    /// Lowercased variant → lowercased canonical name ("u.s." → "united states", "nato" → "north atlantic treaty organization").
    public static var canonicalNames: [String: String] { EntityLexicon.shared.canonical }

    /// Demonym → place ("Russian" → "Russia"), as written.
    public static var demonyms: [String: String] { EntityLexicon.shared.demonyms }

    /// Whether a word is a title or role word ("president", "spokesman"), any case.
    public static func isTitle(_ word: String) -> Bool { EntityLexicon.shared.isTitle(word) }

    /// Whether a capitalised word is a known given name or surname ("Moussa", "Graham"), as the name lists write it.
    public static func isPersonNameWord(_ word: String) -> Bool {
        EntityLexicon.shared.givenNames.contains(word) || EntityLexicon.shared.surnames.contains(word)
    }
}
