extension Document {
    /// How users cite the article: the id its input gave it, else the stored document id.
    public var reference: String {
        if let inputID = metadata.inputID, !inputID.isEmpty { return inputID }
        return id
    }

    /// The article's title, or for an input without one the opening words of its text (at most `limit`
    /// characters, cut at a word, with "…"), so that every listing can name the article.
    public func displayTitle(limit: Int = 90) -> String {
        Document.displayTitle(title: metadata.title, text: text, limit: limit)
    }

    /// The title, or the opening words of `text` when there is none (see ``displayTitle(limit:)``).
    public static func displayTitle(title: String?, text: String, limit: Int = 90) -> String {
        if let title = title?.split(whereSeparator: \.isWhitespace).joined(separator: " "), !title.isEmpty {
            return title
        }
        // The first line with a letter, read no further than the title needs (texts can be one long line).
        var firstLine: Substring = ""
        var rest = text.prefix(4_000)
        while !rest.isEmpty {
            let end = rest.firstIndex(where: \.isNewline) ?? rest.endIndex
            let line = rest[..<end]
            if line.contains(where: \.isLetter) { firstLine = line; break }
            rest = end == rest.endIndex ? "" : rest[rest.index(after: end)...]
        }
        let words = firstLine.prefix(limit + 1).split(whereSeparator: \.isWhitespace)
        var title = ""
        for word in words {
            if title.count + word.count + 1 > limit { return title + " …" }
            title += title.isEmpty ? String(word) : " " + word
        }
        return title.isEmpty ? "(untitled)" : title
    }
}
