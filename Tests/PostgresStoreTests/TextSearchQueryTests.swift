import Store
import Testing
@testable import PostgresStore

/// The store-neutral query compiled to tsquery text, and the words both stores index.
struct TextSearchQueryTests {
    private func compiled(_ text: String) throws -> String? {
        TextSearchQuery.compile(try SearchQuery(parsing: text))
    }

    @Test func operatorsPhrasesPrefixesAndFields() throws {
        #expect(try compiled("harbour mayor") == "'harbour' & 'mayor'")
        #expect(try compiled("a OR b NOT c") == "'a' | 'b' & ! 'c'")
        #expect(try compiled("harbour -mayor") == "'harbour' & ! 'mayor'")
        #expect(try compiled("\"Harbour Master\"") == "('harbour' <-> 'master')")
        #expect(try compiled("ferr*") == "'ferr':*")
        #expect(try compiled("title:quay source:\"the herald\"") == "'quay':A & ('the':B <-> 'herald':B)")
        #expect(try compiled("text:well-kno*") == "('well':D <-> 'kno':*D)")
        #expect(try compiled("(a OR b) c") == "( 'a' | 'b' ) & 'c'")
        #expect(try compiled("date:2022") == nil)
    }

    @Test func userTextNeverBecomesSyntax() throws {
        #expect(try compiled("o'brien") == "('o' <-> 'brien')")
        #expect(try compiled("a\\b:*") == "('a' <-> 'b':*)")
        #expect(try compiled("\"&|!\"") == "' '")
    }

    @Test func wordsAreWhatFTS5Indexes() {
        #expect(SearchWords.normalized("Well-known U.S. e-mail: desk@city.example, 3.5%") == "well known u s  e mail  desk city example  3 5 ")
        #expect(SearchWords.words("Zoë ÉLAN café – Москва") == ["zoe", "elan", "cafe", "москва"])
        #expect(SearchWords.words("naïve\u{00A0}résumé") == ["naive", "resume"])
    }
}
