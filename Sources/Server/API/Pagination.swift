import Foundation

/// Which part of a list a request asks for: `offset` (from 0) and `limit` (1 to ``maximumLimit``).
struct Pagination: Sendable {
    static let defaultLimit = 50
    static let maximumLimit = 500
    /// The largest offset accepted: far beyond any list the desk serves, and small enough that offset + limit cannot overflow.
    static let maximumOffset = 10_000_000

    var offset: Int
    var limit: Int

    init(offset: Int = 0, limit: Int = Pagination.defaultLimit) {
        self.offset = offset
        self.limit = limit
    }

    /// Reads `offset` and `limit` from the query; a value that is not a number in range is an error.
    init(_ query: FormFields) throws {
        offset = 0
        limit = Self.defaultLimit
        if let text = query["offset"] {
            guard let value = Int(text), (0...Self.maximumOffset).contains(value) else {
                throw DeskError(.badRequest, "offset must be a whole number from 0 to \(Self.maximumOffset)")
            }
            offset = value
        }
        if let text = query["limit"] {
            guard let value = Int(text), (1...Self.maximumLimit).contains(value) else {
                throw DeskError(.badRequest, "limit must be a whole number from 1 to \(Self.maximumLimit)")
            }
            limit = value
        }
    }

    /// This page of `items`, with the list's size and the query of the next page.
    func page<Item: Encodable>(_ items: [Item], path: String, query: FormFields) -> PageEnvelope<Item> {
        let start = min(offset, items.count)
        let end = min(start + limit, items.count)
        var next: String?
        if end < items.count {
            var pairs = query.pairs.filter { $0.name != "offset" && $0.name != "limit" }
            pairs.append((name: "offset", value: String(end)))
            pairs.append((name: "limit", value: String(limit)))
            next = path + "?" + pairs.map { FormFields.encode($0.name) + "=" + FormFields.encode($0.value) }.joined(separator: "&")
        }
        return PageEnvelope(items: Array(items[start..<end]), total: items.count, offset: offset, limit: limit, next: next)
    }
}

/// One page of a list as the API returns it.
struct PageEnvelope<Item: Encodable>: Encodable {
    var items: [Item]
    /// How many items the whole list holds.
    var total: Int
    var offset: Int
    var limit: Int
    /// The path and query of the next page; absent on the last page.
    var next: String?
}
