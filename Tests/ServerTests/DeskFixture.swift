import Engine
import Foundation
import Ingest
import Server
import Store

/// A store of invented articles (two stories; one article with a hostile title and text) and a desk served from
/// it on a free loopback port for the length of a test.
enum DeskFixture {
    static let hostileTitle = #"<script>alert("title")</script> Bridge & "Tunnel" 'Authority'"#
    static let hostileSentence = #"<script>alert('text')</script> & <img src=x onerror="alert(1)">"#

    static func line(id: String, date: String, source: String, title: String, text: String) -> String {
        let object: [String: String] = ["id": id, "date": date, "source": source, "title": title, "text": text,
                                        "url": "https://\(source.lowercased().replacingOccurrences(of: " ", with: ""))/\(id)"]
        let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }

    /// A ferry strike over five days and two outlets, with quotes and a count that changes.
    static let strike: [String] = (0..<5).map { day in
        line(id: "ferry-\(day)", date: "2024-02-1\(day)", source: ["Lakeside Tribune", "Harbour Courier"][day % 2],
             title: "Ferry crews at Port Alder strike for day \(day + 1)", text: """
            Ferry crews at Port Alder stayed on strike on Tuesday, the Alder Ferry Workers Union said.

            Union secretary Marta Keld said the strike would continue until the operator restored the night shifts. \
            "We will not sail a single crossing until the shifts come back," Keld told reporters at Port Alder.

            The operator Alder Lines said \(300 + day * 40) passengers were stranded at Port Alder on the day.
            """)
    }

    /// A bridge inspection story, one article of which has a hostile title and text.
    static let bridge: [String] = (0..<3).map { day in
        line(id: "bridge-\(day)", date: "2024-06-0\(day + 3)", source: "Valley Gazette",
             title: day == 0 ? hostileTitle : "Engineers inspect the Greyford bridge, day \(day + 1)", text: """
            Engineers kept the Greyford river bridge closed for a structural inspection on day \(day + 1), the Greyford county council said.

            \(day == 0 ? hostileSentence + "\n\n" : "")Council engineer Tomas Brill said the cracks were found in two \
            supports. "The bridge stays closed until every support is checked," Brill said in Greyford.
            """)
    }

    /// The path of a fresh store with both stories ingested and indexed.
    static func makeStore() throws -> String {
        let directory = NSTemporaryDirectory() + "storyline-desk-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let input = directory + "/articles.jsonl"
        try ((strike + bridge).joined(separator: "\n") + "\n").write(toFile: input, atomically: true, encoding: .utf8)
        let db = directory + "/desk.db"
        _ = try IngestService(store: try StorylineStore(path: db)).run(files: InputExpander.expand([input]).files)
        return db
    }

    /// Runs `body` against a desk on a free loopback port, then stops it.
    static func withDesk<T>(db: String? = nil, token: String? = nil, maximumBodyBytes: Int = 64 * 1024,
                            _ body: (LoopbackHTTPClient) async throws -> T) async throws -> T {
        let path = try db ?? makeStore()
        // A store made for this desk alone goes with it.
        defer { if db == nil { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) } }
        let server = try DeskServer(configuration: DeskConfiguration(db: path, host: "127.0.0.1", port: 0, token: token,
                                                                     maximumBodyBytes: maximumBodyBytes))
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let task = Task { try await server.run { port in continuation.yield(port) } }
        defer { task.cancel() }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next(), port > 0 else { throw LoopbackHTTPClient.Failure(description: "the desk did not start") }
        let client = LoopbackHTTPClient(port: port)
        defer { client.close() }
        return try await body(client)
    }
}

extension LoopbackHTTPClient {
    /// GET off the cooperative pool (the client blocks).
    func get(_ path: String, headers: [String: String] = [:]) async throws -> Reply {
        try await send("GET", path, headers: headers)
    }

    func send(_ method: String, _ path: String, headers: [String: String] = [:], body: String = "") async throws -> Reply {
        let client = UncheckedBox(self)
        return try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try client.value.request(method, path, headers: headers, body: Data(body.utf8)) })
            }
        }
    }

    /// The body of a GET as a JSON value, after checking its status.
    func json(_ path: String, status: Int = 200) async throws -> Any {
        let reply = try await get(path)
        guard reply.status == status else {
            throw Failure(description: "\(path): status \(reply.status), expected \(status): \(reply.text.prefix(300))")
        }
        return try JSONSerialization.jsonObject(with: reply.body, options: [.fragmentsAllowed])
    }
}

/// Hands a non-Sendable value to another thread that alone uses it meanwhile.
struct UncheckedBox<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
