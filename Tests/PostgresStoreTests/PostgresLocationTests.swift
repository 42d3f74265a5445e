import Testing
@testable import PostgresStore

/// libpq-style URLs to a location, and back without the password.
struct PostgresLocationTests {
    @Test func tcpAndSocketURLs() throws {
        let tcp = try PostgresLocation(url: "postgres://ana:s3cret@db.example:6543/news", environment: [:])
        #expect(tcp == PostgresLocation(host: "db.example", port: 6543, user: "ana", password: "s3cret", database: "news"))
        #expect(tcp.description == "postgres://ana@db.example:6543/news")
        let socket = try PostgresLocation(url: "postgresql://ana@/news?host=/run/pg&port=5433", environment: [:])
        #expect(socket.unixSocketPath == "/run/pg/.s.PGSQL.5433")
        #expect(socket.database == "news" && socket.port == 5433)
        let defaults = try PostgresLocation(url: "postgres://", environment: ["PGUSER": "bo"])
        #expect(defaults == PostgresLocation(host: "127.0.0.1", port: 5432, user: "bo", database: "bo"))
    }

    @Test func refusesWhatItCannotHonour() {
        #expect(throws: PostgresLocation.InvalidURL.self) { try PostgresLocation(url: "news.db") }
        #expect(throws: PostgresLocation.InvalidURL.self) { try PostgresLocation(url: "postgres://a@h/d?sslmode=require") }
        #expect(PostgresLocation.redacting("postgres://a:pw@h/d").contains("pw") == false)
    }
}
