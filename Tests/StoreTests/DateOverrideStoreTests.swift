import Foundation
import Model
import Testing
@testable import Store

@Suite struct DateOverrideStoreTests {
    @Test func oneDatePerArticleThatPersistsAndCanBeCleared() throws {
        let path = NSTemporaryDirectory() + "date-overrides-\(UUID().uuidString).db"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let store = try StorylineStore(path: path)
        let dates = try DateOverrideStore(path: store.path)
        try dates.set(documentID: "a1", date: CalendarDate(year: 2022, month: 2, day: 18), note: "press conference in Moscow")
        try dates.set(documentID: "b2", date: CalendarDate(year: 2021, month: 12, day: 1), note: nil)
        try dates.set(documentID: "a1", date: CalendarDate(year: 2022, month: 2, day: 17), note: "corrected")
        let stored = try DateOverrideStore(path: path).all()
        #expect(stored.map(\.documentID) == ["a1", "b2"])
        #expect(stored[0].date == CalendarDate(year: 2022, month: 2, day: 17))
        #expect(stored[0].attribution.source == .user && stored[0].attribution.confidence == 1)
        #expect(stored[0].attribution.evidence == "set by the user: corrected")
        #expect(try DateOverrideStore(path: path).remove(documentID: "a1"))
        #expect(try !DateOverrideStore(path: path).remove(documentID: "a1"))
        #expect(try DateOverrideStore(path: path).all().map(\.documentID) == ["b2"])
        #expect(try StorylineStore(path: path).allDocuments().isEmpty)  // the article store's migrations still run
    }
}
