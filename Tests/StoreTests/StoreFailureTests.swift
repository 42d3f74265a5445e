import Foundation
import GRDB
import Model
import Testing
@testable import Store

/// Errors from a damaged store reach the user as one line of our words: SQLite's result code decides the advice, the
/// SQL statement and Swift's decoder dump are never shown.
struct StoreFailureTests {
    /// A store with one article whose database file is then changed behind its back by `damage`.
    func damagedStore(_ damage: String) throws -> (TemporaryStore, String) {
        let temporary = try TemporaryStore()
        _ = try temporary.store.insert([TemporaryStore.record("a1", title: "Quay", text: "The quay reopened on Monday.")])
        let path = temporary.directory + "/test.db"
        let queue = try DatabaseQueue(path: path)
        try queue.write { try $0.execute(sql: damage) }
        try queue.close()
        return (temporary, path)
    }

    func failure(of body: () throws -> Void) -> (any Error)? {
        do { try body(); return nil } catch { return error }
    }

    @Test func aMissingColumnIsToldWithoutTheSQL() throws {
        let (temporary, path) = try damagedStore("ALTER TABLE article RENAME COLUMN document_json TO something_else")
        let store = try StorylineStore(path: path, access: .readOnly)
        let error = try #require(failure { _ = try store.allDocuments() })
        #expect("\(error)".contains("SELECT"))  // the raw error carries the statement
        let reason = try #require(StoreFailure.reason(error))
        #expect(reason.hasPrefix("the store lacks a table or column it should have (SQLite: no such column: document_json)"))
        #expect(!reason.contains("SELECT") && !reason.contains("\n"))
        _ = temporary
    }

    @Test func anUndecodableStoredDocumentIsToldAsDamage() throws {
        let (temporary, path) = try damagedStore(#"UPDATE article SET document_json = '{"text": 5}'"#)
        let store = try StorylineStore(path: path, access: .readOnly)
        let error = try #require(failure { _ = try store.allDocuments() })
        let reason = try #require(StoreFailure.reason(error))
        #expect(reason.hasPrefix(#"a stored article cannot be decoded (missing "id")"#))
        #expect(!reason.contains("CodingKeys") && !reason.contains("\n"))
        _ = temporary
    }

    @Test func resultCodesGiveAdviceAndNeverTheStatement() throws {
        let sql = "SELECT secret_column FROM article WHERE id = 1"
        let cases: [(ResultCode, String)] = [
            (.SQLITE_BUSY, "the store is busy"), (.SQLITE_READONLY, "the store cannot be written"),
            (.SQLITE_CORRUPT, "the store is damaged"), (.SQLITE_NOTADB, "the store is damaged"),
            (.SQLITE_FULL, "the disk holding the store is full"), (.SQLITE_CANTOPEN, "the store file cannot be opened"),
            (.SQLITE_IOERR, "reading or writing the store file failed"), (.SQLITE_PERM, "permission denied"),
            (.SQLITE_CONSTRAINT, "the store could not be used (SQLite: went wrong)"),
        ]
        for (code, start) in cases {
            let reason = try #require(StoreFailure.reason(DatabaseError(resultCode: code, message: "went wrong", sql: sql)))
            #expect(reason.hasPrefix(start), "\(code): \(reason)")
            #expect(!reason.contains("secret_column"), "\(code)")
        }
    }

    @Test func otherErrorsAreNotTheStores() {
        struct Elsewhere: Error {}
        #expect(StoreFailure.reason(Elsewhere()) == nil)
        #expect(StoreFailure.reason(StoreError.unreadable(path: "x.db")) == "x.db is not a readable Storyline store")
    }
}
