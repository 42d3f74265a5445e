import Foundation
import Link
import Model
import Store

/// The corrections a user can make (an article's date; an actor merge or split), as form posts from the pages and
/// as JSON API calls. Each needs the desk's token; each is stored as the CLI stores it and the story index is then
/// brought up to date.
struct CorrectionEndpoints {
    let library: DeskLibrary
    let request: DeskRequest
    let token: String?

    /// What a correction did, as the API reports it.
    struct Outcome: Encodable {
        var status: Int
        var message: String
    }

    /// Handles a POST (or DELETE) to `segments`; `api` answers JSON instead of redirecting the browser.
    func handle(_ segments: [String], api: Bool) throws -> DeskResponse {
        let fields = try request.fields()
        try authorise(fields)
        let message: String
        let back: String
        if let id = Route.match(segments, "articles/*/date")?.first, request.method == "POST" || request.method == "DELETE" {
            let documentID = try library.current().documentID(id)
            if request.method == "DELETE" || fields["clear"] == "1" {
                var removed = false
                try library.write { removed = try DateOverrideStore(path: library.db).remove(documentID: documentID) }
                message = removed ? "\(id): date set by hand removed" : "\(id): no date set by hand"
            } else {
                guard let text = fields["date"], let day = CalendarDate(iso: text) else {
                    throw DeskError(.badRequest, "date must be YYYY-MM-DD")
                }
                let note = fields["note"].flatMap { $0.isEmpty ? nil : String($0.prefix(500)) }
                try library.write { try DateOverrideStore(path: library.db).set(documentID: documentID, date: day, note: note) }
                message = "\(id): published \(day) (set by the user)"
            }
            back = HTML.path(["articles", id])
        } else if segments == ["actors", "merge"], request.method == "POST" {
            let actors = fields.all("actor").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            guard actors.count >= 2 else { throw DeskError(.badRequest, "merge needs at least two actors") }
            try library.write { _ = try ActorOverrideStore(path: library.db).add(kind: ActorOverride.Kind.merge.rawValue, actors: actors) }
            message = "merged \(actors.joined(separator: " + "))"
            back = try storyPath(fields)
        } else if segments == ["actors", "split"], request.method == "POST" {
            guard let actor = fields["actor"]?.trimmingCharacters(in: .whitespaces), !actor.isEmpty else {
                throw DeskError(.badRequest, "split needs the actor")
            }
            let aliases = (fields.all("alias") + (fields["aliases"].map { $0.split(separator: ",").map(String.init) } ?? []))
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            guard !aliases.isEmpty else { throw DeskError(.badRequest, "split needs at least one alias") }
            try library.write {
                _ = try ActorOverrideStore(path: library.db).add(kind: ActorOverride.Kind.split.rawValue, actors: [actor], aliases: aliases)
            }
            message = "split \(aliases.joined(separator: ", ")) out of \(actor)"
            back = try storyPath(fields)
        } else {
            throw DeskError(.notFound, "no correction at \(request.path)")
        }
        return api ? .json(try DeskJSON.encode(Outcome(status: 200, message: message))) : .redirect(back)
    }

    private func storyPath(_ fields: FormFields) throws -> String {
        guard let story = fields["story"], !story.isEmpty else { return "/" }
        return HTML.path(["stories", story]) + "#actors"
    }

    /// A write needs the desk's token (form field `token` or `Authorization: Bearer`); without one the desk is read-only.
    private func authorise(_ fields: FormFields) throws {
        guard let token else {
            throw DeskError(.forbidden, "this desk is read-only: start `storyline serve` with --token (or STORYLINE_TOKEN) to allow corrections")
        }
        guard let given = request.bearerToken ?? fields["token"], Self.same(given, token) else {
            throw DeskError(.unauthorized, "a correction needs the desk's token")
        }
    }

    /// Compares without stopping at the first difference.
    static func same(_ a: String, _ b: String) -> Bool {
        let left = Array(a.utf8), right = Array(b.utf8)
        var difference = UInt8(left.count == right.count ? 0 : 1)
        for index in 0..<max(left.count, right.count) {
            difference |= (index < left.count ? left[index] : 0) ^ (index < right.count ? right[index] : 0)
        }
        return difference == 0
    }
}
