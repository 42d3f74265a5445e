import ArgumentParser
import Dispatch
import Foundation
import Server

/// `storyline bench serve`: latency of the desk under concurrent load. Starts the desk in-process on a loopback port
/// and drives it from N connections (kept alive, one thread each): the story page and brief API of the largest story
/// (answered from the desk's kept responses after the first), every story's page once (each one built from the story
/// index, nothing kept), and searches for the stories' key terms (always run). Reports p50/p95/p99 and requests/s.
struct BenchServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Desk latency under concurrent load: story page, brief API, every story page once, search (p50/p95).",
        discussion: "storyline bench serve --db /tmp/t17.db --connections 16 --requests 2000"
    )

    @Option(help: "The store.") var db: String
    @Option(help: "Concurrent connections.") var connections: Int = 16
    @Option(help: "Requests per measured endpoint.") var requests: Int = 2000

    /// Latencies of one endpoint, in milliseconds.
    struct Sample {
        var name: String
        var latencies: [Double]
        var seconds: Double
        var failures: Int

        func percentile(_ p: Double) -> Double {
            let sorted = latencies.sorted()
            guard !sorted.isEmpty else { return 0 }
            return sorted[min(sorted.count - 1, Int((p * Double(sorted.count - 1)).rounded()))]
        }

        var line: String {
            String(format: "%@: %d requests, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms, %.0f requests/s%@", name,
                   latencies.count, percentile(0.5), percentile(0.95), percentile(0.99), latencies.max() ?? 0,
                   Double(latencies.count) / max(seconds, 1e-9), failures > 0 ? ", \(failures) failed" : "")
        }
    }

    func run() async throws {
        let server = try DeskServer(configuration: DeskConfiguration(db: db, host: "127.0.0.1", port: 0))
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let task = Task { try await server.run { continuation.yield($0) } }
        defer { task.cancel() }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next(), port > 0 else { throw ValidationError("the desk did not start") }
        let connections = max(1, self.connections), requests = max(1, self.requests)
        let report = try await Self.offPool {
            try Self.measure(port: port, connections: connections, requests: requests)
        }
        for line in report { print(line) }
    }

    static func offPool<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(with: Result { try body() }) }
        }
    }

    static func measure(port: Int, connections: Int, requests: Int) throws -> [String] {
        let probe = LoopbackHTTPClient(port: port)
        defer { probe.close() }
        let listing = try probe.request("GET", "/api/stories?limit=500")
        guard listing.status == 200, let object = try JSONSerialization.jsonObject(with: listing.body) as? [String: Any],
              let stories = object["items"] as? [[String: Any]], let largest = stories.first?["id"] as? String else {
            throw ValidationError("the store has no stories")
        }
        let articles = try probe.request("GET", "/api/articles?limit=1")
        let total = (try? JSONSerialization.jsonObject(with: articles.body) as? [String: Any])?["total"] as? Int ?? 0
        var lines = ["store: \(total) articles, \(stories.count) stories; largest \(largest) (\(stories.first?["articles"] as? Int ?? 0) articles); \(connections) connections; load \(loadAverage())"]
        // First requests: built from the index, nothing kept yet.
        for path in ["/stories/\(largest)", "/api/stories/\(largest)/brief", "/"] {
            let start = DispatchTime.now().uptimeNanoseconds
            let reply = try probe.request("GET", path)
            lines.append(String(format: "first %@: %.1f ms (status %d, %d bytes)", path,
                                Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6, reply.status, reply.body.count))
        }
        let ids = stories.compactMap { $0["id"] as? String }
        let terms = Array(Set(stories.prefix(40).flatMap { ($0["keyTerms"] as? [String] ?? []).prefix(3) })).sorted()
        let searches = terms.isEmpty ? ["the"] : terms
        lines.append(run("every story page once (built from the index)", paths: ids.filter { $0 != largest }.map { "/stories/\($0)" },
                         port: port, connections: connections).line)
        lines.append(run("story page \(largest)", paths: Array(repeating: "/stories/\(largest)", count: requests), port: port,
                         connections: connections).line)
        lines.append(run("brief API \(largest)", paths: Array(repeating: "/api/stories/\(largest)/brief", count: requests), port: port,
                         connections: connections).line)
        lines.append(run("search API (\(searches.count) key terms in turn)",
                         paths: (0..<requests).map { "/api/search?q=\(FormFields.encode(searches[$0 % searches.count]))&limit=20" },
                         port: port, connections: connections).line)
        lines.append(run("search page", paths: (0..<requests).map { "/search?q=\(FormFields.encode(searches[$0 % searches.count]))" },
                         port: port, connections: connections).line)
        return lines
    }

    /// Requests `paths` over `connections` threads, each taking the next path until none are left.
    static func run(_ name: String, paths: [String], port: Int, connections: Int) -> Sample {
        let state = LoadState()
        let group = DispatchGroup()
        let start = DispatchTime.now().uptimeNanoseconds
        for _ in 0..<connections {
            group.enter()
            let thread = Thread {
                let client = LoopbackHTTPClient(port: port)
                var mine: [Double] = []
                var failed = 0
                while true {
                    let index = state.take()
                    guard index < paths.count else { break }
                    let begin = DispatchTime.now().uptimeNanoseconds
                    let reply = try? client.request("GET", paths[index])
                    mine.append(Double(DispatchTime.now().uptimeNanoseconds - begin) / 1e6)
                    if reply?.status != 200 { failed += 1 }
                }
                client.close()
                state.add(mine, failures: failed)
                group.leave()
            }
            thread.start()
        }
        group.wait()
        return Sample(name: name, latencies: state.latencies, seconds: Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9,
                      failures: state.failures)
    }

    /// The shared work of the load threads: the next request to send and what came back.
    final class LoadState: @unchecked Sendable {
        private let lock = NSLock()
        private var next = 0
        private(set) var latencies: [Double] = []
        private(set) var failures = 0

        func take() -> Int {
            lock.lock()
            defer { lock.unlock() }
            next += 1
            return next - 1
        }

        func add(_ times: [Double], failures count: Int) {
            lock.lock()
            latencies += times
            failures += count
            lock.unlock()
        }
    }

    static func loadAverage() -> String {
        (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").prefix(3).joined(separator: " ") ?? "?"
    }
}
