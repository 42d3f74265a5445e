import Foundation

/// The correction forms (shown only when the desk was started with a token; every one asks for it).
enum Forms {
    static let readOnlyNote = "<p class=\"readonly\">This desk is read-only: start <code>storyline serve</code> with <code>--token</code> to make corrections.</p>"

    static let tokenField = "<label>Token <input type=\"password\" name=\"token\" required autocomplete=\"off\"></label>"

    static func dateForm(article: String, current: String?) -> String {
        let action = HTML.escape(HTML.path(["articles", article, "date"]))
        return """
        <section id="correct-date"><h2>Correct the date</h2>
        <form method="post" action="\(action)">
        <label>Publication date <input type="date" name="date" value="\(HTML.escape(current ?? ""))" required></label>
        <label>Why <input type="text" name="note" maxlength="500"></label>
        \(tokenField)
        <button type="submit">Set the date</button>
        </form>
        <form method="post" action="\(action)"><input type="hidden" name="clear" value="1">\(tokenField)<button type="submit">Forget the date set by hand</button></form>
        </section>
        """
    }

    static func actorForms(story: String) -> String {
        """
        <h3>Correct the actors</h3>
        <form method="post" action="/actors/merge"><input type="hidden" name="story" value="\(HTML.escape(story))">
        <label>Merge these actors (ids, names or aliases; the first names the result) <input type="text" name="actor" required> + <input type="text" name="actor" required></label>
        \(tokenField)
        <button type="submit">Merge</button></form>
        <form method="post" action="/actors/split"><input type="hidden" name="story" value="\(HTML.escape(story))">
        <label>Split out of actor <input type="text" name="actor" required></label>
        <label>the aliases (comma-separated) <input type="text" name="aliases" required></label>
        \(tokenField)
        <button type="submit">Split</button></form>
        """
    }
}
