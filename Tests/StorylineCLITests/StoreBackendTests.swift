import Testing
@testable import StorylineCLI

/// Which commands a `postgres://` store is refused for, from the command line and STORYLINE_DB.
struct StoreBackendTests {
    private let url = "postgres://storyline@db.example:5432/news"

    @Test func storyCommandsOnAPostgresStoreAreRefusedInOneLine() throws {
        let line = try #require(StoreBackend.refusal(arguments: ["stories", "--db", url], environment: [:]))
        #expect(line.hasPrefix("storyline stories does not work on a PostgreSQL store yet"))
        #expect(!line.contains("\n"))
        #expect(StoreBackend.refusal(arguments: ["brief", "s1", "--db=\(url)"], environment: [:]) != nil)
        #expect(StoreBackend.refusal(arguments: ["actor", "merge", "a", "b"], environment: ["STORYLINE_DB": url]) != nil)
        #expect(StoreBackend.refusal(arguments: ["bench", "index", "--db", url], environment: [:]) != nil)
    }

    @Test func articleCommandsAndSQLiteStoresPass() {
        #expect(StoreBackend.refusal(arguments: ["ingest", "x.jsonl", "--db", url], environment: [:]) == nil)
        #expect(StoreBackend.refusal(arguments: ["search", "harbour"], environment: ["STORYLINE_DB": url]) == nil)
        #expect(StoreBackend.refusal(arguments: ["stories", "--db", "news.db"], environment: ["STORYLINE_DB": url]) == nil)
        #expect(StoreBackend.refusal(arguments: ["stories", "--help", "--db", url], environment: [:]) == nil)
        // STORYLINE_DB only stands in for a default --db: a command without a store ignores it.
        #expect(StoreBackend.refusal(arguments: ["extract", "page.html"], environment: ["STORYLINE_DB": url]) == nil)
        #expect(StoreBackend.isPostgres("postgresql://u@h/d") && !StoreBackend.isPostgres("postgres.db"))
    }
}
